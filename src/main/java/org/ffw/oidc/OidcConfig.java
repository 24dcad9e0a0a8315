package org.ffw.oidc;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.PageSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Signing in with the city's identity provider, when {@code ffw.oidc.enabled} is true: the authorization-code flow
 * of the client registration {@code ffw.oidc.registration-id} on the page chain, the claims mapped by
 * {@link OidcClaimMapping}, and the session's principal then the {@link FfwUser} of the linked account, exactly as
 * after the login form. Off (the default): no extra filter, /oauth2/** is 404, no button.
 */
@Configuration
@EnableConfigurationProperties(OidcProperties.class)
class OidcConfig {

    private static final Logger log = LoggerFactory.getLogger(OidcConfig.class);

    @Bean
    @ConditionalOnProperty(name = "ffw.oidc.enabled", havingValue = "true")
    PageSignIn oidcSignIn(OidcProperties properties, ObjectProvider<ClientRegistrationRepository> registrations,
                          OidcAccounts accounts) {
        String id = properties.getRegistrationId();
        ClientRegistrationRepository all = registrations.getIfAvailable();
        ClientRegistration registration = all == null ? null : all.findByRegistrationId(id);
        if (registration == null) {
            throw new IllegalStateException("ffw.oidc.enabled is true but there is no client registration '" + id
                    + "': set spring.security.oauth2.client.registration." + id + ".* and its provider "
                    + "(docs/operations.md, OIDC)");
        }
        if (!registration.getScopes().contains("openid")) {
            throw new IllegalStateException("spring.security.oauth2.client.registration." + id
                    + ".scope must include openid");
        }
        var userService = new FfwOidcUserService(new OidcClaimMapping(properties,
                Clock.system(ZoneId.of("Asia/Shanghai"))), accounts);
        // only the city's registration, whatever else is configured
        var only = new InMemoryClientRegistrationRepository(registration);
        AuthenticationSuccessHandler success = successHandler();
        ProviderLogout logout = new ProviderLogout(registration);
        AuthenticationFailureHandler failure = (request, response, e) -> {
            boolean refused = e instanceof OAuth2AuthenticationException o
                    && OidcRefused.ERROR_CODE.equals(o.getError().getErrorCode());
            if (!refused) {
                log.warn("OIDC sign-in through {} failed: {}", id, e.getMessage());
            }
            response.sendRedirect(request.getContextPath() + "/login?oidc-error=" + (refused ? "refused" : "failed"));
        };
        log.info("OIDC sign-in through '{}' ({}) is on; signing out there too: {}", id,
                registration.getProviderDetails().getIssuerUri(),
                logout.endSessionEndpoint() == null ? "no (no end_session_endpoint)" : logout.endSessionEndpoint());
        List<String> formTargets = new ArrayList<>();
        formTargets.add(registration.getProviderDetails().getAuthorizationUri());
        if (logout.endSessionEndpoint() != null) {
            formTargets.add(logout.endSessionEndpoint());
        }
        return new PageSignIn() {
            @Override
            public void configure(HttpSecurity http) throws Exception {
                http.oauth2Login(o -> o
                                .loginPage("/login")
                                .clientRegistrationRepository(only)
                                .userInfoEndpoint(u -> u.oidcUserService(userService))
                                .successHandler(success)
                                .failureHandler(failure))
                        .logout(l -> l.addLogoutHandler(ProviderLogout.capture()).logoutSuccessHandler(logout));
            }

            /**
             * The login page's button is a form (GET /oauth2/authorization/…) redirected to the provider's
             * authorization endpoint, and the sign-out form (POST /logout) to its end-session endpoint: both must be
             * in the pages' CSP form-action, or the browser stops the redirect.
             */
            @Override
            public List<String> formActionOrigins() {
                return formTargets;
            }
        };
    }

    /** The session then holds the FFW user, as after the login form: the rest of FFW reads FfwUser. */
    private static AuthenticationSuccessHandler successHandler() {
        SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
        SecurityContextRepository repository = new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
        var target = new SavedRequestAwareAuthenticationSuccessHandler();
        target.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            FfwOidcUser oidc = (FfwOidcUser) authentication.getPrincipal();
            FfwUser user = oidc.ffwUser();
            var token = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
            token.setDetails(authentication.getDetails());
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(token);
            holder.setContext(context);
            repository.saveContext(context, request, response);
            ProviderLogout.remember(request, oidc);
            target.onAuthenticationSuccess(request, response, token);
        };
    }
}
