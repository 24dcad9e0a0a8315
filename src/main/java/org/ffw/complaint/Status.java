package org.ffw.complaint;

/** Where a complaint stands. */
public enum Status {
    SUBMITTED("待受理"),
    SUPPLEMENT_REQUESTED("待补正"),
    INVESTIGATING("调查中"),
    SUBSTANTIATED("投诉属实，待责令改正"),
    CORRECTION_ORDERED("责令改正中"),
    VERIFYING("整改核查中"),
    PENALTY_REVIEW("处罚审查中"),
    CLOSED("已结案");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Before a finding the complainant may still withdraw. */
    public boolean beforeFinding() {
        return this == SUBMITTED || this == SUPPLEMENT_REQUESTED || this == INVESTIGATING;
    }
}
