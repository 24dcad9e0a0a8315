package org.ffw.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's staff accounts page (/admin/accounts): every staff account with its roles, district and
 * changes; create one, change its roles and district, disable, enable, reset its password. Field errors are shown
 * beside the field of the form that was sent; nothing is stored then.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class StaffAccountPages {

    private final AccountService accounts;
    private final UserService users;
    private final AccountText text;
    private final PasswordPolicy policy;
    private final StaffAccountChanges changes;
    private final StaffChangeWords words;

    StaffAccountPages(AccountService accounts, UserService users, AccountText text, PasswordPolicy policy,
                      StaffAccountChanges changes, StaffChangeWords words) {
        this.accounts = accounts;
        this.users = users;
        this.text = text;
        this.policy = policy;
        this.changes = changes;
        this.words = words;
    }

    @GetMapping("/admin/accounts")
    String staff(Model model) {
        fill(model, null, Map.of(), null);
        model.addAttribute("form", new LinkedHashMap<String, String>());
        model.addAttribute("errors", Map.of());
        return "admin/accounts";
    }

    /** The list; the account being changed (if a change was refused) keeps its sent values and its errors. */
    private void fill(Model model, String editing, Map<String, String> editErrors, StaffChangeForm sent) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (UserAccount a : users.staffAccounts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            List<Role> roles = users.rolesOf(a.username());
            boolean edited = a.username().equals(editing);
            m.put("username", a.username());
            m.put("displayName", a.displayName());
            m.put("roles", roles);
            m.put("district", a.districtCode() == null ? "" : users.district(a.districtCode())
                    .map(District::nameZh).orElse(""));
            m.put("enabled", a.enabled());
            m.put("editing", edited);
            m.put("editErrors", edited ? editErrors : Map.of());
            m.put("chosenRoles", edited ? sent.roleCodes() : roles.stream().map(Role::name).toList());
            m.put("chosenDistrict", edited ? sent.district() : a.districtCode());
            m.put("changes", changes.of(a.username()).stream()
                    .map(c -> Map.of("what", words.what(c), "byWhen", words.byWhen(c))).toList());
            list.add(m);
        }
        model.addAttribute("accounts", list);
        model.addAttribute("roles", AccountService.STAFF_ROLES);
        model.addAttribute("districts", users.districts());
        model.addAttribute("minLength", policy.minLength());
    }

    @PostMapping("/admin/accounts")
    String create(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        Role role = role(form.getOrDefault("role", ""));
        try {
            accounts.createStaff(new AccountService.NewStaff(form.get("username"), form.get("displayName"), role,
                    blank(form.get("district")), form.get("password")));
            flash.addFlashAttribute("notice", text.get("accounts.admin.created", form.get("displayName")));
            return "redirect:/admin/accounts";
        } catch (InvalidInputException e) {
            fill(model, null, Map.of(), null);
            form.remove("password");
            model.addAttribute("form", form);
            model.addAttribute("errors", AccountPages.errors(e));
            return "admin/accounts";
        }
    }

    /** What the change form sent: the ticked roles' codes (unknown ones kept, to be refused) and the district. */
    record StaffChangeForm(List<String> roleCodes, String district) {
        AccountService.StaffChange command() {
            return new AccountService.StaffChange(roleCodes.stream().map(StaffAccountPages::role).toList(),
                    blank(district));
        }
    }

    @PostMapping("/admin/accounts/{username}/roles")
    String change(@PathVariable String username, @RequestParam MultiValueMap<String, String> form, Model model,
                  RedirectAttributes flash) {
        String name = users.account(username).map(UserAccount::displayName).orElse("");
        var sent = new StaffChangeForm(form.getOrDefault("roles", List.of()), form.getFirst("district"));
        try {
            boolean changed = accounts.changeStaff(CurrentUser.get().getUsername(), username, sent.command());
            flash.addFlashAttribute("notice", text.get(changed ? "accounts.admin.changed"
                    : "accounts.admin.unchanged", name));
            return "redirect:/admin/accounts#account-" + username;
        } catch (InvalidInputException e) {
            fill(model, username, AccountPages.errors(e), sent);
            model.addAttribute("form", new LinkedHashMap<String, String>());
            model.addAttribute("errors", Map.of());
            return "admin/accounts";
        }
    }

    @PostMapping("/admin/accounts/{username}/{action:disable|enable|password-reset}")
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

    /** A role's code as sent; null (refused by the service as an unknown role) for anything else. */
    static Role role(String code) {
        try {
            return code == null || code.isBlank() ? null : Role.valueOf(code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
