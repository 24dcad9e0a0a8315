package org.ffw.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of FFW. District staff (HRB inspectors, supervisors and subsidy officers, union reviewers) carry a
 * district and work its cases; their tasks go to the candidate group {@code <staffGroup>-<district>}. An EMPLOYER
 * acts for one employer. This enum is the one definition of who is staff.
 */
public enum Role {
    EMPLOYEE(null),
    EMPLOYER(null),
    INSPECTOR("inspector"),
    SUPERVISOR("supervisor"),
    UNION_REVIEWER("union"),
    /** The union's lead in a district: assigns and follows up the union's tasks (the HRB supervisor does not). */
    UNION_SUPERVISOR("unionsupervisor"),
    SUBSIDY_OFFICER("officer"),
    ADMIN(null);

    /** The district staff roles. */
    public static final Set<Role> STAFF = EnumSet.of(INSPECTOR, SUPERVISOR, UNION_REVIEWER, UNION_SUPERVISOR,
            SUBSIDY_OFFICER);

    private final String staffGroup;

    Role(String staffGroup) {
        this.staffGroup = staffGroup;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** District staff of the HRB or the union: they work the cases of their district. */
    public boolean isDistrictStaff() {
        return staffGroup != null;
    }

    /** The lead who assigns and follows up this staff role's tasks: the union's own for the union, else the HRB's. */
    public Role lead() {
        return this == UNION_REVIEWER || this == UNION_SUPERVISOR ? UNION_SUPERVISOR : SUPERVISOR;
    }

    /** The prefix of this staff role's candidate groups in BPMN (inspector, supervisor, union, officer); null otherwise. */
    public String staffGroup() {
        return staffGroup;
    }
}
