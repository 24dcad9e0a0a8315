package org.ffw.platform.security;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * A request authenticated by a bearer token FFW issued: the principal is the account's {@link FfwUser}, the same one
 * HTTP Basic and a page session give, so {@link CurrentUser#get()} and every role check work unchanged. The
 * credentials (the secret) are not kept; {@link #tokenId()} says which token it was.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final FfwUser user;
    private final long tokenId;

    public ApiTokenAuthentication(FfwUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    /** True when the current request was authenticated by a bearer token (not Basic, not a session). */
    public static boolean current(Authentication auth) {
        return auth instanceof ApiTokenAuthentication;
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public FfwUser getPrincipal() {
        return user;
    }

    @Override
    public String getName() {
        return user.getUsername();
    }
}
