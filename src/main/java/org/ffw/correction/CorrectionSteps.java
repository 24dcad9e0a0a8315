package org.ffw.correction;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.platform.cases.Procedure;
import org.springframework.stereotype.Component;

/**
 * What bpmn/leave-correction.bpmn does on its own ({@code ${correctionSteps.publishSubstantiated(execution)}}): each
 * step hands the case number (the business key) to the {@link Correctable} of the case's procedure.
 */
@Component("correctionSteps")
public class CorrectionSteps {

    private final Map<Procedure, Correctable> byProcedure = new EnumMap<>(Procedure.class);

    CorrectionSteps(List<Correctable> correctables) {
        for (Correctable c : correctables) {
            if (byProcedure.put(c.procedure(), c) != null) {
                throw new IllegalStateException("two Correctable beans for " + c.procedure());
            }
        }
    }

    public void publishSubstantiated(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        of(caseNo).publishSubstantiated(caseNo);
    }

    public void noRectificationReport(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        of(caseNo).noRectificationReport(caseNo);
    }

    /** The Correctable of the case's procedure; IllegalStateException for a case no procedure corrects. */
    Correctable of(String caseNo) {
        Procedure procedure = Procedure.ofCaseNo(caseNo).orElseThrow(() ->
                new IllegalStateException("no procedure has case number " + caseNo));
        Correctable c = byProcedure.get(procedure);
        if (c == null) {
            throw new IllegalStateException(procedure + " has no correction steps (case " + caseNo + ")");
        }
        return c;
    }

    private static String caseNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
