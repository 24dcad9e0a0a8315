package org.ffw.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.Languages;
import org.ffw.platform.web.NotFoundException;
import org.ffw.platform.web.RequestMemo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, roles and districts. The only way other features reach user data. */
@Service
public class UserService implements UserDetailsService {

    private final UserMapper users;
    private final PasswordEncoder passwords;
    private final CamundaAdmins camundaAdmins;
    private final boolean demoMode;
    private final ApiTokens.TokenMapper tokens;

    UserService(UserMapper users, PasswordEncoder passwords, CamundaAdmins camundaAdmins,
                @Value("${ffw.demo.enabled:false}") boolean demoMode, ApiTokens.TokenMapper tokens) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.camundaAdmins = camundaAdmins;
        this.demoMode = demoMode;
    }

    @Override
    public FfwUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public Optional<FfwUser> find(String username) {
        UserAccount a = users.find(username);
        if (a == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        users.roles(username).forEach(r -> roles.add(Role.valueOf(r)));
        // a pending (or refused) employer account cannot sign in: to Spring Security it is disabled
        boolean canSignIn = a.enabled() && UserAccount.ACTIVE.equals(a.status());
        return Optional.of(new FfwUser(a.username(), a.passwordHash(), a.displayName(), roles, a.districtCode(),
                a.employerCreditCode(), a.realName(), a.residentId(), a.phone(), canSignIn));
    }

    /**
     * A new account; the password is stored as a BCrypt hash. Outside demo mode the demo password is refused
     * (400 naming {@code password}).
     */
    @Transactional
    public void create(NewAccount account, boolean demo) {
        create(account, demo, UserAccount.ACTIVE);
    }

    /** A new account in a state: {@link UserAccount#PENDING} for an employer's first account. */
    @Transactional
    public void create(NewAccount account, boolean demo, String status) {
        create(account, demo, status, Languages.ZH);
    }

    /**
     * A new account in a state, whose notices are written in the language (a registration: the language of the
     * page it was made on; an account an administrator makes: Chinese until its user switches).
     */
    @Transactional
    public void create(NewAccount account, boolean demo, String status, Locale language) {
        refuseDemoPassword(account.password());
        users.insert(new UserAccount(account.username(), passwords.encode(account.password()),
                account.displayName(), account.district(), account.employerCreditCode(), account.realName(),
                account.residentId(), account.phone(), true, demo, Instant.now(), status, 0,
                Languages.code(language)));
        for (Role role : account.roles()) {
            users.insertRole(account.username(), role.name());
        }
        if (account.roles().contains(Role.ADMIN)) {
            camundaAdmins.ensure(account.username(), account.displayName());
        }
    }

    /** Sets an account's password (BCrypt). Outside demo mode the demo password is refused. */
    @Transactional
    public void changePassword(String username, String newPassword) {
        refuseDemoPassword(newPassword);
        if (users.updatePassword(username, passwords.encode(newPassword)) != 1) {
            throw new NotFoundException("No account " + username + ".");
        }
    }

    private void refuseDemoPassword(String password) {
        if (!demoMode && DemoAccounts.PASSWORD.equals(password)) {
            throw new InvalidInputException("password", "must not be the demo password outside demo mode");
        }
    }

    /** The account row itself (state, session version), for the accounts module. */
    public Optional<UserAccount> account(String username) {
        return Optional.ofNullable(username == null ? null : users.find(username));
    }

    public List<UserAccount> accountsWithPhone(String phone) {
        return users.findByPhone(phone);
    }

    /** The account registered with this resident ID number (there is at most one), if any. */
    public Optional<UserAccount> accountWithResidentId(String residentId) {
        return Optional.ofNullable(residentId == null ? null : users.findByResidentId(residentId));
    }

    public boolean residentIdTaken(String residentId) {
        return users.countByResidentId(residentId) > 0;
    }

    /** Every account of an employer (pending and disabled ones too), oldest first. */
    public List<UserAccount> employerAccountsOf(String creditCode) {
        return users.employerAccounts(creditCode);
    }

    /** Accounts of staff and administrators, for the administrator's list. */
    public List<UserAccount> staffAccounts() {
        return users.staffAccounts();
    }

    public List<Role> rolesOf(String username) {
        return users.roles(username).stream().map(Role::valueOf).toList();
    }

    @Transactional
    public void setStatus(String username, String status) {
        if (users.updateStatus(username, status) != 1) {
            throw new NotFoundException("No account " + username + ".");
        }
    }

    /** Disables or enables an account; its sessions end either way, and disabling revokes its API tokens. */
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        if (users.updateEnabled(username, enabled) != 1) {
            throw new NotFoundException("No account " + username + ".");
        }
        if (!enabled) {
            revokeTokens(username);
        }
    }

    /** Revokes every live API token of the account ({@link ApiTokens}). */
    private void revokeTokens(String username) {
        tokens.revokeAll(username, Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    /**
     * Gives a staff account these roles and this district (null for none); its sessions end, so the change applies
     * from its next sign-in. A new administrator is mirrored into the Camunda webapps' group.
     */
    @Transactional
    public void setRolesAndDistrict(String username, Set<Role> roles, String district) {
        if (users.updateDistrict(username, district) != 1) {
            throw new NotFoundException("No account " + username + ".");
        }
        users.deleteRoles(username);
        for (Role role : roles) {
            users.insertRole(username, role.name());
        }
        if (roles.contains(Role.ADMIN)) {
            UserAccount a = users.find(username);
            camundaAdmins.ensure(username, a.displayName());
        } else {
            camundaAdmins.remove(username);
        }
        users.bumpSessionVersion(username);
    }

    /**
     * Ends every session of the account (they are checked against this version on each request) and revokes its
     * API tokens: "log out everywhere".
     */
    @Transactional
    public void endSessions(String username) {
        users.bumpSessionVersion(username);
        revokeTokens(username);
    }

    /**
     * A new password and the end of every session (a reset, an administrator's reset); its API tokens are revoked
     * too — whoever knew the old password could have made one.
     */
    @Transactional
    public void resetPassword(String username, String newPassword) {
        changePassword(username, newPassword);
        users.bumpSessionVersion(username);
        revokeTokens(username);
    }

    public boolean exists(String username) {
        return users.find(username) != null;
    }

    public boolean anyWithRole(Role role) {
        return users.countWithRole(role.name()) > 0;
    }

    /** Enabled users of a district who hold the role — for assignment by a supervisor and for escalations. */
    public List<String> usernamesInDistrict(String district, Role role) {
        return users.usernamesInDistrictWithRole(district, role.name());
    }

    /** Enabled users holding a role, whatever their district (e.g. the administrators). */
    public List<String> usernamesWithRole(Role role) {
        return users.withRole(role.name()).stream().filter(UserAccount::enabled).map(UserAccount::username).toList();
    }

    /** Enabled accounts acting for an employer. */
    public List<String> usernamesOfEmployer(String creditCode) {
        return users.usernamesOfEmployer(creditCode);
    }

    /**
     * The districts, read once per request (RequestMemo): a page names the district of every row it shows (the
     * queue's 未认领（…劳动监察）), and each name was a query for the whole list (docs/benchmarks.md).
     */
    public List<District> districts() {
        return RequestMemo.get("districts", "all", k -> List.copyOf(users.districts()));
    }

    public Optional<District> district(String code) {
        return districts().stream().filter(d -> d.code().equals(code)).findFirst();
    }

    public boolean isDistrict(String code) {
        return code != null && district(code).isPresent();
    }

    /**
     * The accounts the start-up guard checks for the demo password: demo-created ones, the well-known demo
     * usernames, administrators and district staff — enabled ones only. Any other account with the demo password is
     * refused when it signs in ({@link DemoPasswordSignIn}).
     */
    List<UserAccount> demoCandidates() {
        List<String> privileged = java.util.Arrays.stream(Role.values())
                .filter(r -> r == Role.ADMIN || r.isDistrictStaff()).map(Role::name).toList();
        return users.findDemoAccounts(DemoAccounts.USERNAMES, privileged);
    }

    public record NewAccount(String username, String password, String displayName, Set<Role> roles, String district,
                             String employerCreditCode, String realName, String residentId, String phone) {
    }
}
