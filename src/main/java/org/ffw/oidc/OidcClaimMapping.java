package org.ffw.oidc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ffw.platform.security.Role;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;

/**
 * The provider's claims → an FFW identity, by {@code ffw.oidc.*}:
 * <ul>
 * <li>EMPLOYEE and EMPLOYER from the roles claim (its values through {@code role-values}), from a credit code
 * ({@code employer-from-credit-code}) and from a resident ID ({@code employee-from-resident-id});</li>
 * <li>staff roles and ADMIN only from the groups claim through the configured {@code staff-groups} table — a staff
 * role named in the roles claim refuses the sign-in;</li>
 * <li>refused: an unknown role value, no role at all, an EMPLOYER without a valid credit code, an EMPLOYEE without a
 * valid resident ID, no name, staff groups of two districts.</li>
 * </ul>
 */
final class OidcClaimMapping {

    private static final Set<Role> SELF_SERVICE = EnumSet.of(Role.EMPLOYEE, Role.EMPLOYER);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{4,19}");
    private static final int MAX_NAME = 64;

    private final OidcProperties.Claims claims;
    private final Map<String, Role> roleValues;
    private final boolean employerFromCreditCode;
    private final boolean employeeFromResidentId;
    private final List<OidcProperties.StaffGroup> staffGroups;
    private final Clock clock;

    OidcClaimMapping(OidcProperties properties, Clock clock) {
        this.claims = properties.getClaims();
        this.roleValues = Map.copyOf(properties.getRoleValues());
        this.employerFromCreditCode = properties.isEmployerFromCreditCode();
        this.employeeFromResidentId = properties.isEmployeeFromResidentId();
        this.staffGroups = List.copyOf(properties.getStaffGroups());
        this.clock = clock;
        roleValues.forEach((value, role) -> {
            if (!SELF_SERVICE.contains(role)) {
                throw new IllegalStateException("ffw.oidc.role-values." + value + " = " + role + ": the roles claim "
                        + "may give only EMPLOYEE or EMPLOYER; staff roles come from ffw.oidc.staff-groups");
            }
        });
        for (int i = 0; i < staffGroups.size(); i++) {
            OidcProperties.StaffGroup g = staffGroups.get(i);
            String at = "ffw.oidc.staff-groups[" + i + "]";
            if (g.getGroup() == null || g.getGroup().isBlank() || g.getRole() == null) {
                throw new IllegalStateException(at + ": needs a group and a role");
            }
            if (g.getRole() != Role.ADMIN && !g.getRole().isDistrictStaff()) {
                throw new IllegalStateException(at + ": " + g.getRole() + " is not a staff role (district staff or "
                        + "ADMIN)");
            }
            if (g.getRole().isDistrictStaff() && (g.getDistrict() == null || g.getDistrict().isBlank())) {
                throw new IllegalStateException(at + ": " + g.getRole() + " needs a district");
            }
        }
    }

    OidcIdentity map(Map<String, Object> c) {
        String subject = text(c, claims.getSubject());
        if (subject == null) {
            throw new OidcRefused("no subject claim '" + claims.getSubject() + "'");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String value : values(c.get(name(claims.getRoles())))) {
            Role role = roleValues.get(value);
            if (role == null) {
                boolean staff = isStaffRoleName(value);
                throw new OidcRefused(staff
                        ? "the roles claim names staff role " + value + "; staff roles come only from the configured "
                                + "staff groups"
                        : "unknown role value '" + value + "' in the roles claim");
            }
            roles.add(role);
        }
        String creditCode = upper(text(c, claims.getCreditCode()));
        String residentId = upper(text(c, claims.getResidentId()));
        if (employerFromCreditCode && creditCode != null) {
            roles.add(Role.EMPLOYER);
        }
        if (employeeFromResidentId && residentId != null) {
            roles.add(Role.EMPLOYEE);
        }
        Set<String> districts = new TreeSet<>();
        Collection<String> groups = values(c.get(name(claims.getGroups())));
        for (OidcProperties.StaffGroup g : staffGroups) {
            if (groups.contains(g.getGroup())) {
                roles.add(g.getRole());
                if (g.getRole().isDistrictStaff()) {
                    districts.add(g.getDistrict());
                }
            }
        }
        if (roles.isEmpty()) {
            throw new OidcRefused("no FFW role in the claims");
        }
        if (districts.size() > 1) {
            throw new OidcRefused("staff groups of more than one district: " + districts);
        }
        if (roles.contains(Role.EMPLOYER)) {
            if (CreditCodes.problem(creditCode).isPresent()) {
                throw new OidcRefused("EMPLOYER without a valid credit code");
            }
        } else {
            creditCode = null;
        }
        if (roles.contains(Role.EMPLOYEE)) {
            // the reason (e.g. an implausible date of birth) would be personal data in the log
            if (ResidentIds.problem(residentId, LocalDate.now(clock)).isPresent()) {
                throw new OidcRefused("EMPLOYEE without a valid resident ID");
            }
        } else {
            residentId = null;
        }
        String name = text(c, claims.getName());
        if (name == null) {
            throw new OidcRefused("no name claim '" + claims.getName() + "'");
        }
        if (name.length() > MAX_NAME) {
            throw new OidcRefused("the name has more than " + MAX_NAME + " characters");
        }
        String phone = text(c, claims.getPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            phone = null;
        }
        return new OidcIdentity(subject, name, roles, districts.isEmpty() ? null : districts.iterator().next(),
                creditCode, roles.contains(Role.EMPLOYEE) ? name : null, residentId, phone);
    }

    private static boolean isStaffRoleName(String value) {
        for (Role r : Role.values()) {
            if ((r == Role.ADMIN || r.isDistrictStaff()) && r.name().equalsIgnoreCase(value)) {
                return true;
            }
        }
        return false;
    }

    private static String name(String claim) {
        return claim == null || claim.isBlank() ? null : claim;
    }

    private static String text(Map<String, Object> c, String claim) {
        if (name(claim) == null) {
            return null;
        }
        Object v = c.get(claim);
        if (v == null) {
            return null;
        }
        String s = v.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** A claim holding a list, or one string of values separated by spaces or commas. */
    private static Collection<String> values(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> many) {
            for (Object o : many) {
                if (o != null && !o.toString().isBlank()) {
                    out.add(o.toString().strip());
                }
            }
        } else if (claim != null) {
            for (String s : claim.toString().split("[\\s,]+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }
}
