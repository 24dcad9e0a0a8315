package org.ffw.correction;

import java.util.List;

/**
 * The process variables bpmn/leave-correction.bpmn reads, which a calling procedure provides (the call activity passes
 * {@code <camunda:in variables="all"/>} and {@code <camunda:in businessKey="#{execution.processBusinessKey}"/>}):
 * <ul>
 * <li>the business key — the case number; its prefix selects the procedure's {@link Correctable};</li>
 * <li>{@link #DISTRICT} — routes orderCorrection, verifyRectification (inspector-…) and penaltyDecision
 *     (supervisor-…) to the district;</li>
 * <li>{@link #EMPLOYER_CREDIT_CODE} — routes reportRectification to the employer (employer-…).</li>
 * </ul>
 * Set inside the called process by the task handlers of the procedure (the caller need not, but may, declare them):
 * <ul>
 * <li>{@link #CORRECTION_DEADLINE} ({@code java.util.Date}, end of the deadline's day) — by orderCorrection; the due
 *     date of reportRectification and its boundary timer rectificationDeadlinePassed;</li>
 * <li>{@link #VERIFICATION} ({@code "RECTIFIED"} or anything else) — by verifyRectification; the gateway rectified
 *     sends anything but RECTIFIED to penaltyDecision.</li>
 * </ul>
 * Nothing is passed back (no {@code camunda:out}): the caller reads the result from its own case.
 */
public final class CorrectionVariables {

    /** The key of the called process. */
    public static final String PROCESS_KEY = "leave-correction";
    public static final String DISTRICT = "district";
    public static final String EMPLOYER_CREDIT_CODE = "employerCreditCode";
    public static final String CORRECTION_DEADLINE = "correctionDeadline";
    public static final String VERIFICATION = "verification";
    /** The value of {@link #VERIFICATION} that ends the called process without the penalty decision. */
    public static final String RECTIFIED = "RECTIFIED";

    /** What the caller must have set before the call activity. */
    public static final List<String> REQUIRED = List.of(DISTRICT, EMPLOYER_CREDIT_CODE);

    private CorrectionVariables() {
    }
}
