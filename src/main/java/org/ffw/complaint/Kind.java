package org.ffw.complaint;

/**
 * A complaint (投诉) by the person harmed, a report (举报) by anyone else, possibly anonymous, or a case the district
 * HRB opened on a union's suggestion letter (工会劳动法律监督建议书): it enters the investigation without triage.
 */
public enum Kind {
    COMPLAINT("投诉"),
    REPORT("举报"),
    UNION("工会监督建议");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
