package org.ffw.worktable;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps task_view in step with Camunda: called by a built-in listener on every task event of every user task, inside
 * the engine command, so the row changes in the same transaction as the task itself.
 */
@Component
class TaskProjection {

    private final TaskViewMapper views;
    private final Map<String, CaseTasks> procedures;

    TaskProjection(TaskViewMapper views, List<CaseTasks> procedures) {
        this.views = views;
        this.procedures = procedures.stream().collect(Collectors.toMap(CaseTasks::processKey, Function.identity()));
    }

    void on(DelegateTask task, String formRef) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> views.insert(row(task, formRef, summary(task)));
            // the summary was taken when the task was created; an update leaves it alone
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> views.update(row(task, formRef, null));
            case TaskListener.EVENTNAME_COMPLETE, TaskListener.EVENTNAME_DELETE -> views.delete(task.getId());
            default -> {
                // timeout listeners do not change the projection
            }
        }
    }

    private String summary(DelegateTask task) {
        CaseTasks procedure = procedures.get(processKey(task));
        String caseNo = task.getExecution().getProcessBusinessKey();
        String summary = procedure == null || caseNo == null ? caseNo : procedure.summary(caseNo);
        return summary == null || summary.length() <= 255 ? summary : summary.substring(0, 252) + "...";
    }

    private static TaskInfo row(DelegateTask task, String formRef, String summary) {
        Instant created = task.getCreateTime().toInstant();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        Object district = task.getVariable(TaskRouting.DISTRICT);
        return new TaskInfo(task.getId(), task.getProcessInstanceId(), processKey(task),
                task.getTaskDefinitionKey(), task.getName(), task.getExecution().getProcessBusinessKey(),
                district == null ? null : district.toString(), TaskRouting.candidateGroup(task), task.getAssignee(),
                created, due, Sla.atRiskAt(created, due), summary, formRef, null, null);
    }

    private static String processKey(DelegateTask task) {
        String definitionId = task.getProcessDefinitionId();
        return definitionId == null ? "" : definitionId.substring(0, definitionId.indexOf(':'));
    }
}
