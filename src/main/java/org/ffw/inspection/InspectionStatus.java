package org.ffw.inspection;

/** Where an inspection case stands; its words are {@code inspection.status.<name>} in i18n/inspection. */
public enum InspectionStatus {
    /** The employer's leave records for the period are due. */
    REPORT_PENDING("待单位报送"),
    /** The inspector pair reviews the report (each signs off). */
    REVIEWING("检查组审查中"),
    /** The lead inspector checks on site. */
    SITE_CHECK("现场检查中"),
    /** The lead inspector records the finding. */
    FINDING("待作出结论"),
    CORRECTION_ORDERED("责令改正中"),
    VERIFYING("整改核查中"),
    PENALTY_REVIEW("处罚审查中"),
    CLOSED("已办结");

    private final String label;

    InspectionStatus(String label) {
        this.label = label;
    }

    /** The Chinese words, for the JSON API's {@code statusLabel}; pages word the code from the bundle. */
    public String label() {
        return label;
    }
}
