package org.ffw.worktable;

import org.camunda.bpm.engine.ProcessEngineException;
import org.ffw.platform.cases.Procedure;

/**
 * The worktable is the only door through which a task of an FFW procedure is completed: there the form is checked,
 * the procedure's handler stores the case and the timeline records it. {@link WorktableService#complete} opens the
 * door for the one task it completes, on its own thread; the projection's complete listener refuses any other
 * completion of a procedure's task (Camunda Tasklist, the engine REST API, a stray {@code TaskService.complete}).
 */
final class WorktableDoor {

    static final String REFUSAL = "此任务须在 FFW 工作台办理（/tasks），以便校验表单并记录案件；Camunda Tasklist 只能查看。"
            + " Tasks of FFW procedures are completed in the FFW worktable (/tasks/{id}), where the form is checked"
            + " and the case is updated; Camunda Tasklist is for looking only.";

    private static final ThreadLocal<String> COMPLETING = new ThreadLocal<>();

    private WorktableDoor() {
    }

    /** Runs the completion of one task through the door. */
    static void through(String taskId, Runnable completion) {
        String outer = COMPLETING.get();
        COMPLETING.set(taskId);
        try {
            completion.run();
        } finally {
            if (outer == null) {
                COMPLETING.remove();
            } else {
                COMPLETING.set(outer);
            }
        }
    }

    /** Whether a task of this process may be completed by whoever is completing it now. */
    static boolean admits(String processKey, String taskId) {
        return Procedure.ofProcessKey(processKey).isEmpty() || taskId.equals(COMPLETING.get());
    }

    static void check(String processKey, String taskId) {
        if (!admits(processKey, taskId)) {
            throw new ProcessEngineException(REFUSAL);
        }
    }
}
