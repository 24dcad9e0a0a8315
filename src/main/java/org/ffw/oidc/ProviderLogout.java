package org.ffw.oidc;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Signing out of FFW also signs out at the city's identity provider, when the person signed in there and the provider
 * advertises an {@code end_session_endpoint} (OpenID Connect RP-Initiated Logout 1.0): the browser goes to it with the
 * ID token as {@code id_token_hint} and comes back to FFW's login page ({@code post_logout_redirect_uri}, which the
 * provider must know for the client). Otherwise, and after a password login, to the login page as before.
 *
 * <p>The session's principal is the FFW user, not the provider's token, so the ID token is kept in the session at
 * sign-in ({@link #remember}); {@link #capture} reads it before the session is ended.
 */
final class ProviderLogout implements LogoutSuccessHandler {

    static final String SESSION_ID_TOKEN = ProviderLogout.class.getName() + ".idToken";
    private static final String REQUEST_ID_TOKEN = SESSION_ID_TOKEN + ".leaving";

    private final ClientRegistration registration;

    ProviderLogout(ClientRegistration registration) {
        this.registration = registration;
    }

    static void remember(HttpServletRequest request, FfwOidcUser user) {
        request.getSession().setAttribute(SESSION_ID_TOKEN, user.getIdToken().getTokenValue());
    }

    /** Runs before the session is invalidated: the ID token, if any, moves to the request. */
    static LogoutHandler capture() {
        return (request, response, authentication) -> {
            HttpSession session = request.getSession(false);
            Object token = session == null ? null : session.getAttribute(SESSION_ID_TOKEN);
            if (token != null) {
                request.setAttribute(REQUEST_ID_TOKEN, token);
            }
        };
    }

    /** The provider's end-session endpoint from its discovery document, or null. */
    String endSessionEndpoint() {
        Object e = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        return e == null || e.toString().isBlank() ? null : e.toString();
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication a)
            throws IOException {
        String back = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
                .replacePath(request.getContextPath() + "/login").replaceQuery("logout").build().toUriString();
        Object idToken = request.getAttribute(REQUEST_ID_TOKEN);
        String endpoint = endSessionEndpoint();
        if (idToken == null || endpoint == null) {
            response.sendRedirect(request.getContextPath() + "/login?logout");
            return;
        }
        response.sendRedirect(UriComponentsBuilder.fromUriString(endpoint)
                .queryParam("id_token_hint", idToken)
                .queryParam("client_id", registration.getClientId())
                .queryParam("post_logout_redirect_uri", back)
                .encode().build().toUriString());
    }
}
