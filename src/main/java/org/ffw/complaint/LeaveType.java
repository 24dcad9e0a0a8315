package org.ffw.complaint;

/** What the complaint is about (REFERENCE.md §1.3). */
public enum LeaveType {
    MATERNITY("产假", true),
    BIRTH("生育假", true),
    PATERNITY("配偶陪产假", true),
    CHILDCARE("育儿假", true),
    NURSING("哺乳时间", true),
    PRENATAL_CHECK("产前检查", false),
    /** Dismissal, pay cut, night shift or overtime while pregnant or nursing. */
    PREGNANCY_PROTECTION("孕期哺乳期特殊保护", false);

    private final String label;
    private final boolean childRequired;

    LeaveType(String label, boolean childRequired) {
        this.label = label;
        this.childRequired = childRequired;
    }

    public String label() {
        return label;
    }

    /** The child's birth date is part of the allegation. */
    public boolean childRequired() {
        return childRequired;
    }
}
