package org.ffw.worktable;

import java.time.Instant;

/**
 * An open task as the worktable projects it (one row of task_view).
 *
 * @param dueProvisional the due date was counted on a year whose holiday schedule is not loaded yet
 * @param dueWorkingDays n of the task's {@code ${workingDays.due(n)}} due date, to count it again; null otherwise
 */
public record TaskInfo(
        String taskId,
        String processInstanceId,
        String processKey,
        String taskKey,
        String name,
        String caseNo,
        String district,
        String candidateGroup,
        String assignee,
        Instant createdAt,
        Instant dueAt,
        Instant atRiskAt,
        String summary,
        String formRef,
        Instant atRiskNotifiedAt,
        Instant overdueNotifiedAt,
        boolean dueProvisional,
        Integer dueWorkingDays) {

    /** ON_TRACK, AT_RISK from 75 % of the allowed time, OVERDUE after the due date. */
    public Sla sla(Instant now) {
        return Sla.of(dueAt, atRiskAt, now);
    }
}
