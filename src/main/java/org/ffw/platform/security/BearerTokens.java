package org.ffw.platform.security;

import java.util.Optional;

/**
 * The bearer tokens FFW issues to accounts for API clients, as the security configuration sees them (the tokens
 * themselves are kept by org.ffw.identity): the account a presented token stands for.
 */
public interface BearerTokens {

    /**
     * The user of the account the token was issued to, with the token's id; empty when the token is unknown,
     * expired or revoked, or its account may not sign in (disabled, pending, refused).
     */
    Optional<Holder> authenticate(String token);

    /** A live token's id and its account's user. */
    record Holder(long tokenId, FfwUser user) {
    }
}
