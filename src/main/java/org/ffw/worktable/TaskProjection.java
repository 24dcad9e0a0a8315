package org.ffw.worktable;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.Recipients;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.rules.WorkCalendar;
import org.ffw.rules.WorkCalendarService;
import org.ffw.platform.Shanghai;
import org.springframework.stereotype.Component;

/**
 * Keeps task_view in step with Camunda: called by a built-in listener on every task event of every user task, inside
 * the engine command, so the row changes in the same transaction as the task itself. The summary comes from the case
 * registry; a completion of a procedure's task that does not come through the worktable is refused here
 * ({@link WorktableDoor}).
 */
@Component
class TaskProjection {

    /** {@code ${workingDays.due(5)}} or the business-calendar form {@code 5WD}: a due date we can count again. */
    private static final Pattern WORKING_DAY_RULE = Pattern.compile(
            "^\\s*(?:\\$\\{\\s*workingDays\\.due\\(\\s*(\\d{1,4})\\s*\\)\\s*}|(\\d{1,4})\\s*WD)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private final TaskViewMapper views;
    private final CaseRegistry registry;
    private final WorkCalendarService calendars;
    private final Recipients recipients;

    TaskProjection(TaskViewMapper views, CaseRegistry registry, WorkCalendarService calendars,
                   Recipients recipients) {
        this.views = views;
        this.registry = registry;
        this.calendars = calendars;
        this.recipients = recipients;
    }

    void on(DelegateTask task, String formRef, Integer dueWorkingDays) {
        switch (task.getEventName()) {
            case TaskListener.EVENTNAME_CREATE -> {
                assignTheSoleEmployerAccount(task);
                views.insert(row(task, formRef, summary(task), dueWorkingDays));
            }
            // the summary was taken when the task was created; an update leaves it alone
            case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE ->
                    views.update(row(task, formRef, null, dueWorkingDays));
            case TaskListener.EVENTNAME_COMPLETE -> {
                WorktableDoor.check(processKey(task), task.getId());
                views.delete(task.getId());
            }
            case TaskListener.EVENTNAME_DELETE -> views.delete(task.getId());
            default -> {
                // timeout listeners do not change the projection
            }
        }
    }

    /**
     * An employer with a single account need not claim its own task: it is assigned to that account. With several
     * accounts the task waits in the employer's group for one of them to take it.
     */
    private void assignTheSoleEmployerAccount(DelegateTask task) {
        String group = TaskRouting.candidateGroup(task);
        if (task.getAssignee() == null && group != null && group.startsWith(Groups.EMPLOYER + "-")) {
            java.util.List<String> accounts = recipients.employerAccounts(group.substring(Groups.EMPLOYER.length() + 1));
            if (accounts.size() == 1) {
                task.setAssignee(accounts.get(0));
            }
        }
    }

    /** The case's one line from the registry (safe for every reader); the case number where there is none. */
    private String summary(DelegateTask task) {
        String caseNo = task.getExecution().getProcessBusinessKey();
        String summary = caseNo == null ? null : registry.summary(caseNo);
        return summary == null ? caseNo : summary;
    }

    /** n of a due date written {@code ${workingDays.due(n)}} or {@code nWD}; null for any other (or no) due date. */
    static Integer workingDaysOf(String dueDate) {
        Matcher m = dueDate == null ? null : WORKING_DAY_RULE.matcher(dueDate);
        if (m == null || !m.matches()) {
            return null;
        }
        return Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private TaskInfo row(DelegateTask task, String formRef, String summary, Integer dueWorkingDays) {
        Instant created = task.getCreateTime().toInstant();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        Object district = task.getVariable(TaskRouting.DISTRICT);
        return new TaskInfo(task.getId(), task.getProcessInstanceId(), processKey(task),
                task.getTaskDefinitionKey(), task.getName(), task.getExecution().getProcessBusinessKey(),
                district == null ? null : district.toString(), TaskRouting.candidateGroup(task), task.getAssignee(),
                created, due, atRiskAt(created, due), summary, formRef, null, null, provisional(created, due),
                dueWorkingDays);
    }

    private boolean provisional(Instant created, Instant due) {
        return provisional(calendars, created, due);
    }

    /** Whether a year between creation and due date is counted provisionally (or not at all) yet. */
    static boolean provisional(WorkCalendarService calendars, Instant created, Instant due) {
        if (due == null) {
            return false;
        }
        int last = due.atZone(Shanghai.ZONE).getYear();
        for (int y = created.atZone(Shanghai.ZONE).getYear(); y <= last; y++) {
            if (!calendars.isLoaded(y)) {
                return true;
            }
        }
        return false;
    }

    /** 75 % of the working time allowed; beyond the years the calendar knows, of the calendar time. */
    private Instant atRiskAt(Instant created, Instant due) {
        WorkCalendar calendar = calendars.calendar();
        try {
            return Sla.atRiskAt(created, due, calendar::isWorkingDay);
        } catch (CalendarYearNotLoadedException beyondTheCalendar) {
            return Sla.atRiskAt(created, due, day -> true);
        }
    }

    /**
     * The key of the task's process as the worktable knows it: a procedure's own process is itself; a task of a
     * process no procedure owns — a called process shared by several (leave-correction) — is the task of the case's
     * procedure (by the case-number prefix of the business key), with its handler, case page, labels, deadlines and
     * door; otherwise the key of the task's own definition.
     */
    static String processKey(DelegateTask task) {
        String definition = definitionKey(task);
        if (Procedure.ofProcessKey(definition).isPresent()) {
            return definition;
        }
        return Procedure.ofCaseNo(task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey())
                .map(Procedure::processKey).orElse(definition);
    }

    /**
     * The key of the task's definition. Not cut from the definition id: the engine uses a bare UUID as the id when
     * "key:version:uuid" would be longer than 64 characters (friendly-post-certification is).
     */
    private static String definitionKey(DelegateTask task) {
        if (task.getExecution() instanceof org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity e
                && e.getProcessDefinition() != null) {
            return e.getProcessDefinition().getKey();
        }
        return "";
    }
}
