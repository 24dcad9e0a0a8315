package org.ffw.correction;

import org.ffw.platform.cases.Procedure;

/**
 * A procedure whose violation enters bpmn/leave-correction.bpmn (the shared call activity 责令改正与整改核查): what
 * the called process does on its own, for a case of that procedure. {@link CorrectionSteps} picks the implementation
 * by the prefix of the business key (the case number). The tasks of the called process are the procedure's own
 * tasks: the worktable keys them by the case's procedure ({@link Procedure#ofCaseNo}), so the procedure's task
 * handlers complete them and set the variables of {@link CorrectionVariables}.
 */
public interface Correctable {

    /** The procedure whose cases this speaks for; one implementation per procedure. */
    Procedure procedure();

    /**
     * 通报违法: the violation goes on the employer's compliance record and the compliance message
     * (Message_ComplaintSubstantiated) reaches any waiter. Runs once when the called process starts.
     */
    void publishSubstantiated(String caseNo);

    /** 记录未报告: the correction deadline passed without the employer's rectification report. */
    void noRectificationReport(String caseNo);
}
