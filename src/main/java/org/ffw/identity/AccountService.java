package org.ffw.identity;

import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' own commands that need nothing outside identity: password reset by phone code, and the
 * administrator's staff accounts (create with role and district, disable — which ends its sessions — enable, reset
 * the password). Registration of employees and employers is in org.ffw.registration.
 */
@Service
public class AccountService {

    /** Roles an administrator gives: district staff (with a district) and administrators. */
    public static final Set<Role> STAFF_ROLES = EnumSet.of(Role.INSPECTOR, Role.SUPERVISOR, Role.UNION_REVIEWER,
            Role.UNION_SUPERVISOR, Role.SUBSIDY_OFFICER, Role.ADMIN);
    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final UserService users;
    private final PhoneCodes codes;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final AccountText text;
    private final StaffAccountChanges changes;

    AccountService(UserService users, PhoneCodes codes, PasswordPolicy policy, LoginThrottle throttle,
                   AccountText text, StaffAccountChanges changes) {
        this.changes = changes;
        this.users = users;
        this.codes = codes;
        this.policy = policy;
        this.throttle = throttle;
        this.text = text;
    }

    /** Sends a reset code when an account has this phone; says nothing either way (no account is revealed). */
    @Transactional
    public void sendResetCode(String phone) {
        var p = text.problems();
        if (!PhoneCodes.isMobile(phone)) {
            p.add("phone", "accounts.error.phone");
        }
        p.throwIfAny();
        if (!users.accountsWithPhone(phone).isEmpty()) {
            codes.send(phone, PhoneCodes.RESET);
        }
    }

    /** Sets a new password with the code sent to the account's phone; ends its sessions and its lock. */
    @Transactional
    public void resetPassword(String phone, String code, String password) {
        var p = text.problems();
        if (!PhoneCodes.isMobile(phone)) {
            p.add("phone", "accounts.error.phone");
        }
        List<UserAccount> accounts = p.has("phone") ? List.of() : users.accountsWithPhone(phone);
        policy.check(password, phone, p, "password");
        if (!p.has("phone")) {
            codes.verify(phone, PhoneCodes.RESET, code, p, "code");
        }
        if (!p.has("phone") && !p.has("code") && accounts.isEmpty()) {
            p.add("code", "accounts.error.code.none");
        }
        p.throwIfAny();
        for (UserAccount a : accounts) {
            users.resetPassword(a.username(), password);
            throttle.clear(a.username());
        }
    }

    public record NewStaff(String username, String displayName, Role role, String district, String password) {
    }

    /** An administrator creates a staff account; district staff need a district, an administrator has none. */
    @Transactional
    public void createStaff(NewStaff s) {
        var p = text.problems();
        if (s.username() == null || !USERNAME.matcher(s.username()).matches()) {
            p.add("username", "accounts.error.username");
        } else if (users.exists(s.username())) {
            p.add("username", "accounts.error.username.taken");
        }
        if (s.displayName() == null || s.displayName().isBlank()) {
            p.add("displayName", "accounts.error.required");
        } else if (s.displayName().length() > 64) {
            p.add("displayName", "accounts.error.tooLong", 64);
        }
        if (s.role() == null || !STAFF_ROLES.contains(s.role())) {
            p.add("role", "accounts.error.role");
        } else if (s.role().isDistrictStaff() && !users.isDistrict(s.district())) {
            p.add("district", "accounts.error.district");
        } else if (!s.role().isDistrictStaff() && s.district() != null && !s.district().isBlank()) {
            p.add("district", "accounts.error.district.none");
        }
        policy.check(s.password(), s.username(), p, "password");
        p.throwIfAny();
        String district = s.role().isDistrictStaff() ? s.district() : null;
        users.create(new NewAccount(s.username(), s.password(), s.displayName().strip(), Set.of(s.role()),
                district, null, null, null, null), false);
        changes.record(s.username(), StaffAccountChanges.Action.CREATED, null,
                StaffAccountChanges.roles(Set.of(s.role())));
        changes.recordIfChanged(s.username(), StaffAccountChanges.Action.DISTRICT, null, district);
    }

    /** The roles and the district an administrator gives a staff account (the whole set, replacing the old). */
    public record StaffChange(List<Role> roles, String district) {
    }

    /**
     * Changes a staff account's roles and district: district staff roles need a district, an administrator alone
     * has none; an administrator cannot take the administrator role from themselves (nor can the last one lose
     * it). Its sessions end; each change is recorded with who made it. False when nothing was to change.
     */
    @Transactional
    public boolean changeStaff(String actor, String username, StaffChange c) {
        requireStaff(username);
        var p = text.problems();
        List<Role> given = c.roles() == null ? List.of() : c.roles();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role r : given) {
            if (r == null || !STAFF_ROLES.contains(r)) {
                p.add("roles", "accounts.error.role");
            } else {
                roles.add(r);
            }
        }
        if (given.isEmpty()) {
            p.add("roles", "accounts.error.roles.none");
        }
        List<Role> before = users.rolesOf(username);
        if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && !p.has("roles")) {
            if (username.equals(actor)) {
                p.add("roles", "accounts.error.roles.ownAdmin");
            } else if (users.usernamesWithRole(Role.ADMIN).stream().allMatch(username::equals)) {
                p.add("roles", "accounts.error.roles.lastAdmin");
            }
        }
        String district = c.district() == null || c.district().isBlank() ? null : c.district().strip();
        boolean districtStaff = roles.stream().anyMatch(Role::isDistrictStaff);
        if (districtStaff && !users.isDistrict(district)) {
            p.add("district", "accounts.error.district");
        } else if (!districtStaff && !roles.isEmpty() && district != null) {
            p.add("district", "accounts.error.district.none");
        }
        p.throwIfAny();
        String oldDistrict = users.account(username).map(UserAccount::districtCode).orElse(null);
        String oldRoles = StaffAccountChanges.roles(before);
        String newRoles = StaffAccountChanges.roles(roles);
        if (oldRoles.equals(newRoles) && java.util.Objects.equals(oldDistrict, district)) {
            return false; // nothing to change: no sessions end, nothing is recorded
        }
        users.setRolesAndDistrict(username, roles, district);
        changes.recordIfChanged(username, StaffAccountChanges.Action.ROLES, oldRoles, newRoles);
        changes.recordIfChanged(username, StaffAccountChanges.Action.DISTRICT, oldDistrict, district);
        return true;
    }

    @Transactional
    public void setEnabled(String username, boolean enabled) {
        requireStaff(username);
        users.setEnabled(username, enabled);
        changes.record(username, enabled ? StaffAccountChanges.Action.ENABLED : StaffAccountChanges.Action.DISABLED,
                null, null);
    }

    /** A new random password for a staff account, shown once to the administrator; its sessions end. */
    @Transactional
    public String resetStaffPassword(String username) {
        requireStaff(username);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 14; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String password = sb.toString();
        users.resetPassword(username, password);
        throttle.clear(username);
        changes.record(username, StaffAccountChanges.Action.PASSWORD_RESET, null, null);
        return password;
    }

    private void requireStaff(String username) {
        if (!users.exists(username) || users.rolesOf(username).stream().noneMatch(STAFF_ROLES::contains)) {
            throw new NotFoundException("No staff account " + username + ".");
        }
    }
}
