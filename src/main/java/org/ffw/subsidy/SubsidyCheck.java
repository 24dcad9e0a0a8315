package org.ffw.subsidy;

/**
 * One eligibility check of an application, with its reason in words the employer reads. A warning passes but asks
 * the officer to look (e.g. a resident ID of a man).
 */
public record SubsidyCheck(String code, String label, boolean passed, boolean warning, String reason) {

    static SubsidyCheck pass(String code, String label, String reason) {
        return new SubsidyCheck(code, label, true, false, reason);
    }

    static SubsidyCheck warn(String code, String label, String reason) {
        return new SubsidyCheck(code, label, true, true, reason);
    }

    static SubsidyCheck fail(String code, String label, String reason) {
        return new SubsidyCheck(code, label, false, false, reason);
    }
}
