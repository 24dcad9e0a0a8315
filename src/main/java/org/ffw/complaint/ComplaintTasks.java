package org.ffw.complaint;

import java.util.Map;

import org.ffw.platform.security.FfwUser;
import org.ffw.worktable.CaseTasks;
import org.ffw.worktable.TaskInfo;
import org.springframework.stereotype.Component;

/** What the worktable needs to know about complaint cases. */
@Component
class ComplaintTasks implements CaseTasks {

    private final ComplaintService complaints;

    ComplaintTasks(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public String processKey() {
        return ComplaintService.PROCESS;
    }

    @Override
    public String summary(String caseNo) {
        return complaints.summary(caseNo);
    }

    @Override
    public Map<String, Object> caseDetails(String caseNo, FfwUser viewer) {
        return complaints.detailsFor(caseNo, viewer);
    }

    @Override
    public Map<String, Object> currentValues(TaskInfo task) {
        return complaints.valuesFor(task);
    }

    @Override
    public Map<String, Object> complete(TaskInfo task, Map<String, Object> values, FfwUser actor) {
        return complaints.completed(task, values, actor);
    }
}
