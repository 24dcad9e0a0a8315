package org.ffw.identity;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The login page with a clear word for every refusal (wrong password, slowed down, locked, awaiting confirmation,
 * disabled, session ended), and the signed-in user's own account page: "log out everywhere" and the account's API
 * tokens (list, make — the secret shown once —, revoke). (The home page every signed-in user lands on is the
 * dashboard, org.ffw.report.)
 */
@Controller
class IdentityPages {

    private final UserService users;
    private final LoginThrottle throttle;
    private final ApiTokens tokens;
    private final AccountText text;

    IdentityPages(UserService users, LoginThrottle throttle, ApiTokens tokens, AccountText text) {
        this.users = users;
        this.throttle = throttle;
        this.tokens = tokens;
        this.text = text;
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
        return accountPage(model, Map.of(), "", ApiTokens.DEFAULT_DAYS);
    }

    private String accountPage(Model model, Map<String, String> errors, String name, Object days) {
        var me = CurrentUser.get();
        model.addAttribute("me", me);
        model.addAttribute("roles", me.roles());
        Instant now = Instant.now();
        model.addAttribute("tokens", tokens.of(me.getUsername()).stream()
                .map(t -> new TokenRow(t, t.status(now))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("tokenName", name);
        model.addAttribute("tokenDays", days);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "account/me";
    }

    /** A token of the account page's list with its status now. */
    record TokenRow(ApiTokens.Token token, ApiTokens.Status status) {
    }

    /**
     * Makes an API token and shows its secret on this answer only (not through a redirect, so it is kept in no
     * session); the answer is not to be cached.
     */
    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String days,
                      Model model, HttpServletResponse response) {
        Integer d = null;
        String given = days.strip();
        if (!given.isEmpty()) {
            try {
                d = Integer.valueOf(given);
            } catch (NumberFormatException e) {
                return accountPage(model, Map.of("days", text.get("accounts.token.error.days", ApiTokens.MAX_DAYS)),
                        name, days);
            }
        }
        try {
            ApiTokens.Issued issued = tokens.issue(CurrentUser.get().getUsername(), name, d);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("issued", issued);
            return accountPage(model, Map.of(), "", ApiTokens.DEFAULT_DAYS);
        } catch (InvalidInputException e) {
            return accountPage(model, AccountPages.errors(e), name, days);
        } catch (ConflictException e) {
            return accountPage(model, Map.of("name", e.getMessage()), name, days);
        }
    }

    /** Revokes one of the account's own tokens (another's: 404). */
    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes flash) {
        String username = CurrentUser.get().getUsername();
        String name = tokens.of(username).stream().filter(t -> t.id() == id).map(ApiTokens.Token::name)
                .findFirst().orElse("");
        tokens.revoke(username, id);
        flash.addFlashAttribute("notice", text.get("accounts.token.revoked", name));
        return "redirect:/account#tokens";
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
