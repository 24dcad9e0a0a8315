package org.ffw.worktable;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.ffw.platform.security.Role;

/**
 * Routing of every user task, in one place. The diagram names who works the task by role —
 * {@code camunda:candidateGroups="inspector"} (or supervisor, union, officer, employer, complainant) — and when the
 * process is deployed the role is replaced by an expression that computes the real group from the case's routing
 * variables when the task is created:
 * <ul>
 * <li>inspector, supervisor, union, officer → {@code <role>-<district>} from the variable {@code district};</li>
 * <li>employer → {@code employer-<creditCode>} from {@code employerCreditCode};</li>
 * <li>complainant → no group; the task is assigned to the user in {@code complainant} — or, when the case has no
 * such account (a complaint district staff took down for a person without one), to the group
 * {@code inspector-<district>}, who take the person's answer down.</li>
 * </ul>
 * Anything else (an expression, an already qualified group) is left alone. One candidate group per task.
 */
final class TaskRouting {

    static final String DISTRICT = "district";
    static final String EMPLOYER_CREDIT_CODE = "employerCreditCode";
    static final String COMPLAINANT = "complainant";

    private TaskRouting() {
    }

    /** Rewrites a user task's definition at deployment. */
    static void rewrite(String taskKey, TaskDefinition definition) {
        List<Expression> groups = new ArrayList<>(definition.getCandidateGroupIdExpressions());
        if (groups.size() > 1) {
            throw new ProcessEngineException("User task '" + taskKey + "' names more than one candidate group; "
                    + "FFW routes each task to exactly one group (a role: inspector, supervisor, union, officer, "
                    + "employer or complainant)");
        }
        if (groups.isEmpty() || !groups.get(0).isLiteralText()) {
            return;
        }
        String role = groups.get(0).getExpressionText().strip();
        if (Groups.STAFF.containsKey(role)) {
            replace(definition, groups.get(0), new Routed(role, DISTRICT, taskKey));
        } else if (Groups.EMPLOYER.equals(role)) {
            replace(definition, groups.get(0), new Routed(role, EMPLOYER_CREDIT_CODE, taskKey));
        } else if (Groups.COMPLAINANT.equals(role)) {
            definition.getCandidateGroupIdExpressions().remove(groups.get(0));
            definition.setAssigneeExpression(new Complainant(false));
            definition.addCandidateGroupIdExpression(new Complainant(true));
        }
    }

    private static void replace(TaskDefinition definition, Expression role, Expression routed) {
        definition.getCandidateGroupIdExpressions().remove(role);
        definition.addCandidateGroupIdExpression(routed);
    }

    /** role + "-" + the routing variable: the candidate group. */
    private record Routed(String role, String variable, String taskKey) implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            Object value = scope.getVariable(variable);
            if (value == null || value.toString().isBlank()) {
                throw new ProcessEngineException("Cannot route user task '" + taskKey
                        + "': the process has no variable '" + variable + "'");
            }
            return role + "-" + value;
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("a routing expression is read-only");
        }

        @Override
        public String getExpressionText() {
            return role + "-${" + variable + "}";
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }

    /**
     * The complainant's task: assigned to the account in {@code complainant}; without one, no assignee and the
     * candidate group of the district's inspectors. {@code group} says which of the two this expression gives.
     */
    private record Complainant(boolean group) implements Expression {

        @Override
        public Object getValue(VariableScope scope) {
            Object user = scope.getVariable(COMPLAINANT);
            boolean none = user == null || user.toString().isBlank();
            if (!group) {
                return none ? null : user.toString();
            }
            Object district = scope.getVariable(DISTRICT);
            if (none && (district == null || district.toString().isBlank())) {
                throw new ProcessEngineException("Cannot route a complainant's task: the process has neither '"
                        + COMPLAINANT + "' nor '" + DISTRICT + "'");
            }
            return none ? List.of(Groups.staff(Role.INSPECTOR.staffGroup(), district.toString())) : List.of();
        }

        @Override
        public void setValue(Object value, VariableScope scope) {
            throw new UnsupportedOperationException("a routing expression is read-only");
        }

        @Override
        public String getExpressionText() {
            return group ? "inspector-${district} unless ${complainant}" : "${complainant}";
        }

        @Override
        public boolean isLiteralText() {
            return false;
        }
    }

    /** The one candidate group of a task, or null. */
    static String candidateGroup(DelegateTask task) {
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return null;
    }
}
