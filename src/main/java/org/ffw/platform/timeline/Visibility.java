package org.ffw.platform.timeline;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read a timeline entry. The complainant's, the employer's and the staff's views are filtered projections
 * of the same timeline.
 */
public enum Visibility {
    /** Everyone who may read the case: applicant, complainant, employer, staff. */
    PUBLIC,
    /** The applicant or complainant and staff, not the employer (e.g. a complainant's supplement). */
    PARTY,
    /** HRB and union staff only (internal notes, assignments). */
    STAFF;

    public static Set<Visibility> forStaff() {
        return EnumSet.allOf(Visibility.class);
    }

    public static Set<Visibility> forApplicant() {
        return EnumSet.of(PUBLIC, PARTY);
    }

    public static Set<Visibility> forEmployer() {
        return EnumSet.of(PUBLIC);
    }
}
