package org.ffw.worktable;

import java.util.Map;

import org.ffw.platform.security.FfwUser;

/**
 * What a procedure tells the worktable about its cases. Each procedure (complaint, subsidy, certification) provides
 * one bean for its process definition key. Without one, the worktable shows the business key and passes completed
 * form values to the process as variables.
 */
public interface CaseTasks {

    /** The BPMN process definition key this bean speaks for, e.g. "leave-complaint". */
    String processKey();

    /**
     * One line shown in every queue, e.g. "上海示例科技有限公司 · 生育假". It is stored with the task and shown to
     * everyone who may see the task, the employer included: never the complainant's identity.
     */
    String summary(String caseNo);

    /** The case as the viewer of a task may see it (may differ for staff, employer, complainant). */
    Map<String, Object> caseDetails(String caseNo, FfwUser viewer);

    /** Values to prefill the task's form with. */
    default Map<String, Object> currentValues(TaskInfo task) {
        return Map.of();
    }

    /**
     * The task is being completed with these (already form-validated) values. Store the case data, write the
     * timeline, check the domain rules (throw InvalidInputException for a 400) and return the process variables
     * the process needs for routing. Runs in the transaction that completes the task.
     */
    Map<String, Object> complete(TaskInfo task, Map<String, Object> values, FfwUser actor);
}
