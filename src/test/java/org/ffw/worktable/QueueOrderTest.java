package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import org.ffw.support.ApiTest;
import org.ffw.worktable.TaskViewMapper.QueueCount;
import org.ffw.worktable.TaskViewMapper.QueueQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue query cuts every branch (mine, each group, with and without a due date) to the page's offset and size
 * before it merges them (V71, docs/benchmarks.md): every page, in every order, view and SLA filter, must be exactly
 * the page of the whole queue sorted in Java, and the counts and totals the whole queue's — ties of due date, tasks
 * without one, other people's and other groups' tasks included.
 */
class QueueOrderTest extends ApiTest {

    @Autowired
    TaskViewMapper views;

    final String tag = UUID.randomUUID().toString().substring(0, 8);
    final String me = "qo-" + tag;
    final List<String> groups = List.of("qo-a-" + tag, "qo-b-" + tag);
    final String district = "9" + tag.substring(0, 5).replaceAll("[^0-9]", "7");
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final List<TaskInfo> rows = new ArrayList<>();

    @BeforeEach
    void load() {
        Random random = new Random(17);
        Instant base = now.minus(20, ChronoUnit.DAYS);
        for (int i = 0; i < 137; i++) {
            int who = random.nextInt(5); // 0 mine, 1-2 my groups, 3 someone else in my group, 4 another group
            String group = who == 4 ? "qo-c-" + tag : groups.get(who % 2);
            String assignee = who == 0 ? me : who == 3 ? "qo-other-" + tag : null;
            // due dates on few distinct days (ties), some none; the at-risk mark 1-4 days before
            Instant due = random.nextInt(6) == 0 ? null : base.plus(random.nextInt(12) * 3L, ChronoUnit.DAYS);
            Instant atRisk = due == null ? null : due.minus(1 + random.nextInt(4), ChronoUnit.DAYS);
            TaskInfo t = new TaskInfo(String.format("qo-%s-%03d", tag, random.nextInt(1000) * 1000 + i), "pi-" + i,
                    i % 3 == 0 ? "qo-other-process" : "qo-process", "task", "任务 " + i, null, district, group,
                    assignee, base.plus(random.nextInt(300), ChronoUnit.HOURS), due, atRisk, null, null, null, null,
                    false, null);
            views.insert(t);
            rows.add(t);
        }
    }

    @AfterEach
    void clean() {
        rows.forEach(t -> views.delete(t.taskId()));
    }

    QueueQuery query(String view, String sla, String process, String order, boolean descending, int limit,
                     int offset) {
        return new QueueQuery(me, groups, view, district, process, null, sla, null, now, order, descending, limit,
                offset);
    }

    @Test
    void every_page_is_the_page_of_the_whole_queue_in_every_order_view_and_filter() {
        int checked = 0;
        for (String view : new String[] {null, "mine", "group", "escalated", "district"}) {
            for (String sla : new String[] {null, "OVERDUE", "AT_RISK", "ON_TRACK", "NO_DUE_DATE"}) {
                for (String process : new String[] {null, "qo-other-process"}) {
                    List<TaskInfo> expected = rows.stream().filter(in(view)).filter(sla(sla))
                            .filter(t -> process == null || process.equals(t.processKey())).toList();
                    for (String order : new String[] {"due", "created"}) {
                        for (boolean descending : new boolean[] {false, true}) {
                            List<String> sorted = expected.stream().sorted(comparator(order, descending))
                                    .map(TaskInfo::taskId).toList();
                            for (int size : new int[] {7, 50}) {
                                for (int offset = 0; offset <= sorted.size(); offset += size) {
                                    List<String> page = views.queue(query(view, sla, process, order, descending,
                                            size, offset)).stream().map(TaskInfo::taskId).toList();
                                    assertThat(page).as("%s %s %s %s desc=%s size %d offset %d", view, sla, process,
                                                    order, descending, size, offset)
                                            .isEqualTo(sorted.subList(offset, Math.min(sorted.size(), offset + size)));
                                    checked++;
                                }
                            }
                        }
                    }
                    assertThat(views.count(query(view, sla, process, "due", false, 50, 0)))
                            .isEqualTo(expected.size());
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void the_counts_per_view_and_sla_are_the_whole_queues() {
        Map<String, Long> expected = new HashMap<>();
        rows.stream().filter(in(null)).forEach(t -> expected.merge(
                (me.equals(t.assignee()) ? "mine" : "group") + " " + t.sla(now).name(), 1L, Long::sum));
        Map<String, Long> counted = new HashMap<>();
        for (QueueCount c : views.counts(query(null, null, null, "due", false, 0, 0))) {
            counted.merge(c.view() + " " + c.sla(), c.n(), Long::sum);
        }
        assertThat(counted).isEqualTo(expected);
        assertThat(expected.keySet()).as("the data has every view and state")
                .hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void a_user_without_groups_has_only_their_own_tasks() {
        List<String> mine = rows.stream().filter(t -> me.equals(t.assignee()))
                .sorted(comparator("due", false)).map(TaskInfo::taskId).toList();
        QueueQuery none = new QueueQuery(me, List.of(), null, district, null, null, null, null, now, "due", false,
                200, 0);
        assertThat(views.queue(none).stream().map(TaskInfo::taskId).toList()).isEqualTo(mine);
        assertThat(views.count(none)).isEqualTo(mine.size());
        List<QueueCount> counts = views.counts(none);
        assertThat(counts).allSatisfy(c -> assertThat(c.view()).isEqualTo("mine"));
        assertThat(counts.stream().mapToLong(QueueCount::n).sum()).isEqualTo(mine.size());
        QueueQuery group = new QueueQuery(me, List.of(), "group", district, null, null, null, null, now, "due",
                false, 50, 0);
        assertThat(views.queue(group)).isEmpty();
        assertThat(views.count(group)).isZero();
    }

    Predicate<TaskInfo> in(String view) {
        Predicate<TaskInfo> mine = t -> me.equals(t.assignee());
        Predicate<TaskInfo> group = t -> t.assignee() == null && groups.contains(t.candidateGroup());
        if (view == null) {
            return mine.or(group);
        }
        return switch (view) {
            case "mine" -> mine;
            case "group" -> group;
            case "escalated" -> t -> t.dueAt() != null && t.dueAt().isBefore(now);
            default -> t -> true;
        };
    }

    Predicate<TaskInfo> sla(String sla) {
        return t -> sla == null || t.sla(now).name().equals(sla);
    }

    static Comparator<TaskInfo> comparator(String order, boolean descending) {
        Comparator<Instant> instants = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<String> ids = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        if (order.equals("created")) {
            return Comparator.comparing(TaskInfo::createdAt, instants).thenComparing(TaskInfo::taskId, ids);
        }
        return Comparator.comparing((TaskInfo t) -> t.dueAt() == null)
                .thenComparing(TaskInfo::dueAt, Comparator.nullsLast(instants))
                .thenComparing(TaskInfo::taskId, ids);
    }
}
