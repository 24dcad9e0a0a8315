package org.ffw.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A further way to sign in on the pages besides the login form, contributed by a feature when it is configured
 * (the city's identity provider, org.ffw.oidc). Applied to the page chain by {@link SecurityConfig}; whoever
 * it signs in must end up with an {@link FfwUser} as the principal, as the rest of the application expects.
 */
public interface PageSignIn {

    void configure(HttpSecurity http) throws Exception;
}
