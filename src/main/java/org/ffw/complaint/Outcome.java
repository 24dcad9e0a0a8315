package org.ffw.complaint;

/** How a closed complaint ended. */
public enum Outcome {
    NOT_ACCEPTED("不予受理"),
    INCOMPLETE("材料不全终止"),
    WITHDRAWN("投诉人撤回"),
    NOT_SUBSTANTIATED("投诉不属实"),
    CORRECTED_DURING_INVESTIGATION("已改正，撤销立案"),
    RECTIFIED("已整改"),
    PENALTY_REFERRED("移送行政处罚"),
    NO_PENALTY("未整改，不予处罚");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
