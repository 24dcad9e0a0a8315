package org.ffw.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.ffw.platform.web.Problems;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in throttle at the door, before Spring Security checks a password: a form login ({@code POST /login})
 * or an HTTP Basic call for an account or from an address that {@link LoginThrottle} refuses is turned away — the
 * page back to {@code /login?locked} or {@code /login?slow} with the message, the API with 429 problem+json and
 * {@code Retry-After}. Spring Security's authentication events count the failures and clear them on success.
 */
@Configuration
class SignInGuard {

    /** The session attribute holding the username last typed on the login form (for the page's message). */
    static final String LAST_USERNAME = "ffw.login.username";

    private final LoginThrottle throttle;
    private final UserService users;

    SignInGuard(LoginThrottle throttle, UserService users) {
        this.throttle = throttle;
        this.users = users;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> signInThrottleFilter(ObjectMapper json, AccountText text) {
        FilterRegistrationBean<OncePerRequestFilter> reg = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String username = attemptedUsername(request);
                if (username != null) {
                    Optional<LoginThrottle.Refusal> refusal = throttle.refusal(username, request.getRemoteAddr());
                    if (refusal.isPresent()) {
                        refuse(request, response, refusal.get(), json, text);
                        return;
                    }
                }
                chain.doFilter(request, response);
                if (username != null && "/login".equals(request.getServletPath())) {
                    rememberSessionVersion(request);
                }
            }
        });
        reg.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 5);
        reg.addUrlPatterns("/*");
        return reg;
    }

    /** A form sign-in that succeeded: its session remembers the account's session version (see SessionGuard). */
    private void rememberSessionVersion(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) instanceof SecurityContext ctx
                && ctx.getAuthentication() != null && ctx.getAuthentication().isAuthenticated()) {
            users.account(ctx.getAuthentication().getName()).ifPresent(a -> SessionGuard.remember(session, a));
        }
    }

    /** The username of a sign-in attempt: the login form's, or an HTTP Basic header's; null for other requests. */
    static String attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String u = request.getParameter("username");
            if (u != null) {
                request.getSession().setAttribute(LAST_USERNAME, u.strip());
            }
            return u;
        }
        String auth = request.getHeader("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(auth.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon < 0 ? null : decoded.substring(0, colon);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return null;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, LoginThrottle.Refusal refusal,
                        ObjectMapper json, AccountText text) throws IOException {
        Duration wait = refusal.wait(throttle.now());
        long seconds = Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
        if ("/login".equals(request.getServletPath())) {
            response.sendRedirect(request.getContextPath() + (refusal.locked()
                    ? "/login?locked=" + Math.max(1, (seconds + 59) / 60) : "/login?slow=" + seconds));
            return;
        }
        String detail = refusal.locked() ? text.get("accounts.login.locked", Math.max(1, (seconds + 59) / 60))
                : text.get("accounts.login.slow", seconds);
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS,
                refusal.locked() ? "account-locked" : "too-many-requests",
                text.get("accounts.login.tooMany"), detail);
        response.setStatus(429);
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent e) {
        throttle.failed(e.getAuthentication().getName(), address(e.getAuthentication().getDetails()));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent e) {
        throttle.succeeded(e.getAuthentication().getName());
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails w ? w.getRemoteAddress() : null;
    }
}
