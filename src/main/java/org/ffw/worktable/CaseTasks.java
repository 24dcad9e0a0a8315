package org.ffw.worktable;

import java.util.Map;

import org.ffw.platform.security.FfwUser;

/**
 * How a procedure plugs its user tasks into the worktable: one bean per BPMN process, with one typed handler per
 * task key ({@link TaskHandlers}). The worktable checks the submitted values against the task's form, binds them to
 * the handler's record, hands it the case row (read and locked once), records the completion on the timeline and
 * completes the task with the routing variables the handler returns. A process without such a bean gets its form
 * values as process variables.
 *
 * @param <C> the procedure's case row
 */
public interface CaseTasks<C> {

    /** The BPMN process definition key this bean speaks for, e.g. "leave-complaint". */
    String processKey();

    /** The case, or null when there is none with this number. */
    C find(String caseNo);

    /** The case, locked until the transaction ends (a completion reads it once, through this). */
    C lock(String caseNo);

    /**
     * The case as the viewer of one of its tasks may see it (staff, employer and applicant see different things);
     * 403 ({@code ForbiddenException}) for anyone else. Put into the task page's model under these keys.
     */
    Map<String, Object> caseDetails(C kase, FfwUser viewer);

    /** Registers one handler per user task of the process. */
    void register(TaskHandlers<C> handlers);
}
