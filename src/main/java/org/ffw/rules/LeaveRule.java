package org.ffw.rules;

/**
 * One row of the leave-entitlement table ({@code bpmn/leave-entitlements.dmn}): an entitlement, its amount in its
 * unit, and the legal source.
 */
public record LeaveRule(String entitlement, int amount, String unit, String source) {

    public static final String MATERNITY = "MATERNITY";
    public static final String MATERNITY_BEFORE_BIRTH_MAX = "MATERNITY_BEFORE_BIRTH_MAX";
    public static final String MATERNITY_DIFFICULT_BIRTH = "MATERNITY_DIFFICULT_BIRTH";
    public static final String MATERNITY_PER_ADDITIONAL_BABY = "MATERNITY_PER_ADDITIONAL_BABY";
    public static final String BIRTH = "BIRTH";
    public static final String BIRTH_POSTPONED_BY_STATUTORY_HOLIDAYS = "BIRTH_POSTPONED_BY_STATUTORY_HOLIDAYS";
    public static final String PATERNITY = "PATERNITY";
    public static final String CHILDCARE_PER_YEAR = "CHILDCARE_PER_YEAR";
    public static final String CHILDCARE_UNTIL_AGE = "CHILDCARE_UNTIL_AGE";
    public static final String NURSING_PER_DAY = "NURSING_PER_DAY";
    public static final String NURSING_PER_ADDITIONAL_BABY = "NURSING_PER_ADDITIONAL_BABY";
    public static final String NURSING_UNTIL_AGE = "NURSING_UNTIL_AGE";
}
