package org.ffw.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.DistrictWork;
import org.ffw.worktable.DistrictWork.Load;
import org.ffw.worktable.Sla;
import org.ffw.worktable.TaskInfo;
import org.ffw.worktable.WorktableService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's desk (督办): the district's escalations with the working days left or over, the complaint extension
 * approvals waiting, the workload per person, and the reassignment of one task or several at once. Both doors (the
 * page /supervisor, the API /api/v1/supervisor) ask it. A supervisor sees the own district; an administrator any.
 */
@Service
class SupervisorDesk {

    /** The complaint's approval of an extension of the investigation period (complaint.ComplaintExtensions). */
    static final String EXTENSION_APPROVAL = "approveExtension";
    static final int MAX_REASSIGN = 200;

    /** The roles whose members carry a workload in the district (the people the desk lists). */
    static final List<Role> WORKERS = List.of(Role.INSPECTOR, Role.SUBSIDY_OFFICER, Role.UNION_REVIEWER,
            Role.SUPERVISOR, Role.UNION_SUPERVISOR);

    private final DistrictWork work;
    private final WorktableService worktable;
    private final UserService users;
    private final WorkingDays workingDays;

    SupervisorDesk(DistrictWork work, WorktableService worktable, UserService users, WorkingDays workingDays) {
        this.work = work;
        this.worktable = worktable;
        this.users = users;
        this.workingDays = workingDays;
    }

    /**
     * One escalation: the task, its case's page, who holds it (null: unclaimed), where it stands, the working days
     * left until its due day (0 on the day itself) or, once overdue, the working days over (from the day after).
     */
    record Escalated(TaskInfo task, String casePage, String assignee, Sla sla, LocalDate dueOn, int workingDaysLeft,
                     int workingDaysOver, boolean reassignable) {
    }

    /** One person's workload: open, at risk, overdue, completed since Monday of this week (Shanghai). */
    record Workload(String username, String displayName, Role role, long open, long atRisk, long overdue,
                    long completedThisWeek) {
    }

    /** The district a caller looks at: a supervisor the own one; an administrator the one asked (required). */
    String district(FfwUser me, String asked) {
        if (me.has(Role.SUPERVISOR) && me.district() != null) {
            if (asked != null && !asked.isBlank() && !asked.equals(me.district())) {
                throw new ForbiddenException("A supervisor sees the own district only.");
            }
            return me.district();
        }
        if (me.has(Role.ADMIN)) {
            String d = asked == null || asked.isBlank() ? null : asked.strip();
            if (d == null) {
                return users.districts().get(0).code();
            }
            if (!users.isDistrict(d)) {
                throw new InvalidInputException("district", "is not a district");
            }
            return d;
        }
        throw new ForbiddenException("Only a district supervisor or an administrator has the supervisor's desk.");
    }

    List<Escalated> escalations(FfwUser me, String district) {
        Instant now = DistrictWork.now();
        LocalDate today = LocalDate.ofInstant(now, Shanghai.ZONE);
        List<Escalated> out = new ArrayList<>();
        for (TaskInfo t : work.escalations(district, now)) {
            Sla sla = t.sla(now);
            LocalDate due = LocalDate.ofInstant(t.dueAt(), Shanghai.ZONE);
            int left = sla == Sla.OVERDUE || due.isBefore(today) ? 0 : workingDays.between(today, due);
            int over = sla != Sla.OVERDUE || !due.isBefore(today) ? 0 : workingDays.between(due, today);
            out.add(new Escalated(t, casePage(t), t.assignee(), sla, due, left, over,
                    DistrictWork.mayAssign(me, t)));
        }
        return out;
    }

    /** The district's extension approvals waiting for the supervisor, oldest first. */
    List<Escalated> extensionApprovals(FfwUser me, String district) {
        Instant now = DistrictWork.now();
        return work.open(district, EXTENSION_APPROVAL).stream()
                .filter(t -> Procedure.ofProcessKey(t.processKey()).orElse(null) == Procedure.LEAVE_COMPLAINT)
                .map(t -> new Escalated(t, casePage(t), t.assignee(), t.sla(now),
                        t.dueAt() == null ? null : LocalDate.ofInstant(t.dueAt(), Shanghai.ZONE), 0, 0, false))
                .toList();
    }

