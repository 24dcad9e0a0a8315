package org.ffw.worktable;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.ffw.platform.Shanghai;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.outbox.Notices;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.rules.WorkCalendarService;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;

/**
 * The due dates of open tasks once a year's schedule is loaded: a task due {@code ${workingDays.due(n)}} and counted on
 * a provisional year is counted again from its creation day, and a timer of the same process instance that was due at
 * the same moment (the boundary timer of a "no answer in n working days" step) moves with it. The change is recorded
 * on the case's timeline and whoever works the task is told. Tasks whose due date comes from a case deadline are moved
 * by their procedure ({@link CaseDeadlines.Moved}); what is left only loses its provisional mark.
 */
@Component
class TaskDeadlines {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(Shanghai.ZONE);

    private final TaskViewMapper views;
    private final TaskService tasks;
    private final ManagementService management;
    private final WorkingDays workingDays;
    private final WorkCalendarService calendars;
    private final Timeline timeline;
    private final Notices notices;
    private final TaskRecipients recipients;

    TaskDeadlines(TaskViewMapper views, TaskService tasks, ManagementService management, WorkingDays workingDays,
                  WorkCalendarService calendars, Timeline timeline, Notices notices, TaskRecipients recipients) {
        this.views = views;
        this.tasks = tasks;
        this.management = management;
        this.workingDays = workingDays;
        this.calendars = calendars;
        this.timeline = timeline;
        this.notices = notices;
        this.recipients = recipients;
    }

    void recount(int year) {
        for (TaskInfo t : views.withProvisionalDue()) {
            if (t.dueWorkingDays() != null && moved(t, year)) {
                continue;
            }
            views.setDueProvisional(t.taskId(), TaskProjection.provisional(calendars, t.createdAt(), t.dueAt()));
        }
    }

    /** Counts the task's due date again; true when it changed (the projection follows the new date). */
    private boolean moved(TaskInfo t, int year) {
        LocalDate created = t.createdAt().atZone(Shanghai.ZONE).toLocalDate();
        Date due;
        try {
            due = workingDays.endOf(workingDays.after(created, t.dueWorkingDays()));
        } catch (CalendarYearNotLoadedException stillBeyond) {
            return false;
        }
        Instant old = t.dueAt();
        if (old != null && old.truncatedTo(ChronoUnit.SECONDS).equals(due.toInstant())) {
            return false;
        }
        tasks.setDueDate(t.taskId(), due);
        for (Job timer : management.createJobQuery().processInstanceId(t.processInstanceId()).timers().list()) {
            if (old != null && timer.getDuedate() != null
                    && timer.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS).equals(old.truncatedTo(ChronoUnit.SECONDS))) {
                management.setJobDuedate(timer.getId(), due);
            }
        }
        String change = "任务「" + t.name() + "」的期限由 " + (old == null ? "—" : DAY.format(old)) + " 调整为 "
                + DAY.format(due.toInstant()) + "（" + year + " 年节假日安排已载入）";
        Notice notice = Notice.of("TASK_DUE_MOVED", "notice.task.dueMoved", Escalation.name(t),
                old == null ? Notice.text("notice.task.noDate") : Notice.date(old), Notice.date(due.toInstant()),
                String.valueOf(year), Escalation.about(t));
        if (t.caseNo() != null) {
            timeline.recordAs(t.caseNo(), "system", null, "TASK_DUE_MOVED", null, null, visibility(t),
                    Note.of("timeline.note.taskDueMoved", t.name(),
                            old == null ? "—" : LocalDate.ofInstant(old, Shanghai.ZONE),
                            LocalDate.ofInstant(due.toInstant(), Shanghai.ZONE),
                            Note.of("timeline.note.scheduleLoaded", year)));
        }
        for (String r : recipients.workers(t)) {
            notices.queue(r, t.caseNo(), notice);
        }
        return true;
    }

    /** Staff tasks are the staff's business; the employer's and the applicant's own tasks are theirs too. */
    private static Visibility visibility(TaskInfo t) {
        if (t.candidateGroup() == null) {
            return Visibility.PARTY;
        }
        return Groups.staffRole(t.candidateGroup()) != null ? Visibility.STAFF : Visibility.PUBLIC;
    }
}
