package org.ffw.identity;

import java.time.Instant;
import java.util.Optional;

import org.ffw.platform.security.CurrentUser;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The login page with a clear word for every refusal (wrong password, slowed down, locked, awaiting confirmation,
 * disabled, session ended), and the signed-in user's own account page: "log out everywhere". (The home page every
 * signed-in user lands on is the dashboard, org.ffw.report.)
 */
@Controller
class IdentityPages {

    private final UserService users;
    private final LoginThrottle throttle;

    IdentityPages(UserService users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        String last = session == null ? null : (String) session.getAttribute(SignInGuard.LAST_USERNAME);
        Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        String message = null;
        Object arg = null;
        if (request.getParameter("locked") != null) {
            message = "accounts.login.locked";
            arg = minutes(request.getParameter("locked"));
        } else if (request.getParameter("slow") != null) {
            message = "accounts.login.slow";
            arg = minutes(request.getParameter("slow"));
        } else if (request.getParameter("error") != null) {
            Optional<Instant> locked = last == null ? Optional.empty() : throttle.lockedUntil(last);
            Optional<UserAccount> account = last == null ? Optional.empty() : users.account(last);
            if (locked.isPresent()) {
                message = "accounts.login.locked";
                arg = Math.max(1, (java.time.Duration.between(throttle.now(), locked.get()).toSeconds() + 59) / 60);
            } else if (exception instanceof DisabledException && account.isPresent()
                    && UserAccount.PENDING.equals(account.get().status())) {
                message = "accounts.login.pending";
            } else if (exception instanceof DisabledException && account.isPresent()
                    && UserAccount.REJECTED.equals(account.get().status())) {
                message = "accounts.login.rejected";
            } else if (exception instanceof DisabledException) {
                message = "accounts.login.disabled";
            } else {
                message = "accounts.login.wrong";
            }
        }
        model.addAttribute("loginError", message);
        model.addAttribute("loginErrorArg", arg);
        model.addAttribute("lastUsername", request.getParameter("error") != null ? last : null);
        return "login";
    }

    private static long minutes(String value) {
        try {
            return Math.max(1, Long.parseLong(value));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    @GetMapping("/account")
    String account(Model model) {
        var me = CurrentUser.get();
        model.addAttribute("me", me);
        model.addAttribute("roles", me.roles());
        return "account/me";
    }

    /** Ends every session of the signed-in account, this one included. */
    @PostMapping("/account/logout-everywhere")
    String logoutEverywhere(HttpServletRequest request, RedirectAttributes flash) {
        users.endSessions(CurrentUser.get().getUsername());
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?everywhere";
    }
}
