package org.ffw.complaint;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine port of the complaint: the only class that talks to Camunda's runtime for bpmn/leave-complaint.bpmn,
 * and the names of its messages and of the variables the diagram routes on. Process variables carry routing only;
 * the case lives in the complaint table.
 */
@Component
class ComplaintProcess {

    static final String KEY = "leave-complaint";
    static final String MESSAGE_WITHDRAWN = "Message_ComplaintWithdrawn";
    /** Starts the supervisor's approval of an extension (the event subprocess "申请延长调查期限"). */
    static final String MESSAGE_EXTENSION_REQUESTED = "Message_ExtensionRequested";
    /** Thrown when a complaint is substantiated; certification reviews of the employer wait for it. */
    /** Starts a case the HRB opened on a union's suggestion letter at 立案: no triage (the start "工会监督建议立案"). */
    static final String MESSAGE_UNION_REFERRAL = "Message_UnionReferral";

    // routing variables of the diagram
    static final String DISTRICT = "district";
    static final String EMPLOYER = "employerCreditCode";
    static final String COMPLAINANT = "complainant";
    static final String TRIAGE_DECISION = "triageDecision";
    static final String INVESTIGATION_ACTION = "investigationAction";
    static final String INVESTIGATION_DUE = "investigationDue";
    static final String EXTENSION_APPROVED = "extensionApproved";
    static final String FINDING = "finding";
    /** Set by orderCorrection inside the called leave-correction. */
    static final String CORRECTION_DEADLINE = org.ffw.correction.CorrectionVariables.CORRECTION_DEADLINE;
    /** Set by verifyRectification inside the called leave-correction. */
    static final String VERIFICATION = org.ffw.correction.CorrectionVariables.VERIFICATION;

    private final RuntimeService runtime;

    ComplaintProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the procedure for a lodged complaint; returns the process instance id. */
    String start(String caseNo, String district, String employerCreditCode, String complainant) {
        return runtime.startProcessInstanceByKey(KEY, caseNo, variables(district, employerCreditCode, complainant))
                .getId();
    }

    /** Starts a case opened on the union's suggestion letter: straight to 立案 and the investigation, no complainant. */
    String startOnUnionReferral(String caseNo, String district, String employerCreditCode) {
        return runtime.startProcessInstanceByMessage(MESSAGE_UNION_REFERRAL, caseNo,
                variables(district, employerCreditCode, null)).getId();
    }

    private static Map<String, Object> variables(String district, String employerCreditCode, String complainant) {
        Map<String, Object> v = new HashMap<>();
        v.put(DISTRICT, district);
        v.put(EMPLOYER, employerCreditCode);
        v.put(COMPLAINANT, complainant);
        // declared at the top so that later steps set them on the instance, not on a child execution
        for (String decision : new String[] {TRIAGE_DECISION, INVESTIGATION_ACTION, FINDING, VERIFICATION}) {
            v.put(decision, null);
        }
        return v;
    }

    /**
     * The case joined the complainant's new account: her tasks from now on go to it (a task open already stays with
     * the inspectors who hold it). Nothing when the process has ended or has its task holder already.
     */
    void complainantJoined(String caseNo, String username) {
        for (var pi : runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).processDefinitionKey(KEY)
                .active().list()) {
            if (runtime.getVariable(pi.getId(), COMPLAINANT) == null) {
                runtime.setVariable(pi.getId(), COMPLAINANT, username);
            }
        }
    }

    /**
     * The complainant withdraws; false when the process no longer takes a withdrawal. The withdrawal is an event
     * subprocess of the whole process, so the rule "only before the finding" is kept here too: only an instance
     * whose {@code finding} is still unset is correlated.
     */
    boolean withdraw(String caseNo) {
        return !runtime.createMessageCorrelation(MESSAGE_WITHDRAWN).processInstanceBusinessKey(caseNo)
                .processInstanceVariableEquals(FINDING, null)
                .correlateAllWithResult().isEmpty();
    }

    /**
     * An extension of the investigation period is requested: the supervisor gets the approval task. Before the
     * finding only, like the withdrawal; false when the process no longer takes the request. The "once per case" rule
     * is {@link ComplaintExtensions}'s.
     */
    boolean requestExtension(String caseNo) {
        return !runtime.createMessageCorrelation(MESSAGE_EXTENSION_REQUESTED).processInstanceBusinessKey(caseNo)
                .processInstanceVariableEquals(FINDING, null)
                .correlateAllWithResult().isEmpty();
    }

    /** A new investigation deadline for a running instance (its investigate and finding tasks follow it). */
    void investigationDue(String processInstanceId, Date due) {
        if (processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
            runtime.setVariable(processInstanceId, INVESTIGATION_DUE, due);
        }
    }

    /** Routing variables a task hands to the process: pairs of name and value, values may be null. */
    static Map<String, Object> route(Object... namesAndValues) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            v.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return v;
    }
}
