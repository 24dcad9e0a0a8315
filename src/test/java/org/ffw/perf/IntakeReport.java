package org.ffw.perf;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The intake benchmark's Markdown report: each figure beside its baselines of the same run, as ratios. */
final class IntakeReport {

    private IntakeReport() {
    }

    static String render(String db, Instant began, List<Integer> clients, double seconds,
                         List<Statements.Counted> commits, List<Statements.Counted> starts,
                         Map<String, List<Statements.Counted>> lodging,
                         Map<String, List<Statements.Counted>> applications, String loadAverage, String profile) {
        StringBuilder sb = new StringBuilder("# Intake through HTTP beside the bare engine and the database\n\n")
                .append("started ").append(began).append(" · database ").append(db).append(" · ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores · ").append(seconds)
                .append(" s per measurement · load average at the end ").append(loadAverage).append("\n\n");
        sb.append("## Baselines\n\n| what | workers | per second | p50 ms | p95 ms | p99 ms | errors |"
                        + " statements per call (server counters) |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (List<Statements.Counted> rs : List.of(commits, starts)) {
            rs.forEach(c -> row(sb, c.result().what(), c.result(), c.text()));
        }
        sb.append("\n## Complaints lodged through HTTP (`POST /api/v1/complaints`, 201 each)\n\n")
                .append("| authentication | clients | per second | p50 ms | p95 ms | p99 ms | errors |"
                        + " statements per case (server counters) | vs bare engine, same workers |"
                        + " vs bare engine, 1 worker |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        procedures(sb, starts, lodging);
        sb.append("\n## The employers' applications through HTTP, bearer tokens (`POST /api/v1/subsidy-applications`,"
                        + " `POST /api/v1/certifications`, 201 each)\n\n")
                .append("| procedure | clients | per second | p50 ms | p95 ms | p99 ms | errors |"
                        + " statements per case (server counters) | vs bare engine, same workers |"
                        + " vs bare engine, 1 worker |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n");
        procedures(sb, starts, applications);
        sb.append("\n## Where the request threads' CPU went (Java Flight Recorder, per load)\n")
                .append(profile);
        return sb.toString();
    }

    private static void procedures(StringBuilder sb, List<Statements.Counted> starts,
                                   Map<String, List<Statements.Counted>> loads) {
        double bareOne = starts.isEmpty() ? Double.NaN : starts.get(0).result().perSecond();
        for (Map.Entry<String, List<Statements.Counted>> mode : loads.entrySet()) {
            for (Statements.Counted c : mode.getValue()) {
                Load.Result r = c.result();
                Load.Result same = starts.stream().map(Statements.Counted::result)
                        .filter(s -> s.threads() == r.threads()).findFirst().orElse(null);
                String ratios = c.text() + " | " + ratio(r.perSecond(), same == null ? Double.NaN : same.perSecond())
                        + " | " + ratio(r.perSecond(), bareOne);
                row(sb, mode.getKey(), r, ratios);
            }
        }
    }

    private static void row(StringBuilder sb, String what, Load.Result r, String ratios) {
        sb.append(String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %d |", what, r.threads(), r.perSecond(),
                r.ms(50), r.ms(95), r.ms(99), r.errors()));
        if (ratios != null) {
            sb.append(' ').append(ratios).append(" |");
        }
        sb.append('\n');
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(b) || b == 0 ? "–" : String.format("%.0f %%", 100 * a / b);
    }
}
