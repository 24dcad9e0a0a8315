package org.ffw.platform.cases;

import java.util.List;

/**
 * The time limits a procedure promises the people it serves (受理 within 5 working days, a review within 20 …), as the
 * procedure counts them — from its configuration or its statutory constants, never copied — for the public home page.
 * Each procedure publishes its own; the words are the portal's messages {@code portal.limit.<name>} (with the amount as
 * argument {0}) and {@code portal.limit.<name>.basis}.
 */
public interface TimeLimits {

    /** How an amount is counted. */
    enum Unit { WORKING_DAYS, DAYS, YEARS }

    /**
     * @param name    the limit's message name, e.g. {@code complaint.acceptance}
     * @param sourced whether a law or a published notice sets it; otherwise it is a configured choice
     */
    record Limit(Procedure procedure, String name, int amount, Unit unit, boolean sourced) {
    }

    List<Limit> limits();
}
