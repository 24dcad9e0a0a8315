package org.ffw.identity;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ffw.platform.security.Role;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.TooManyRequestsException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Password reset by phone code (public), and the administrator's staff accounts page. */
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

    @GetMapping("/admin/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String staff(Model model) {
        fill(model);
        model.addAttribute("form", new LinkedHashMap<String, String>());
        model.addAttribute("errors", Map.of());
        return "admin/accounts";
    }

    private void fill(Model model) {
        model.addAttribute("accounts", users.staffAccounts().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("username", a.username());
            m.put("displayName", a.displayName());
            m.put("roles", users.rolesOf(a.username()));
            m.put("district", a.districtCode() == null ? "" : users.district(a.districtCode())
                    .map(District::nameZh).orElse(""));
            m.put("enabled", a.enabled());
            return m;
        }).toList());
        model.addAttribute("roles", AccountService.STAFF_ROLES);
        model.addAttribute("districts", users.districts());
        model.addAttribute("minLength", policy.minLength());
    }

    @PostMapping("/admin/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        Role role = null;
        try {
            role = Role.valueOf(form.getOrDefault("role", ""));
        } catch (IllegalArgumentException unknown) {
            // refused below as an unknown role
        }
        try {
            accounts.createStaff(new AccountService.NewStaff(form.get("username"), form.get("displayName"), role,
                    blank(form.get("district")), form.get("password")));
            flash.addFlashAttribute("notice", text.get("accounts.admin.created", form.get("displayName")));
            return "redirect:/admin/accounts";
        } catch (InvalidInputException e) {
            fill(model);
            form.remove("password");
            model.addAttribute("form", form);
            model.addAttribute("errors", errors(e));
            return "admin/accounts";
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @PostMapping("/admin/accounts/{username}/{action:disable|enable|password-reset}")
    @PreAuthorize("hasRole('ADMIN')")
    String act(@PathVariable String username, @PathVariable String action, RedirectAttributes flash) {
        String name = users.account(username).map(UserAccount::displayName).orElse("");
        switch (action) {
            case "disable" -> {
                accounts.setEnabled(username, false);
                flash.addFlashAttribute("notice", text.get("accounts.admin.disabled", name));
            }
            case "enable" -> {
                accounts.setEnabled(username, true);
                flash.addFlashAttribute("notice", text.get("accounts.admin.enabled", name));
            }
            default -> {
                String pw = accounts.resetStaffPassword(username);
                flash.addFlashAttribute("notice", text.get("accounts.admin.reset", name));
                flash.addFlashAttribute("temporaryPassword", pw);
            }
        }
        return "redirect:/admin/accounts";
    }
}
