package org.ffw.identity;

import java.io.IOException;
import java.util.Optional;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.Problems;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Ends sessions that must end, on every node: each session remembers the account's session version from its
 * sign-in; "log out everywhere", disabling the account or resetting its password raise the version in the database,
 * and the next request of every older session is signed out (pages to {@code /login?ended}, the API 401). A
 * disabled or no longer active account is signed out the same way.
 */
@Configuration
class SessionGuard {

    static final String VERSION = "ffw.sessionVersion";

    private final UserService users;

    SessionGuard(UserService users) {
        this.users = users;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionVersionFilter(ObjectMapper json) {
        FilterRegistrationBean<OncePerRequestFilter> reg = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                if (session != null && auth != null && auth.getPrincipal() instanceof FfwUser user
                        && request.getHeader("Authorization") == null && !stillValid(session, user)) {
                    session.invalidate();
                    SecurityContextHolder.clearContext();
                    if (request.getServletPath().startsWith("/api/")) {
                        response.setStatus(401);
                        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                        response.setCharacterEncoding("UTF-8");
                        json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.UNAUTHORIZED,
                                "session-ended", "Session ended", "This session was ended; sign in again."));
                    } else {
                        response.sendRedirect(request.getContextPath() + "/login?ended");
                    }
                    return;
                }
                chain.doFilter(request, response);
            }
        });
        // after Spring Security has put the session's user into the context
        reg.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        reg.addUrlPatterns("/*");
        return reg;
    }

    /** After a successful form sign-in: the session remembers the account's current version. */
    static void remember(HttpSession session, UserAccount account) {
        session.setAttribute(VERSION, account.sessionVersion());
    }

    private boolean stillValid(HttpSession session, FfwUser user) {
        Optional<UserAccount> a = users.account(user.getUsername());
        if (a.isEmpty() || !a.get().enabled() || !UserAccount.ACTIVE.equals(a.get().status())) {
            return false;
        }
        Object seen = session.getAttribute(VERSION);
        if (seen == null) {
            session.setAttribute(VERSION, a.get().sessionVersion());
            return true;
        }
        return seen instanceof Integer v && v == a.get().sessionVersion();
    }
}
