package org.ffw.worktable;

import static org.ffw.worktable.TaskAccess.isLead;
import static org.ffw.worktable.TaskAccess.mayWork;
import static org.ffw.worktable.TaskAccess.oversees;
import static org.ffw.worktable.TaskAccess.supervises;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.worktable.TaskViewMapper.QueueCount;
import org.ffw.worktable.TaskViewMapper.QueueQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Everyone's work: the queue, a task with its case, form and timeline, claim/unclaim/assign, completion against the
 * task's form. The only place that claims, assigns or completes user tasks.
 */
@Service
public class WorktableService {

    private static final int MAX_PAGE = 200;

    private final TaskViewMapper views;
    private final TaskService tasks;
    private final FormService forms;
    private final Timeline timeline;
    private final UserService users;
    private final Procedures procedures;
    private final FeelEngine feel;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final org.camunda.bpm.engine.HistoryService history;
    private final TaskTimeline taskTimeline;

    WorktableService(TaskViewMapper views, TaskService tasks, FormService forms,
                     Timeline timeline, UserService users, Procedures procedures, FeelEngine feel,
                     ObjectMapper json, TransactionTemplate tx, org.camunda.bpm.engine.HistoryService history,
                     TaskTimeline taskTimeline) {
        this.views = views;
        this.tasks = tasks;
        this.forms = forms;
        this.timeline = timeline;
        this.users = users;
        this.procedures = procedures;
        this.feel = feel;
        this.json = json;
        this.tx = tx;
        this.history = history;
        this.taskTimeline = taskTimeline;
    }

    // ---------------------------------------------------------------------------------------------------- queue

    public enum View { mine, group, escalated, district }

    public enum Sort {
        due("due", false), due_desc("due", true), created("created", false), created_desc("created", true);

        final String column;
        final boolean descending;

        Sort(String column, boolean descending) {
            this.column = column;
            this.descending = descending;
        }
    }

    public record QueueRequest(View view, String process, String caseNo, Sla sla, LocalDate dueBefore, Sort sort,
                               int page, int size) {
    }

    /**
     * {@code group}: the candidate group (null for a task of one person); {@code dueProvisional}: the due date was
     * counted on a year whose holidays are not published yet.
     */
    public record QueueItem(String id, String name, String taskKey, String process, String caseNo, String district,
                            String assignee, String group, Instant created, Instant due, boolean dueProvisional,
                            Sla sla, String summary) {
    }

    public record QueuePage(List<QueueItem> items, long total, int page, int size, Map<String, Long> views,
                            Map<Sla, Long> sla) {
    }

    public QueuePage queue(FfwUser me, QueueRequest r) {
        if (r.size() < 1 || r.size() > MAX_PAGE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE);
        }
        if (r.page() < 0) {
            throw new InvalidInputException("page", "must not be negative");
        }
        boolean supervisorView = r.view() == View.escalated || r.view() == View.district;
        if (supervisorView && !isLead(me)) {
            throw new ForbiddenException("Only a district supervisor has the " + r.view() + " view.");
        }
        Instant now = now();
        Set<String> groups = Groups.of(me);
        Sort sort = r.sort() == null ? Sort.due : r.sort();
        Instant dueBefore = r.dueBefore() == null ? null : r.dueBefore().atStartOfDay(Shanghai.ZONE).toInstant();
        QueueQuery q = new QueueQuery(me.getUsername(), groups, r.view() == null ? null : r.view().name(),
                me.district(), blankToNull(r.process()), blankToNull(r.caseNo()),
                r.sla() == null ? null : r.sla().name(), dueBefore, now, sort.column, sort.descending, r.size(),
                r.page() * r.size());
        List<QueueItem> items = views.queue(q).stream().map(t -> item(t, now)).toList();

