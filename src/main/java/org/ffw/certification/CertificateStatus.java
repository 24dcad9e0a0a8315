package org.ffw.certification;

/** A certificate's state: only a VALID one is on the public register. */
public enum CertificateStatus {
    VALID("有效"),
    EXPIRED("已过期"),
    REVOKED("已撤销"),
    SURRENDERED("已交回");

    private final String label;

    CertificateStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
