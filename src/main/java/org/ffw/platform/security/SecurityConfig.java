package org.ffw.platform.security;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who may call what.
 * <ul>
 * <li>{@code /api/**}: HTTP Basic for API clients or a bearer token FFW issued to an account (each judged by the
 * credentials alone, no CSRF token), or the browser
 * session of a signed-in page user (then with a CSRF token, whatever other Authorization header it carries);
 * anonymous → 401, wrong role → 403, both problem+json. Roles per endpoint with
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

    /** /api/** and /engine-rest/** (served by Camunda's Jersey servlet, not Spring MVC: matched on the raw path). */
    private static RequestMatcher apiPaths() {
        return new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"));
    }

    /**
     * A request that states HTTP Basic credentials — exactly those Spring Security's BasicAuthenticationConverter
     * reads (the scheme, any case, after trimming), so that every such request is judged by them alone.
     */
    static boolean statesBasic(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && StringUtils.startsWithIgnoreCase(header.trim(), "Basic");
    }

    /**
     * A request that states a bearer token: the scheme "Bearer", any case, after trimming — what Spring Security's
     * DefaultBearerTokenResolver reads (a malformed one it refuses with 401), so that every such request is judged
     * by its token alone.
     */
    static boolean statesBearer(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        return header != null && StringUtils.startsWithIgnoreCase(header.trim(), "Bearer");
    }

    private static void authorizeApi(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers(HttpMethod.GET, PUBLIC_API).permitAll()
                .requestMatchers("/api/v1/public/**").permitAll()
                // a report (举报) may be anonymous; ReportController limits anonymous callers
                .requestMatchers(HttpMethod.POST, "/api/v1/reports").permitAll()
                .requestMatchers(HttpMethod.PUT, "/api/v1/calendar/**").hasRole(Role.ADMIN.name())
                .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/engine-rest/**"))
                .hasRole(Role.ADMIN.name())
                .anyRequest().authenticated());
    }

    /**
     * API calls with HTTP Basic credentials: judged by those credentials alone, stateless — a session cookie sent
     * along is not read, so a wrong password, or garbage after "Basic", is a 401 whatever session rides with it.
     * Such a call cannot be forged by another site (a page cannot make a browser send an Authorization header of its
     * choosing), so it needs no CSRF token; the one exception, credentials a person typed into the browser's own
     * Basic prompt, is described in docs/platform.md. A bearer token goes to {@link #bearerApiChain}; any other
     * Authorization header falls to {@link #apiChain}, where the session and its CSRF token rule.
     */
    @Bean
    @Order(0)
    SecurityFilterChain basicApiChain(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        http.securityMatcher(new AndRequestMatcher(apiPaths(), SecurityConfig::statesBasic));
        authorizeApi(http);
        http.httpBasic(b -> b.authenticationEntryPoint(problems).realmName("FFW"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * API calls with a bearer token FFW issued (identity.ApiTokens, {@code POST /api/v1/tokens}): Spring Security's
     * resource-server support with our own opaque-token check ({@link BearerTokenAuthenticationProvider}: the
     * SHA-256 of the token looked up, no password hash per request). Judged by the token alone and stateless like
     * Basic: a session cookie sent along is not read, an unknown, expired or revoked token is a 401 problem whatever
     * rides with it; no CSRF token, since no other site can make a browser send a bearer header.
     */
    @Bean
    @Order(1)
    SecurityFilterChain bearerApiChain(HttpSecurity http, ProblemSecurityHandler problems, BearerTokens tokens)
            throws Exception {
        AuthenticationManager manager = new ProviderManager(new BearerTokenAuthenticationProvider(tokens));
        http.securityMatcher(new AndRequestMatcher(apiPaths(), SecurityConfig::statesBearer));
        authorizeApi(http);
        http.oauth2ResourceServer(o -> o.authenticationManagerResolver(request -> manager)
                        .authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(c -> c.disable());
        return http.build();
    }

    /**
     * Every other API call: the browser session of a signed-in page user, which must carry the page's CSRF token
     * (X-CSRF-TOKEN) for anything but a read; or no credentials at all (anonymous: the public API, else 401 — a
     * request without a session has nothing to forge, so it gets its 401 rather than a CSRF 403).
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemSecurityHandler problems) throws Exception {
        http.securityMatcher(apiPaths());
        authorizeApi(http);
        http.requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .csrf(c -> c.ignoringRequestMatchers(r -> r.getRequestedSessionId() == null)
                        .ignoringRequestMatchers("/api/v1/public/**"));
        return http.build();
    }

    /**
     * The Content-Security-Policy of the pages (everything but /camunda, see {@link #pageChain}). Scripts only from
     * FFW's own files — no inline script, handler or {@code javascript:} URL in a template (TemplatesInlineScriptTest
     * keeps it so), no eval. Styles also inline ({@code 'unsafe-inline'}): a dozen templates carry {@code style="…"}
     * attributes, and ECharts (reports) and swagger-ui set styles on elements; a style cannot run code. Images and
     * fonts also as {@code data:} URLs (swagger-ui's CSS icons, ECharts' SVG). Forms go to FFW, and to the origins a
     * {@link PageSignIn} names (the identity provider the sign-in and sign-out forms are redirected to): browsers
     * check {@code form-action} on the redirects after a form too. swagger-ui (/swagger-ui/**) works under it as it
     * is: its index.html loads only script files (swagger-initializer.js included), its bundle needs no eval.
     */
    static String contentSecurityPolicy(List<String> formActionOrigins) {
        Set<String> formAction = new LinkedHashSet<>(List.of("'self'"));
        for (String origin : formActionOrigins) {
            formAction.add(origin(origin));
        }
        return "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "frame-ancestors 'self'; form-action " + String.join(" ", formAction);
    }

    /** scheme://host[:port] of an absolute URL (a CSP source expression without path: any path there). */
    static String origin(String url) {
        URI u = URI.create(url);
        if (u.getScheme() == null || u.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URL: " + url);
        }
        return u.getScheme() + "://" + u.getHost() + (u.getPort() < 0 ? "" : ":" + u.getPort());
    }

    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, ObjectProvider<PageSignIn> signIns) throws Exception {
        List<PageSignIn> ways = signIns.orderedStream().toList();
        String policy = contentSecurityPolicy(ways.stream().flatMap(w -> w.formActionOrigins().stream()).toList());
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
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        // no page address (case numbers in paths and queries) to other sites
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        // not on Camunda's webapps: they send their own policy (with a nonce and 'unsafe-eval' for
                        // their inline bootstrap and AngularJS); a second one would be enforced on top and break them
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**")),
                                new ContentSecurityPolicyHeaderWriter(policy))));
        for (PageSignIn signIn : ways) {
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
