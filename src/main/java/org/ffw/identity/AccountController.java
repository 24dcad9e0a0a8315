package org.ffw.identity;

import java.util.List;
import java.util.Map;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/** Phone codes, password reset, the session's timeout, "log out everywhere", and the administrator's staff accounts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "accounts")
class AccountController {

    private final AccountService accounts;
    private final PhoneCodes codes;
    private final UserService users;
    private final AccountText text;
    private final AccountProperties props;
    private final StaffAccountChanges changes;
    private final StaffChangeWords words;

    AccountController(AccountService accounts, PhoneCodes codes, UserService users, AccountText text,
                      AccountProperties props, StaffAccountChanges changes, StaffChangeWords words) {
        this.changes = changes;
        this.words = words;
        this.accounts = accounts;
        this.codes = codes;
        this.users = users;
        this.text = text;
        this.props = props;
    }

    record CodeRequest(String phone, String purpose) {
    }

    @PostMapping("/public/accounts/phone-codes")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a 6-digit code to a mobile phone (purpose REGISTER or RESET)")
    Map<String, Object> sendCode(@RequestBody CodeRequest r) {
        if (PhoneCodes.RESET.equals(r.purpose())) {
            accounts.sendResetCode(r.phone());
        } else if (PhoneCodes.REGISTER.equals(r.purpose())) {
            sendRegistrationCode(r.phone());
        } else {
            throw text.invalid("purpose", "accounts.error.purpose");
        }
        return Map.of("expiresInSeconds", props.phoneCode().validity().toSeconds());
    }

    /** A registration code for a phone no account has yet. */
    void sendRegistrationCode(String phone) {
        var p = text.problems();
        if (!PhoneCodes.isMobile(phone)) {
            p.add("phone", "accounts.error.phone");
        } else if (users.exists(phone) || !users.accountsWithPhone(phone).isEmpty()) {
            p.add("phone", "accounts.error.phone.taken");
        }
        p.throwIfAny();
        codes.send(phone, PhoneCodes.REGISTER);
    }

    record ResetRequest(String phone, String code, String password) {
    }

    @PostMapping("/public/accounts/password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with the code sent to the account's phone; ends its sessions")
    void reset(@RequestBody ResetRequest r) {
        accounts.resetPassword(r.phone(), r.code(), r.password());
    }

    @GetMapping("/session")
    @Operation(summary = "The session's timeout and the warning shown before it (keeps the session alive)")
    Map<String, Object> session(HttpServletRequest request) {
        var s = request.getSession(false);
        int timeout = s == null ? 0 : s.getMaxInactiveInterval();
        return Map.of("timeoutSeconds", timeout, "warningSeconds", props.sessionWarning().toSeconds(),
                "warning", text.get("accounts.session.warning"), "keepAlive", text.get("accounts.session.keepAlive"),
                "ended", text.get("accounts.session.ended"), "kept", text.get("accounts.session.kept"));
    }

    @PostMapping("/me/logout-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "End every session of the signed-in account")
    void logoutEverywhere(HttpServletRequest request) {
        users.endSessions(CurrentUser.get().getUsername());
        var s = request.getSession(false);
        if (s != null) {
            s.invalidate();
        }
    }

    record StaffView(String username, String displayName, List<Role> roles, String district, boolean enabled) {
    }

    @GetMapping("/admin/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Staff and administrator accounts")
    List<StaffView> staff() {
        return users.staffAccounts().stream().map(a -> new StaffView(a.username(), a.displayName(),
                users.rolesOf(a.username()), a.districtCode(), a.enabled())).toList();
    }

    @PostMapping("/admin/accounts")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a staff account with its role and district")
    Map<String, String> create(@RequestBody AccountService.NewStaff s) {
        accounts.createStaff(s);
        return Map.of("username", s.username());
    }

    @PostMapping("/admin/accounts/{username}/disable")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Disable a staff account; its sessions end")
    void disable(@PathVariable String username) {
        accounts.setEnabled(username, false);
    }

    @PostMapping("/admin/accounts/{username}/enable")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void enable(@PathVariable String username) {
        accounts.setEnabled(username, true);
    }

    @PostMapping("/admin/accounts/{username}/password-reset")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "A new random password for a staff account, shown once; its sessions end")
    Map<String, String> resetStaff(@PathVariable String username) {
        return Map.of("temporaryPassword", accounts.resetStaffPassword(username));
    }

    @PutMapping("/admin/accounts/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give a staff account its roles and district (the whole set); its sessions end when changed")
    void change(@PathVariable String username, @RequestBody AccountService.StaffChange change) {
        accounts.changeStaff(CurrentUser.get().getUsername(), username, change);
    }

    record ChangeView(String action, String from, String to, String description, String changedBy,
                      String changedByName, java.time.Instant changedAt) {
    }

    @GetMapping("/admin/accounts/{username}/changes")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Who changed the staff account, how and when (newest first)")
    List<ChangeView> changes(@PathVariable String username) {
        if (!users.exists(username)) {
            throw new org.ffw.platform.web.NotFoundException("No staff account " + username + ".");
        }
        return changes.of(username).stream().map(c -> new ChangeView(c.action().name(), c.oldValue(), c.newValue(),
                words.what(c), c.changedBy(), words.who(c), c.changedAt())).toList();
    }
}
