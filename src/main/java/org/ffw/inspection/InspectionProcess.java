package org.ffw.inspection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ffw.correction.CorrectionVariables;
import org.springframework.stereotype.Component;

/**
 * The engine port of the inspection: the only class that talks to Camunda for bpmn/leave-inspection.bpmn, and the
 * names of the variables the diagram routes on. The called order to correct (bpmn/leave-correction.bpmn) gets them
 * all.
 */
@Component
class InspectionProcess {

    static final String KEY = "leave-inspection";

    static final String DISTRICT = CorrectionVariables.DISTRICT;
    static final String EMPLOYER = CorrectionVariables.EMPLOYER_CREDIT_CODE;
    static final String INSPECTORS = "inspectors";
    static final String LEAD = "leadInspector";
    static final String FINDING = "finding";
    static final String CORRECTION_DEADLINE = CorrectionVariables.CORRECTION_DEADLINE;
    static final String VERIFICATION = CorrectionVariables.VERIFICATION;

    private final RuntimeService runtime;
    private final TaskService tasks;

    InspectionProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /** Starts the inspection of a drawn employer; returns the process instance id. */
    String start(String caseNo, String district, String employerCreditCode, List<String> inspectors) {
        Map<String, Object> v = new HashMap<>();
        v.put(DISTRICT, district);
        v.put(EMPLOYER, employerCreditCode);
        v.put(INSPECTORS, new java.util.ArrayList<>(inspectors));
        v.put(LEAD, inspectors.get(0));
        // declared at the top so that the tasks (and the called order to correct) set them on the instance
        v.put(FINDING, null);
        v.put(CORRECTION_DEADLINE, null);
        v.put(VERIFICATION, null);
        return runtime.startProcessInstanceByKey(KEY, caseNo, v).getId();
    }


    /**
     * A recused inspector's place goes to the replacement: the pair and the lead on the instance, and every open task
     * of the case (the inspection's and its called order to correct) the recused one held.
     */
    void replace(String processInstanceId, String caseNo, List<String> pair, String lead, String recused,
                 String replacement) {
        if (processInstanceId == null
                || runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            return;
        }
        runtime.setVariable(processInstanceId, INSPECTORS, new java.util.ArrayList<>(pair));
        runtime.setVariable(processInstanceId, LEAD, lead);
        for (Task t : tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskAssignee(recused).list()) {
            tasks.setAssignee(t.getId(), replacement);
        }
    }
}
