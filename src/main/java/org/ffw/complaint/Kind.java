package org.ffw.complaint;

/** A complaint (投诉) by the person harmed, or a report (举报) by anyone else, possibly anonymous. */
public enum Kind {
    COMPLAINT("投诉"),
    REPORT("举报");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
