package org.ffw.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.ffw.reliability.CrashRun.Outcome;
import org.ffw.reliability.CrashWorkload.Kind;
import org.ffw.reliability.CrashWorkload.Submission;

/**
 * What the tables say after the run (the application stopped): each submission's cases found by its marker, each
 * acknowledged case at its first user task (Camunda's ACT_RU_TASK and our task_view, with the right candidate
 * group), each acknowledged triage followed by the investigation, no number twice.
 */
public final class CrashChecks {

    /** The figures of one run; {@code problems} names each case behind a non-zero loss, duplicate or reuse. */
    public record Figures(int sent, int acknowledged, int found, int lost, int duplicates, int reusedNumbers,
                   int wrongStep, int notInQueue, int unacknowledged, int unacknowledgedCreated,
                   int unacknowledgedReplayed, int retryMismatch, int serverErrors, int refusals,
                   int completionsTried, int completionsAcknowledged, int nextStepFound, int completionsUnanswered, Map<Kind, int[]> byKind, List<String> problems) {
    }

    private static final String PUDONG = "310115";

    private CrashChecks() {
    }

    static Figures check(CrashRun run) throws SQLException {
        Map<String, Set<String>> casesByMarker = new HashMap<>();
        Map<String, String> markerByCase = new HashMap<>();
        Map<String, Set<String>> engineTasks = new HashMap<>();
        Map<String, Set<String>> viewTasks = new HashMap<>();
        Set<String> registry = new HashSet<>();
        try (Connection c = run.connect(); Statement st = c.createStatement()) {
            read(st, "SELECT case_no, facts FROM complaint", casesByMarker, markerByCase, run);
            read(st, "SELECT case_no, employee_resident_id FROM subsidy_application", casesByMarker, markerByCase,
                    run);
            read(st, "SELECT case_no, employer_credit_code FROM certification_application", casesByMarker,
                    markerByCase, run);
            try (ResultSet rs = st.executeQuery("SELECT case_no FROM case_registry")) {
                while (rs.next()) {
                    registry.add(rs.getString(1));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    SELECT r.case_no, t.TASK_DEF_KEY_ FROM ACT_RU_TASK t
                    JOIN case_registry r ON r.process_instance_id = t.PROC_INST_ID_""")) {
                while (rs.next()) {
                    engineTasks.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT case_no, task_key, candidate_group FROM task_view")) {
                while (rs.next()) {
                    viewTasks.computeIfAbsent(rs.getString(1), k -> new TreeSet<>())
                            .add(rs.getString(2) + "@" + rs.getString(3));
                }
            }
        }
        List<String> problems = new ArrayList<>();
        int sent = 0, acked = 0, found = 0, duplicates = 0, reused = 0, wrongStep = 0, notInQueue = 0;
        int unacked = 0, unackedCreated = 0, unackedReplayed = 0, retryMismatch = 0, lost = 0;
        Map<Kind, int[]> byKind = new HashMap<>();
        Map<String, Integer> ackedNumbers = new HashMap<>();
        for (Submission s : run.submissions) {
            Outcome o = run.outcomes[s.index()];
            int[] k = byKind.computeIfAbsent(s.kind(), x -> new int[3]); // sent, acknowledged, found
            sent += o.sent ? 1 : 0;
            k[0] += o.sent ? 1 : 0;
            Set<String> cases = casesByMarker.getOrDefault(s.marker(), Set.of());
            if (cases.size() > 1) {
                duplicates++;
                problems.add("duplicate: " + s.kind() + " #" + s.index() + " has cases " + cases);
            }
            if (o.status != 201) {
                unacked += o.sent ? 1 : 0;
                unackedCreated += o.sent && !cases.isEmpty() ? 1 : 0;
                unackedReplayed += o.sent && o.retryReplayed ? 1 : 0;
                continue;
            }
            acked++;
            k[1]++;
            Integer other = ackedNumbers.put(o.caseNo, s.index());
            if (other != null) {
                reused++;
                problems.add("reused: " + o.caseNo + " acknowledged to #" + other + " and #" + s.index());
            }
            if (!o.caseNo.equals(o.retryCaseNo)) {
                retryMismatch++;
                problems.add("retry: #" + s.index() + " acknowledged " + o.caseNo + ", its retry answered "
                        + o.retryStatus + " " + o.retryCaseNo);
            }
            String holder = markerByCase.get(o.caseNo);
            if (holder == null || !registry.contains(o.caseNo)) {
                problems.add("lost: " + s.kind() + " #" + s.index() + " " + o.caseNo
                        + (holder == null ? "" : " (no registry row)"));
                lost++;
                continue;
            }
            if (!holder.equals(s.marker())) {
                reused++;
                problems.add("reused: " + o.caseNo + " acknowledged to #" + s.index() + " holds another submission");
                continue;
            }
            found++;
            k[2]++;
            String step = stepProblem(s.kind(), o.caseNo, run.completed.containsKey(o.caseNo), engineTasks,
                    viewTasks);
            if (step != null) {
                wrongStep++;
                problems.add("step: " + o.caseNo + " " + step);
            }
            if (o.queueProblem != null) {
                notInQueue++;
                problems.add("queue: " + o.caseNo + " " + o.queueProblem);
            }
        }
        int nextStep = 0;
        for (String caseNo : run.completed.keySet()) {
            Set<String> engine = engineTasks.getOrDefault(caseNo, Set.of());
            Set<String> view = viewTasks.getOrDefault(caseNo, Set.of());
            if (engine.contains("investigate") && !engine.contains("triage")
                    && view.contains("investigate@inspector-" + PUDONG)) {
                nextStep++;
            } else {
                problems.add("completion: " + caseNo + " acknowledged, now at " + engine + " / " + view);
            }
        }
        return new Figures(sent, acked, found, lost, duplicates, reused, wrongStep, notInQueue,
                unacked, unackedCreated, unackedReplayed, retryMismatch, run.serverErrors.size(), run.refusals.size(),
                run.completionsTried.get(), run.completed.size(), nextStep, run.completionsUnanswered.get(), byKind,
                problems);
    }

    /** The case's open tasks in the engine and in task_view against its procedure's first user task(s). */
    private static String stepProblem(Kind kind, String caseNo, boolean triaged, Map<String, Set<String>> engine,
                                      Map<String, Set<String>> view) {
        Set<String> e = engine.getOrDefault(caseNo, Set.of());
        Set<String> v = view.getOrDefault(caseNo, Set.of());
        Set<String> expected = switch (kind) {
            case COMPLAINT -> e.contains("triage") && !triaged ? Set.of("triage@inspector-" + PUDONG)
                    : Set.of("investigate@inspector-" + PUDONG, "employerResponse@employer-91310115MA1H8R7C41",
                    "unionOpinion@union-" + PUDONG);
            case SUBSIDY -> Set.of("review@officer-" + PUDONG);
            case CERTIFICATION -> Set.of("hrbReview@inspector-" + PUDONG, "unionReview@union-" + PUDONG);
        };
        Set<String> expectedKeys = new TreeSet<>();
        expected.forEach(x -> expectedKeys.add(x.substring(0, x.indexOf('@'))));
        if (!e.equals(expectedKeys) || !v.equals(new TreeSet<>(expected))) {
            return "engine " + e + ", task_view " + v + ", expected " + new TreeSet<>(expected);
        }
        return null;
    }

    private static void read(Statement st, String sql, Map<String, Set<String>> casesByMarker,
                             Map<String, String> markerByCase, CrashRun run) throws SQLException {
        Set<String> markers = new HashSet<>();
        run.submissions.forEach(s -> markers.add(s.marker()));
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String caseNo = rs.getString(1);
                String text = rs.getString(2);
                String marker = markers.contains(text) ? text : markerIn(text);
                if (marker != null && markers.contains(marker)) {
                    casesByMarker.computeIfAbsent(marker, k -> new TreeSet<>()).add(caseNo);
                    markerByCase.put(caseNo, marker);
                }
            }
        }
    }

    /** A complaint's marker: the last （压测编号 …） of its facts. */
    private static String markerIn(String facts) {
        int at = facts == null ? -1 : facts.lastIndexOf("（压测编号 ");
        return at < 0 ? null : facts.substring(at);
    }
}
