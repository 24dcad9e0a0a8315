package org.ffw.platform.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates the bearer token Spring Security's resource-server filter read from {@code Authorization: Bearer …}
 * against {@link BearerTokens}: unknown, expired, revoked, or of an account that may not sign in → 401 (the
 * entry point, {@link ProblemSecurityHandler}); otherwise the account's {@link FfwUser}.
 */
final class BearerTokenAuthenticationProvider implements AuthenticationProvider {

    private final BearerTokens tokens;

    BearerTokenAuthenticationProvider(BearerTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        return tokens.authenticate(token)
                .map(h -> new ApiTokenAuthentication(h.user(), h.tokenId()))
                .orElseThrow(() -> new InvalidBearerTokenException("unknown, expired or revoked token"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
