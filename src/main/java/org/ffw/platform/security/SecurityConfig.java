package org.ffw.platform.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call what.
 * <ul>
 * <li>{@code /api/**}: HTTP Basic for API clients, or the browser session of a signed-in page user (then with a
 * CSRF token); anonymous → 401, wrong role → 403, both problem+json. Roles per endpoint with
 * {@code @PreAuthorize}; ownership checks in the services.</li>
 * <li>Pages: form login with CSRF, logout.</li>
 * <li>Camunda Cockpit/Tasklist/Admin ({@code /camunda}) and the engine REST API ({@code /engine-rest}): ADMIN only,
 * behind the same login — the webapps take the signed-in user through container-based authentication.</li>
 * </ul>
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    /** API paths anyone may call without signing in. */
    static final String[] PUBLIC_API = {
            "/api/v1/public/**",
            "/api/v1/calendar/**",
            "/api/v1/leave-entitlements",
            "/api/v1/districts",
    };

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        // /engine-rest is served by Camunda's Jersey servlet, not Spring MVC: match on the raw path
        var engineRest = PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**");
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                        engineRest))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                        .requestMatchers("/api/v1/public/**").permitAll()
                        // a report (举报) may be anonymous; ReportController limits anonymous callers
                        .requestMatchers(HttpMethod.POST, "/api/v1/reports").permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/v1/calendar/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(engineRest).hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(problems).realmName("FFW"))
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                // A request that carries its own credentials (HTTP Basic), or no session at all, cannot be forged
                // by another site riding on a browser session; a request with the session must carry the page's
                // CSRF token. (Without a session an anonymous call then gets its 401 rather than a CSRF 403.)
                .csrf(c -> c.ignoringRequestMatchers(
                        r -> r.getHeader("Authorization") != null || r.getRequestedSessionId() == null)
                        .ignoringRequestMatchers("/api/v1/public/**"));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<PageSignIn> signIns) throws Exception {
        http.authorizeHttpRequests(a -> a
                        // the public home for anonymous visitors (report.DashboardPages forwards to /public)
                        .requestMatchers(HttpMethod.GET, "/").permitAll()
                        .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/public/**").permitAll()
                        // OIDC (a PageSignIn, when configured) answers these before authorization; otherwise 404
                        .requestMatchers("/oauth2/**", "/login/oauth2/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .requestMatchers("/camunda/**", "/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                // Camunda's webapps protect their own API with their CSRF filter (X-XSRF-TOKEN).
                .csrf(c -> c.ignoringRequestMatchers("/camunda/**"))
                .headers(h -> h.frameOptions(f -> f.sameOrigin()));
        for (PageSignIn signIn : signIns.orderedStream().toList()) {
            signIn.configure(http);
        }
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Single sign-on for the Camunda webapps: they read the user Spring Security signed in
     * ({@code request.getUserPrincipal()}), so there is no second login. Only ADMIN gets that far.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaContainerAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> reg =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        reg.setInitParameters(Map.of("authentication-provider", ContainerBasedAuthenticationProvider.class.getName()));
        reg.addUrlPatterns("/camunda/*");
        reg.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return reg;
    }
}
