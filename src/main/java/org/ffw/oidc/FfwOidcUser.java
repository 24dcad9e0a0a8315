package org.ffw.oidc;

import java.io.Serial;

import org.ffw.platform.security.FfwUser;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** The provider's user while the login completes, carrying the FFW user that becomes the session's principal. */
final class FfwOidcUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final FfwUser user;

    FfwOidcUser(OidcUser oidc, FfwUser user) {
        super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo());
        this.user = user;
    }

    FfwUser ffwUser() {
        return user;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
