package org.ffw.supervision;

/** Where a union supervision case stands; the pages word each code (i18n/supervision: supervision.status.*). */
public enum SupervisionStatus {
    /** 监督意见书 issued: waiting for the employer's written answer (15 working days). */
    OPINION_ISSUED,
    /** The union assesses the employer's answer. */
    ASSESSING,
    /** Not corrected or not answered: the union lead signs the 监督建议书. */
    SUGGESTION_PENDING,
    /** The district HRB decides on the 监督建议书 (5 working days). */
    WITH_HRB,
    CLOSED;

    /** The outcomes of a closed case. */
    public static final String CORRECTED = "CORRECTED";
    public static final String CASE_OPENED = "CASE_OPENED";
    public static final String EXPLAINED = "EXPLAINED";
}
