package org.ffw.oidc;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * After Spring Security has checked the ID token (signature against the provider's keys, issuer, audience, expiry,
 * nonce) and read the user-info endpoint: the claims mapped to an FFW identity and its local account.
 */
final class FfwOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(FfwOidcUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final OidcClaimMapping mapping;
    private final OidcAccounts accounts;

    FfwOidcUserService(OidcClaimMapping mapping, OidcAccounts accounts) {
        this.mapping = mapping;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser oidc = provider.loadUser(request);
        String registrationId = request.getClientRegistration().getRegistrationId();
        try {
            OidcIdentity identity = mapping.map(oidc.getClaims());
            var user = accounts.signIn(registrationId, identity);
            log.info("OIDC sign-in through {} as {} {}", registrationId, user.getUsername(), user.roles());
            return new FfwOidcUser(oidc, user);
        } catch (OidcRefused refused) {
            log.warn("OIDC sign-in through {} refused: {}", registrationId, refused.getError().getDescription());
            throw refused;
        }
    }
}
