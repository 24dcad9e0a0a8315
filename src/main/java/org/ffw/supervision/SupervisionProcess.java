package org.ffw.supervision;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine port of the union's supervision: the only class that talks to Camunda's runtime for
 * bpmn/union-supervision.bpmn, and the names of the variables the diagram routes on.
 */
@Component
class SupervisionProcess {

    static final String KEY = "union-supervision";

    static final String DISTRICT = "district";
    static final String EMPLOYER = "employerCreditCode";
    static final String ASSESSMENT = "assessment";
    static final String HRB_DECISION = "hrbDecision";

    private final RuntimeService runtime;

    SupervisionProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the procedure once the opinion is issued; returns the process instance id. */
    String start(String caseNo, String district, String employerCreditCode) {
        Map<String, Object> v = new HashMap<>();
        v.put(DISTRICT, district);
        v.put(EMPLOYER, employerCreditCode);
        // declared at the top so that the tasks set them on the instance
        v.put(ASSESSMENT, null);
        v.put(HRB_DECISION, null);
        return runtime.startProcessInstanceByKey(KEY, caseNo, v).getId();
    }
}
