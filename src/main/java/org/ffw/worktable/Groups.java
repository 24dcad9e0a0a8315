package org.ffw.worktable;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;

/**
 * Candidate groups are derived from role and district (or employer): a BPMN user task names only the role
 * ({@code camunda:candidateGroups="inspector"}) and routing turns it into {@code inspector-310115}.
 */
public final class Groups {

    public static final String EMPLOYER = "employer";
    /** Not a group: the task is assigned to the person who lodged the case (process variable "complainant"). */
    public static final String COMPLAINANT = "complainant";

    /** District staff roles by the group prefix BPMN uses (inspector, supervisor, union, officer: {@link Role}). */
    static final Map<String, Role> STAFF = Arrays.stream(Role.values()).filter(Role::isDistrictStaff)
            .collect(Collectors.toUnmodifiableMap(Role::staffGroup, Function.identity()));

    private Groups() {
    }

    public static String staff(String prefix, String district) {
        return prefix + "-" + district;
    }

    public static String employer(String creditCode) {
        return EMPLOYER + "-" + creditCode;
    }

    /** The candidate groups a user belongs to. */
    public static Set<String> of(FfwUser user) {
        Set<String> groups = new LinkedHashSet<>();
        STAFF.forEach((prefix, role) -> {
            if (user.has(role) && user.district() != null) {
                groups.add(staff(prefix, user.district()));
            }
        });
        if (user.has(Role.EMPLOYER) && user.employerCreditCode() != null) {
            groups.add(employer(user.employerCreditCode()));
        }
        return groups;
    }

    /** The role whose members work a group's tasks, e.g. inspector-310115 → INSPECTOR; null for employer groups. */
    static Role staffRole(String group) {
        int dash = group == null ? -1 : group.indexOf('-');
        return dash < 0 ? null : STAFF.get(group.substring(0, dash));
    }
}