        Map<String, Long> byView = new LinkedHashMap<>();
        byView.put("mine", 0L);
        byView.put("group", 0L);
        Map<Sla, Long> bySla = new LinkedHashMap<>();
        for (Sla s : Sla.values()) {
            bySla.put(s, 0L);
        }
        QueueQuery all = new QueueQuery(me.getUsername(), groups, null, me.district(), null, null, null, null, now,
                "due", false, 0, 0);
        long counted = 0;
        for (QueueCount c : views.counts(all)) {
            byView.merge(c.view(), c.n(), Long::sum);
            bySla.merge(Sla.valueOf(c.sla()), c.n(), Long::sum);
            if ((q.view() == null || q.view().equals(c.view())) && (q.sla() == null || q.sla().equals(c.sla()))) {
                counted += c.n();
            }
        }
        long total = q.countedByView() ? counted : views.count(q);
        if (isLead(me)) {
            byView.put("escalated", views.count(new QueueQuery(me.getUsername(), groups, "escalated", me.district(),
                    null, null, null, null, now, "due", false, 0, 0)));
            byView.put("district", views.count(new QueueQuery(me.getUsername(), groups, "district", me.district(),
                    null, null, null, null, now, "due", false, 0, 0)));
        }
        return new QueuePage(items, total, r.page(), r.size(), byView, bySla);
    }

    private static QueueItem item(TaskInfo t, Instant now) {
        return new QueueItem(t.taskId(), t.name(), t.taskKey(), t.processKey(), t.caseNo(), t.district(),
                t.assignee(), t.candidateGroup(), t.createdAt(), t.dueAt(), t.dueProvisional(), t.sla(now),
                t.summary());
    }

    // ----------------------------------------------------------------------------------------------- one task

    public record TaskDetails(QueueItem task, String candidateGroup, Map<String, Object> caseDetails,
                              List<TimelineEntry> timeline, Form form, boolean mayComplete) {
    }

    public record Form(String id, JsonNode schema, Map<String, Object> values) {
    }

    public TaskDetails get(FfwUser me, String taskId) {
        TaskInfo t = readable(me, taskId);
        Optional<Procedures.Bound<?>> procedure = t.caseNo() == null ? Optional.empty() : procedures.of(t.processKey());
        Map<String, Object> details = procedure.map(p -> p.details(t.caseNo(), me)).orElse(Map.of());
        List<TimelineEntry> entries = t.caseNo() == null ? List.of() : timeline.of(t.caseNo(), visibilityFor(me));
        if (!isStaff(me)) {
            // outside the bureau, who acted is shown by role, never by account name
            entries = entries.stream().map(TimelineEntry::withoutActorName).toList();
        }
        Form form = null;
        Optional<TaskForm> schema = form(t);
        if (schema.isPresent()) {
            Map<String, Object> current = procedure.isPresent()
                    ? procedure.get().open(t, false).currentValues() : taskVariables(t, schema.get());
            form = new Form(schema.get().id(), schema.get().schema(), current);
        }
        return new TaskDetails(item(t, now()), t.candidateGroup(), details, entries, form,
                me.getUsername().equals(t.assignee()));
    }

    /** Who reads the whole timeline: district staff and the administrators. */
    static boolean isStaff(FfwUser me) {
        return me.isStaff() || me.has(Role.ADMIN);
    }

    static Set<Visibility> visibilityFor(FfwUser me) {
        if (isStaff(me)) {
            return Visibility.forStaff();
        }
        if (me.has(Role.EMPLOYER)) {
            return Visibility.forEmployer();
        }
        return Visibility.forApplicant();
    }

    // --------------------------------------------------------------------------------------- claim and assign

    @Transactional
    public void claim(FfwUser me, String taskId) {
        TaskInfo t = workable(me, taskId);
        if (me.getUsername().equals(t.assignee())) {
            return;
        }
        if (t.assignee() != null) {
            throw new ConflictException("This task is already held by someone else.");
        }
        try {
            tasks.claim(taskId, me.getUsername());
        } catch (TaskAlreadyClaimedException e) {
            throw new ConflictException("This task was just claimed by someone else.");
        }
        taskTimeline.claimed(t);
    }

    @Transactional
    public void unclaim(FfwUser me, String taskId) {
        TaskInfo t = readable(me, taskId);
        boolean supervisor = supervises(me, t);
        if (!me.getUsername().equals(t.assignee()) && !supervisor) {
            throw t.assignee() == null ? new ConflictException("This task is not claimed.")
                    : new ConflictException("Only the person holding it or the district supervisor may release it.");
        }
        if (t.candidateGroup() == null) {
            throw new ConflictException("This task is assigned to one person and cannot be released.");
        }
        tasks.setAssignee(taskId, null);
        taskTimeline.released(t);
    }

    public record BulkResult(String id, boolean claimed, int status, String reason) {
    }

    /** Claims each task on its own: one failure does not undo the others. */
    public List<BulkResult> claimAll(FfwUser me, List<String> ids) {
        List<BulkResult> results = new ArrayList<>();
        for (String id : ids) {
            try {
                tx.executeWithoutResult(s -> claim(me, id));
                results.add(new BulkResult(id, true, 200, null));
            } catch (NotFoundException e) {
                results.add(new BulkResult(id, false, 404, e.getMessage()));
            } catch (ForbiddenException e) {
                results.add(new BulkResult(id, false, 403, e.getMessage()));
            } catch (ConflictException e) {
                results.add(new BulkResult(id, false, 409, e.getMessage()));
            } catch (OptimisticLockingException | org.springframework.dao.ConcurrencyFailureException e) {
                results.add(new BulkResult(id, false, 409, "Someone else claimed it at the same time."));
            }
        }
        return results;
    }

    /** A supervisor hands a task of the district to a colleague who may work it. */
    @Transactional
    public void assign(FfwUser me, String taskId, String userId) {
        TaskInfo t = find(taskId);
        if (!supervises(me, t)) {
            throw new ForbiddenException("Only the supervisor of the task's district may assign it.");
        }
        Role role = Groups.staffRole(t.candidateGroup());
        if (role == null) {
            throw new ConflictException("Only staff tasks can be assigned; this one belongs to an employer or a person.");
        }
        FfwUser target = users.find(userId == null ? "" : userId)
                .orElseThrow(() -> new InvalidInputException("userId", "is not a user"));
        if (!target.isEnabled() || !target.has(role) || !t.district().equals(target.district())
                || !Groups.of(target).contains(t.candidateGroup())) {
            throw new InvalidInputException("userId", "may not work this task (needs role " + role
                    + " in district " + t.district() + ")");
        }
        tasks.setAssignee(taskId, target.getUsername());
        taskTimeline.assigned(t, target, role);
    }

    // ------------------------------------------------------------------------------------------------ complete

    /**
     * Completes the caller's task with form values: validated against the task's form (400 listing every bad field,
     * nothing changes), handed to the procedure's handler with the case read once, recorded on the timeline, then
     * the process moves on. The only door through which a procedure's task is completed ({@link WorktableDoor}).
     */
    @Transactional
    public void complete(FfwUser me, String taskId, Map<String, Object> values) {
        // a double submission waits here for the first one, then finds the task gone (409)
        views.lock(taskId);
        TaskInfo t = workable(me, taskId);
        if (t.assignee() == null) {
            throw new ConflictException("Claim this task before completing it.");
        }
        if (!me.getUsername().equals(t.assignee())) {
            throw new ConflictException("This task is held by someone else.");
        }
        Map<String, Object> accepted = values == null ? Map.of() : values;
        Optional<Procedures.Open> procedure = t.caseNo() == null ? Optional.empty()
                : procedures.of(t.processKey()).map(p -> p.open(t, true));
        Optional<TaskForm> form = form(t);
        if (form.isPresent()) {
            Map<String, Object> current = procedure.isPresent() ? procedure.get().currentValues()
                    : taskVariables(t, form.get());
            TaskForm.Result result = form.get().validate(accepted, current, feel,
                    LocalDate.ofInstant(now(), Shanghai.ZONE));
            if (!result.ok()) {
                throw new InvalidInputException(result.errors());
            }
            accepted = result.values();
        } else if (!accepted.isEmpty()) {
            throw new InvalidInputException("values", "this task has no form and takes no values");
        }
        Map<String, Object> checked = accepted;
        Map<String, Object> variables = procedure.map(p -> p.complete(checked)).orElse(checked);
        taskTimeline.completed(t, form, accepted);
        try {
            WorktableDoor.through(taskId, () -> tasks.complete(taskId, variables));
        } catch (NullValueException gone) {
            throw new ConflictException("This task was completed or withdrawn meanwhile.");
        }
    }

    // -------------------------------------------------------------------------------------------------- access

    private TaskInfo find(String taskId) {
        TaskInfo t = views.find(taskId);
        if (t == null) {
            if (history.createHistoricTaskInstanceQuery().taskId(taskId).finished().count() > 0) {
                throw new ConflictException("This task has already been completed or withdrawn.");
            }
            throw new NotFoundException("No open task with this id.");
        }
        return t;
    }

    private TaskInfo workable(FfwUser me, String taskId) {
        TaskInfo t = find(taskId);
        if (!mayWork(me, t)) {
            throw new ForbiddenException("This task is not yours to work.");
        }
        return t;
    }

    /** The task, if the caller works it or supervises it; 403 otherwise, 404 (409 once done) when it is not open. */
    TaskInfo readable(FfwUser me, String taskId) {
        TaskInfo t = find(taskId);
        if (!mayWork(me, t) && !oversees(me, t)) {
            throw new ForbiddenException("This task is not yours to see.");
        }
        return t;
    }

    private Optional<TaskForm> form(TaskInfo t) {
        if (t.formRef() == null || t.formRef().isBlank()) {
            return Optional.empty();
        }
        try (InputStream in = forms.getDeployedTaskForm(t.taskId())) {
            return Optional.of(TaskForm.parse(json.readTree(in)));
        } catch (IOException e) {
            throw new IllegalStateException("form " + t.formRef() + " cannot be read", e);
        }
    }

    /** The current values of a task without a procedure: its variables named like the form's fields. */
    private Map<String, Object> taskVariables(TaskInfo t, TaskForm form) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TaskForm.Field f : form.fields()) {
            Object v = tasks.getVariable(t.taskId(), f.key());
            if (v != null) {
                values.put(f.key(), v);
            }
        }
        return values;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
