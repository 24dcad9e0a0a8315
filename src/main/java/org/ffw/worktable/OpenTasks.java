package org.ffw.worktable;

import java.util.Collection;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The open tasks of a case, for the procedures: what a case page shows it is waiting for, and new due dates. */
@Service
public class OpenTasks {

    private final TaskViewMapper views;
    private final TaskService tasks;

    OpenTasks(TaskViewMapper views, TaskService tasks) {
        this.views = views;
        this.tasks = tasks;
    }

    public List<TaskInfo> of(String caseNo) {
        return views.forCase(caseNo);
    }

    /** Gives the case's open tasks with these keys a new due date (the projection follows in the same transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reschedule(String caseNo, Collection<String> taskKeys, Date due) {
        for (TaskInfo t : views.forCase(caseNo)) {
            if (taskKeys.contains(t.taskKey())) {
                tasks.setDueDate(t.taskId(), due);
            }
        }
    }
}
