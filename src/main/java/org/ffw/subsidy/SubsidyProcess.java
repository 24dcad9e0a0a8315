package org.ffw.subsidy;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine port of the subsidy: the only class that talks to Camunda's runtime for bpmn/employer-subsidy.bpmn,
 * and the names of its message and routing variables.
 */
@Component
class SubsidyProcess {

    static final String KEY = "employer-subsidy";
    static final String MESSAGE_PAID = "Message_SubsidyPaid";

    static final String DISTRICT = "district";
    static final String EMPLOYER = "employerCreditCode";
    static final String REVIEW_DAYS = "reviewDays";
    static final String REVIEW_DECISION = "reviewDecision";
    static final String SECOND_REVIEW = "secondReview";
    static final String SECOND_DECISION = "secondDecision";

    private final RuntimeService runtime;

    SubsidyProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    String start(String caseNo, String district, String employerCreditCode, int reviewDays) {
        Map<String, Object> v = new HashMap<>();
        v.put(DISTRICT, district);
        v.put(EMPLOYER, employerCreditCode);
        v.put(REVIEW_DAYS, reviewDays);
        v.put(REVIEW_DECISION, null);
        v.put(SECOND_REVIEW, false);
        v.put(SECOND_DECISION, null);
        return runtime.startProcessInstanceByKey(KEY, caseNo, v).getId();
    }

    /** Finance confirms the payment; false when the case does not wait for one. */
    boolean paid(String caseNo) {
        return !runtime.createMessageCorrelation(MESSAGE_PAID).processInstanceBusinessKey(caseNo)
                .correlateAllWithResult().isEmpty();
    }
}
