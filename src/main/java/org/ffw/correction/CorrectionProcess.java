package org.ffw.correction;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine port of the shared order to correct: the compliance message a substantiated leave violation sends, the
 * same whichever procedure found it (a complaint, an inspection). A fertility-friendly certificate under review
 * waits for it (bpmn/friendly-post-certificate.bpmn).
 */
@Component
public class CorrectionProcess {

    public static final String MESSAGE_SUBSTANTIATED = "Message_ComplaintSubstantiated";
    /** Set on the receiving instance: the case that found the violation. */
    public static final String SUBSTANTIATED_CASE_NO = "substantiatedCaseNo";

    private final RuntimeService runtime;

    CorrectionProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Correlates to every instance of the employer waiting for it; when none waits, this finds nothing. */
    public void publishSubstantiated(String employerCreditCode, String caseNo) {
        runtime.createMessageCorrelation(MESSAGE_SUBSTANTIATED)
                .processInstanceVariableEquals(CorrectionVariables.EMPLOYER_CREDIT_CODE, employerCreditCode)
                .setVariable(SUBSTANTIATED_CASE_NO, caseNo)
                .correlateAllWithResult();
    }
}
