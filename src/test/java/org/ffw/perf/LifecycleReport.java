package org.ffw.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/** The lifecycle benchmark's Markdown report: FFW's whole lifecycles beside the bare engine's, as ratios. */
final class LifecycleReport {

    /** The child's garbage collections over the measured loads, from its flight recording. */
    record Gc(long collections, long full, Duration longestPause, Duration totalPause, long maxHeapAfterGcBytes,
              boolean outOfMemory, boolean recorded) {

        String text() {
            if (!recorded) {
                return "no flight recording" + (outOfMemory ? "; OutOfMemoryError in the log" : "");
            }
            return String.format("%d collections (%d full), longest pause %.1f ms, %.0f ms paused in all, at most %.0f MB"
                            + " used after a collection (-Xmx512m); %s", collections, full, longestPause.toNanos() / 1e6,
                    totalPause.toNanos() / 1e6, maxHeapAfterGcBytes / 1048576.0,
                    outOfMemory ? "**OutOfMemoryError in the log**" : "no OutOfMemoryError");
        }
    }

    private LifecycleReport() {
    }

    static Gc gc(Path jfr, Instant from, Instant to, boolean oom) throws IOException {
        if (!Files.exists(jfr)) {
            return new Gc(0, 0, Duration.ZERO, Duration.ZERO, 0, oom, false);
        }
        long n = 0;
        long full = 0;
        long heap = 0;
        Duration longest = Duration.ZERO;
        Duration total = Duration.ZERO;
        for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
            if (e.getStartTime().isBefore(from) || e.getStartTime().isAfter(to)) {
                continue;
            }
            switch (e.getEventType().getName()) {
                case "jdk.GarbageCollection" -> {
                    n++;
                    String gcName = e.getString("name"); // G1Full, SerialOld, ParallelOld: the whole heap, stopped
                    full += gcName.contains("Full") || (gcName.endsWith("Old") && !gcName.startsWith("G1")) ? 1 : 0;
                    Duration l = e.getDuration("longestPause");
                    longest = l.compareTo(longest) > 0 ? l : longest;
                    total = total.plus(e.getDuration("sumOfPauses"));
                }
                case "jdk.GCHeapSummary" -> {
                    if ("After GC".equals(e.getString("when"))) {
                        heap = Math.max(heap, e.getLong("heapUsed"));
                    }
                }
                default -> {
                }
            }
        }
        return new Gc(n, full, longest, total, heap, oom, true);
    }

    static String render(String db, Instant began, List<Integer> workers, double seconds,
                         List<Statements.Counted> baseline, List<LifecycleBenchmark.Phase> phases,
                         HistoryClone.Result loaded, long closedWanted, double loadMinutes) {
        StringBuilder sb = new StringBuilder("# Whole lifecycles through HTTP beside the bare engine\n\n")
                .append("started ").append(began).append(" · database ").append(db).append(" · ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores · ").append(seconds)
                .append(" s per load · workers ").append(workers).append("\n\n")
                .append("A lifecycle: lodged (employee) → triage (inspector) → employerResponse (employer) and")
                .append(" unionOpinion (union) → investigate → finding SUBSTANTIATED → orderCorrection (inspector) →")
                .append(" reportRectification (employer) → verifyRectification RECTIFIED (inspector) → the")
                .append(" complainant's view says CLOSED: 8 user tasks, each found in the user's queue, claimed and")
                .append(" completed, about 26 HTTP requests. The bare engine's lifecycle: a process of 8 sequential")
                .append(" group tasks with no listeners, started, each task queried, claimed and completed through the")
                .append(" engine API (full history, its own database on the same server).\n\n");
        sb.append("## Bare engine (baseline, same run)\n\n| workers | lifecycles/s | p50 ms | p95 ms | p99 ms | errors |"
                + " statements per lifecycle |\n|---|---|---|---|---|---|---|\n");
        for (Statements.Counted c : baseline) {
            Load.Result r = c.result();
            sb.append(String.format("| %d | %.1f | %.1f | %.1f | %.1f | %d | %s |%n", r.threads(), r.perSecond(),
                    r.ms(50), r.ms(95), r.ms(99), r.errors(), c.text()));
        }
        for (LifecycleBenchmark.Phase p : phases) {
            sb.append("\n## FFW, ").append(p.name()).append("\n\nload average at the end ").append(p.loadAverage())
                    .append(" · GC of the child over the loads: ").append(p.gc().text()).append("\n\n")
                    .append("| workers | lifecycles/s | FFW/bare, same workers | lifecycle p50 ms | p95 ms | p99 ms |")
                    .append(" errors | statements per lifecycle |\n|---|---|---|---|---|---|---|---|\n");
            for (Statements.Counted c : p.loads()) {
                Load.Result r = c.result();
                sb.append(String.format("| %d | %.2f | %s | %.0f | %.0f | %.0f | %d | %s |%n", r.threads(),
                        r.perSecond(), ratio(r.perSecond(), bare(baseline, r.threads())), r.ms(50), r.ms(95),
                        r.ms(99), r.errors(), c.text()));
            }
            sb.append("\nSingle requests (ms, p50 / p95 / p99, count):\n\n| workers |");
            Lifecycle.KINDS.forEach(k -> sb.append(' ').append(k).append(" |"));
            sb.append("\n|---|").append("---|".repeat(Lifecycle.KINDS.size())).append('\n');
            for (int i = 0; i < p.loads().size(); i++) {
                sb.append("| ").append(p.loads().get(i).result().threads()).append(" |");
                for (String k : Lifecycle.KINDS) {
                    Histogram h = p.requests().get(i).get(k);
                    sb.append(h.getTotalCount() == 0 ? " – |" : String.format(" %.1f / %.1f / %.1f (%d) |",
                            h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(95) / 1e3,
                            h.getValueAtPercentile(99) / 1e3, h.getTotalCount()));
                }
                sb.append('\n');
            }
            if (!p.checks().isEmpty()) {
                sb.append("\nThe application on the clones: ").append(p.checks()).append('\n');
            }
            sb.append("\nWhere the request threads' CPU went over the loads (Java Flight Recorder):\n\n")
                    .append(p.profile());
            for (Statements.Counted c : p.loads()) {
                if (c.result().errors() > 0) {
                    sb.append("\nFirst error at ").append(c.result().threads()).append(" workers: ")
                            .append(c.result().firstError()).append('\n');
                }
            }
        }
        if (phases.size() == 2) {
            sb.append("\n## With history against empty\n\n| workers | lifecycles/s empty | with history | ratio |\n")
                    .append("|---|---|---|---|\n");
            for (int i = 0; i < phases.get(0).loads().size() && i < phases.get(1).loads().size(); i++) {
                Load.Result a = phases.get(0).loads().get(i).result();
                Load.Result b = phases.get(1).loads().get(i).result();
                sb.append(String.format("| %d | %.2f | %.2f | %s |%n", a.threads(), a.perSecond(), b.perSecond(),
                        ratio(b.perSecond(), a.perSecond())));
            }
        }
        sb.append("\n## Closed cases cloned into history\n\n").append(String.format("asked for %,d (bound %.0f"
                + " minutes); ", closedWanted, loadMinutes)).append(loaded.summary()).append("\n\n")
                .append(loaded.tables());
        sb.append("\n## External context (not a baseline)\n\nDIGIT's published load test of its complaint module")
                .append(" (PGR): 37 lifecycles/s on an empty database and 6.3/s with a million records, on 16 vCPUs —")
                .append(" another system, workflow and machine (this one has ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores shared with the database and the")
                .append(" load generator), quoted for scale only.\n");
        return sb.toString();
    }

    private static double bare(List<Statements.Counted> baseline, int threads) {
        return baseline.stream().map(Statements.Counted::result).filter(r -> r.threads() == threads)
                .mapToDouble(Load.Result::perSecond).findFirst().orElse(Double.NaN);
    }

    static String ratio(double a, double b) {
        return Double.isNaN(b) || b == 0 ? "–" : String.format("%.1f %%", 100 * a / b);
    }

    static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1048576.0);
    }

    static String perCase(Map<String, Double> rows) {
        StringBuilder sb = new StringBuilder();
        rows.forEach((t, n) -> sb.append(sb.isEmpty() ? "" : ", ").append(t).append(' ')
                .append(String.format("%.1f", n)));
        return sb.toString();
    }
}
