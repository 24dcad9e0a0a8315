package org.ffw.oidc;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import org.ffw.identity.EmployeeRegistered;
import org.ffw.identity.UserService;
import org.ffw.platform.security.FfwUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local account an identity of the provider signs in as: created at its first sign-in and linked in
 * {@code oidc_link} (registration, subject); at every later sign-in the same account, its roles and details set to
 * what the provider says now (a staff member taken out of a group loses the role). A disabled account stays out.
 * Local registrations are never linked by a claimed resident ID or username: only the provider's subject links.
 */
@Service
class OidcAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    private final UserService users;
    private final OidcLinkMapper links;

    private final ApplicationEventPublisher events;

    OidcAccounts(UserService users, OidcLinkMapper links, ApplicationEventPublisher events) {
        this.users = users;
        this.links = links;
        this.events = events;
    }

    @Transactional
    FfwUser signIn(String registrationId, OidcIdentity id) {
        Instant now = Instant.now();
        String username = links.username(registrationId, id.subject());
        if (username == null) {
            username = freeUsername();
            // no one knows this password: the account signs in through the provider; its notices are written in
            // the language of the page the user came from (Chinese without one)
            java.util.Locale language = org.ffw.platform.web.Languages.ofRequest();
            users.create(new UserService.NewAccount(username, randomPassword(), id.displayName(), id.roles(),
                    id.district(), id.employerCreditCode(), id.realName(), id.residentId(), id.phone()), false,
                    org.ffw.identity.UserAccount.ACTIVE,
                    language == null ? org.ffw.platform.web.Languages.ZH : language);
            links.insert(registrationId, id.subject(), username, now);
            if (id.roles().contains(org.ffw.platform.security.Role.EMPLOYEE) && id.residentId() != null
                    && id.phone() != null) {
                // the city's real-name provider vouches for the ID number and the phone as the registration's code
                // does: complaints staff took down for this person join the new account
                events.publishEvent(new EmployeeRegistered(username, id.realName(), id.residentId(), id.phone()));
            }
        } else {
            FfwUser existing = users.find(username).orElseThrow(() -> new OidcRefused("linked account is gone"));
            if (!existing.isEnabled()) {
                throw new OidcRefused("the account is disabled");
            }
            links.touch(registrationId, id.subject(), now);
            links.updateAccount(username, id);
            if (!existing.roles().equals(id.roles())) {
                links.deleteRoles(username);
                for (var role : id.roles()) {
                    links.insertRole(username, role.name());
                }
            }
        }
        return users.find(username).orElseThrow();
    }

    private String freeUsername() {
        while (true) {
            StringBuilder sb = new StringBuilder("oidc-");
            for (int i = 0; i < 12; i++) {
                sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (!users.exists(sb.toString())) {
                return sb.toString();
            }
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
