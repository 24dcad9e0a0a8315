package org.ffw.platform.security;

/** The roles of FFW. Staff roles carry a district; an EMPLOYER acts for one employer. */
public enum Role {
    EMPLOYEE,
    EMPLOYER,
    INSPECTOR,
    SUPERVISOR,
    UNION_REVIEWER,
    SUBSIDY_OFFICER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** District staff of the HRB or the union: they work the cases of their district. */
    public boolean isDistrictStaff() {
        return this == INSPECTOR || this == SUPERVISOR || this == UNION_REVIEWER || this == SUBSIDY_OFFICER;
    }
}
