package org.ffw.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.TooManyRequestsException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Password reset by phone code (public); the administrator's staff accounts page is {@link StaffAccountPages}. */
@Controller
class AccountPages {

    private final AccountService accounts;
    private final UserService users;
    private final AccountText text;
    private final PasswordPolicy policy;

    AccountPages(AccountService accounts, UserService users, AccountText text, PasswordPolicy policy) {
        this.accounts = accounts;
        this.users = users;
        this.text = text;
        this.policy = policy;
    }

    static Map<String, String> errors(InvalidInputException e) {
        Map<String, String> m = new LinkedHashMap<>();
        for (FieldProblem p : e.errors()) {
            m.putIfAbsent(p.field(), p.message());
        }
        return m;
    }

    @GetMapping("/public/password-reset")
    String resetForm(Model model) {
        model.addAttribute("phone", "");
        model.addAttribute("errors", Map.of());
        model.addAttribute("minLength", policy.minLength());
        return "account/reset";
    }

    @PostMapping("/public/password-reset")
    String reset(@RequestParam(defaultValue = "") String phone, @RequestParam(defaultValue = "") String code,
                 @RequestParam(defaultValue = "") String password,
                 @RequestParam(defaultValue = "reset") String action, Model model) {
        model.addAttribute("phone", phone);
        model.addAttribute("code", code);
        model.addAttribute("errors", Map.of());
        model.addAttribute("minLength", policy.minLength());
        try {
            if ("code".equals(action)) {
                accounts.sendResetCode(phone.strip());
                model.addAttribute("notice", text.get("accounts.reset.sent"));
                return "account/reset";
            }
            accounts.resetPassword(phone.strip(), code, password);
            return "redirect:/login?reset";
        } catch (InvalidInputException e) {
            model.addAttribute("errors", errors(e));
        } catch (TooManyRequestsException e) {
            model.addAttribute("errors", Map.of("phone", e.getMessage()));
        }
        return "account/reset";
    }
}
