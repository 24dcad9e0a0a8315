package org.ffw.worktable;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Routing of every user task, in one place. The diagram names who works the task by role —
 * {@code camunda:candidateGroups="inspector"} (or supervisor, union, officer, employer, complainant) — and on
 * creation this turns the role into the real group from the case's routing variables:
 * <ul>
 * <li>inspector, supervisor, union, officer → {@code <role>-<district>} from the variable {@code district};</li>
 * <li>employer → {@code employer-<creditCode>} from {@code employerCreditCode};</li>
 * <li>complainant → no group, assigned to the user in {@code complainant}.</li>
 * </ul>
 * Groups already qualified (containing a dash) are left alone. Exactly one group per task.
 */
final class TaskRouting {

    static final String DISTRICT = "district";
    static final String EMPLOYER_CREDIT_CODE = "employerCreditCode";
    static final String COMPLAINANT = "complainant";

    private TaskRouting() {
    }

    static void route(DelegateTask task) {
        List<String> declared = new ArrayList<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                declared.add(link.getGroupId());
            }
        }
        if (declared.size() > 1) {
            throw new ProcessEngineException("User task '" + task.getTaskDefinitionKey()
                    + "' names more than one candidate group " + declared + "; FFW routes each task to one group");
        }
        if (declared.isEmpty()) {
            return;
        }
        String role = declared.get(0);
        String routed;
        if (Groups.STAFF.containsKey(role)) {
            routed = Groups.staff(role, required(task, DISTRICT));
        } else if (Groups.EMPLOYER.equals(role)) {
            routed = Groups.employer(required(task, EMPLOYER_CREDIT_CODE));
        } else if (Groups.COMPLAINANT.equals(role)) {
            task.deleteCandidateGroup(role);
            task.setAssignee(required(task, COMPLAINANT));
            return;
        } else {
            return; // already a concrete group
        }
        task.deleteCandidateGroup(role);
        task.addCandidateGroup(routed);
    }

    private static String required(DelegateTask task, String variable) {
        Object value = task.getVariable(variable);
        if (value == null || value.toString().isBlank()) {
            throw new ProcessEngineException("Cannot route user task '" + task.getTaskDefinitionKey()
                    + "': the process has no variable '" + variable + "'");
        }
        return value.toString();
    }

    /** The one candidate group of a task after routing, or null. */
    static String candidateGroup(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return null;
    }
}
