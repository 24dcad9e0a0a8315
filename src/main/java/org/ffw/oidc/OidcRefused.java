package org.ffw.oidc;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider signed the person in, but FFW does not let that identity in: a claim it needs is missing or invalid,
 * a role is unknown or self-asserted staff, or the local account is disabled. The reason goes to the log, never to
 * the page.
 */
final class OidcRefused extends OAuth2AuthenticationException {

    static final String ERROR_CODE = "ffw_refused";

    OidcRefused(String reason) {
        super(new OAuth2Error(ERROR_CODE, reason, null), reason);
    }
}