    /** Every worker of the district (and other staff holding its tasks), with the unclaimed tasks last (null). */
    List<Workload> workload(String district) {
        Instant now = DistrictWork.now();
        Map<String, Load> open = work.openByAssignee(district, now);
        Set<String> people = new LinkedHashSet<>();
        for (Role r : WORKERS) {
            people.addAll(users.usernamesInDistrict(district, r));
        }
        // and staff holding its tasks who left the list (disabled, moved); an employer's or an applicant's own
        // tasks are theirs, not the staff's workload
        open.keySet().stream().filter(a -> a != null && !people.contains(a)).filter(a -> users.find(a)
                .filter(u -> WORKERS.stream().anyMatch(u::has)).isPresent()).forEach(people::add);
        Map<String, Long> done = work.completedSince(people, DistrictWork.startOfWeek(now));
        List<Workload> rows = new ArrayList<>();
        for (String u : people) {
            Optional<FfwUser> user = users.find(u);
            Load l = open.get(u);
            rows.add(new Workload(u, user.map(FfwUser::displayName).orElse(null),
                    user.map(FfwUser::primaryRole).orElse(null), l == null ? 0 : l.total(),
                    l == null ? 0 : l.of(Sla.AT_RISK), l == null ? 0 : l.of(Sla.OVERDUE), done.getOrDefault(u, 0L)));
        }
        rows.sort(Comparator.comparing((Workload w) -> w.role() == null ? 99 : WORKERS.indexOf(w.role()))
                .thenComparing(Workload::username));
        Load unclaimed = open.get(null);
        if (unclaimed != null) {
            rows.add(new Workload(null, null, null, unclaimed.total(), unclaimed.of(Sla.AT_RISK),
                    unclaimed.of(Sla.OVERDUE), 0));
        }
        return rows;
    }

    /** Whom a supervisor may give the district's tasks to: enabled staff of the district under this lead. */
    List<FfwUser> assignees(FfwUser me) {
        if (!me.has(Role.SUPERVISOR) || me.district() == null) {
            return List.of();
        }
        Set<String> names = new TreeSet<>();
        for (Role r : List.of(Role.INSPECTOR, Role.SUBSIDY_OFFICER, Role.SUPERVISOR)) {
            names.addAll(users.usernamesInDistrict(me.district(), r));
        }
        return names.stream().map(users::find).flatMap(Optional::stream).toList();
    }

    /** What became of one task: who held it before (null: nobody), who holds it now, whether anything changed. */
    record Reassigned(String taskId, String caseNo, String from, String to, boolean changed) {
    }

    /**
     * Gives every task to the person, all or nothing: 400 for no tasks, too many, or a person who is unknown, of
     * another district or without the task's role; 404 for a task that is not open; 403 for a task the caller does
     * not supervise (another district's). Each change is on the case's timeline as the worktable writes an assignment.
     */
    @Transactional
    List<Reassigned> reassign(FfwUser me, List<String> taskIds, String assignee) {
        Set<String> ids = new LinkedHashSet<>();
        if (taskIds != null) {
            taskIds.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).forEach(ids::add);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (ids.isEmpty()) {
            problems.add(new FieldProblem("taskIds", "must not be empty"));
        } else if (ids.size() > MAX_REASSIGN) {
            problems.add(new FieldProblem("taskIds", "must have at most " + MAX_REASSIGN
                    + " tasks"));
        }
        FfwUser target = null;
        if (assignee == null || assignee.isBlank()) {
            problems.add(new FieldProblem("assignee", "must not be blank"));
        } else {
            target = users.find(assignee.strip()).filter(FfwUser::isEnabled).orElse(null);
            if (target == null) {
                problems.add(new FieldProblem("assignee", "is not a user"));
            } else if (me.district() == null || !me.district().equals(target.district())) {
                problems.add(new FieldProblem("assignee", "works in another district"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<TaskInfo> found = new ArrayList<>();
        for (String id : ids) {
            TaskInfo t = work.task(id).orElseThrow(() -> new NotFoundException("No open task " + id + "."));
            if (!DistrictWork.mayAssign(me, t)) {
                throw new ForbiddenException("Task " + id + " is not a task of your district you may assign.");
            }
            if (!DistrictWork.mayTake(target, t)) {
                throw new InvalidInputException("assignee", "does not hold the role the task needs");
            }
            found.add(t);
        }
        List<Reassigned> results = new ArrayList<>();
        for (TaskInfo t : found) {
            boolean changed = !target.getUsername().equals(t.assignee());
            if (changed) {
                worktable.assign(me, t.taskId(), target.getUsername());
            }
            results.add(new Reassigned(t.taskId(), t.caseNo(), t.assignee(), target.getUsername(), changed));
        }
        return results;
    }

    /** A person's display name; null for nobody. */
    String displayName(String username) {
        return username == null ? null : users.find(username).map(FfwUser::displayName).orElse(null);
    }

    /** The staff page of the task's case, else the task's own page (a process without a case registry). */
    static String casePage(TaskInfo t) {
        Optional<Procedure> p = Procedure.ofProcessKey(t.processKey());
        if (t.caseNo() != null && p.isPresent() && CaseFinder.PAGES.containsKey(p.get())) {
            return CaseFinder.PAGES.get(p.get()) + t.caseNo();
        }
        return "/tasks/" + t.taskId();
    }
}
