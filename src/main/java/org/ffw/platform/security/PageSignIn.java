package org.ffw.platform.security;

import java.util.List;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A further way to sign in on the pages besides the login form, contributed by a feature when it is configured
 * (the city's identity provider, org.ffw.oidc). Applied to the page chain by {@link SecurityConfig}; whoever
 * it signs in must end up with an {@link FfwUser} as the principal, as the rest of the application expects.
 */
public interface PageSignIn {

    void configure(HttpSecurity http) throws Exception;

    /**
     * Origins ({@code https://host[:port]}) outside FFW that a form on the pages leads to, directly or through a
     * redirect — browsers apply the Content-Security-Policy's {@code form-action} to the redirects after a form is
     * sent, so {@link SecurityConfig} adds these to it. None by default.
     */
    default List<String> formActionOrigins() {
        return List.of();
    }
}
