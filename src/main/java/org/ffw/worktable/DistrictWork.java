package org.ffw.worktable;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ffw.platform.Shanghai;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.springframework.stereotype.Service;

/**
 * A district's open work as its supervisor follows it: the escalations (at risk, overdue), the open tasks of one kind
 * (the extension approvals), and the workload per person — counted by the database (GROUP BY assignee over the task
 * projection, and over Camunda's task history for what was completed since Monday), never by loading every task.
 * Who may hand a task on is {@link WorktableService#assign}'s rule; {@link #mayAssign} asks it beforehand.
 */
@Service
public class DistrictWork {

    /** At most this many escalations are listed at once (the most urgent). */
    public static final int MAX_ESCALATIONS = 200;

    private final DistrictWorkMapper mapper;
    private final TaskViewMapper views;

    DistrictWork(DistrictWorkMapper mapper, TaskViewMapper views) {
        this.mapper = mapper;
        this.views = views;
    }

    /** An open task by its id. */
    public Optional<TaskInfo> task(String taskId) {
        return Optional.ofNullable(views.find(taskId));
    }

    /** The worktable's clock (Camunda's, which tests move). */
    public static Instant now() {
        return WorktableService.now();
    }

    /** Monday 00:00 of this week in Shanghai. */
    public static Instant startOfWeek(Instant now) {
        return LocalDate.ofInstant(now, Shanghai.ZONE).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(Shanghai.ZONE).toInstant();
    }

    /** The district's tasks at risk or overdue, the earliest due first. */
    public List<TaskInfo> escalations(String district, Instant now) {
        return mapper.escalations(district, now, MAX_ESCALATIONS);
    }

    /** The district's open tasks with this key, oldest first (at most {@link #MAX_ESCALATIONS}). */
    public List<TaskInfo> open(String district, String taskKey) {
        return mapper.withKey(district, taskKey, MAX_ESCALATIONS);
    }

    /** Open tasks of one person (or, under the key null, of nobody yet) by SLA state. */
    public record Load(Map<Sla, Long> open) {

        public long total() {
            return open.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(Sla sla) {
            return open.getOrDefault(sla, 0L);
        }
    }

    /** The district's open tasks per assignee (null for the unclaimed ones) by SLA state. */
    public Map<String, Load> openByAssignee(String district, Instant now) {
        Map<String, Load> loads = new LinkedHashMap<>();
        for (DistrictWorkMapper.Count c : mapper.openByAssignee(district, now)) {
            loads.computeIfAbsent(c.assignee(), a -> new Load(new EnumMap<>(Sla.class)))
                    .open().merge(Sla.valueOf(c.sla()), c.n(), Long::sum);
        }
        return loads;
    }

    /** The district's open tasks by SLA state, every state present. */
    public Map<Sla, Long> slaCounts(String district, Instant now) {
        Map<Sla, Long> counts = new EnumMap<>(Sla.class);
        for (Sla s : Sla.values()) {
            counts.put(s, 0L);
        }
        openByAssignee(district, now).values().forEach(l -> l.open().forEach((s, n) -> counts.merge(s, n, Long::sum)));
        return counts;
    }

    /** How many tasks each of these users completed since the moment (users without any are absent). */
    public Map<String, Long> completedSince(Collection<String> users, Instant since) {
        Map<String, Long> done = new LinkedHashMap<>();
        if (users.isEmpty()) {
            return done;
        }
        for (DistrictWorkMapper.Count c : mapper.completedSince(users, Date.from(since))) {
            done.put(c.assignee(), c.n());
        }
        return done;
    }

    /** The staff role whose members work the task (INSPECTOR for inspector-310115); null for an employer's task. */
    public static Role role(TaskInfo t) {
        return Groups.staffRole(t.candidateGroup());
    }

    /** Whether this user is the lead who may hand the task to a colleague ({@link WorktableService#assign}). */
    public static boolean mayAssign(FfwUser me, TaskInfo t) {
        return TaskAccess.supervises(me, t);
    }

    /** Whether the user could be given the task: enabled, of its district, holding its role. */
    public static boolean mayTake(FfwUser user, TaskInfo t) {
        Role role = role(t);
        return role != null && user.isEnabled() && user.has(role) && t.district().equals(user.district())
                && Groups.of(user).contains(t.candidateGroup());
    }
}
