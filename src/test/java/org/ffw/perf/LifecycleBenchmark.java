package org.ffw.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.HdrHistogram.Histogram;
import org.camunda.bpm.engine.ProcessEngine;
import org.ffw.reliability.CrashCalendars;
import org.ffw.reliability.CrashHarness;
import org.ffw.reliability.CrashRun;
import org.ffw.support.ChildApp;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Whole lifecycles (issue 17): complaint cases driven from lodging to CLOSED over HTTP by 1, 4 and 8 concurrent
 * workers acting as the demo users ({@link Lifecycle}), against the shipped application in a child JVM (-Xmx512m,
 * a flight recording for its GC pauses), first on an empty database, then again with N closed cases already in
 * history, cloned from the cases the first loads closed ({@link HistoryClone}). Beside it, in the same run on the
 * same database server, a bare Camunda engine drives a process of as many sequential user tasks through its API
 * ({@link Baselines#lifecycles}); FFW's figures are given as ratios to it. Not a test (surefire's includes do not
 * match it): {@code bench/run lifecycle [--db mariadb] [--seconds 30] [--workers 1,4,8] [--closed 1000000]
 * [--load-minutes 20]}. Prints the report and writes {@code target/bench/lifecycle-<db>.md}; fails if any request
 * answered other than 2xx, any case did not close, or the child ran out of memory.
 */
class LifecycleBenchmark {

    /** What one load of whole lifecycles gave, with its single requests and the server's statement counters. */
    record Phase(String name, long closedBefore, List<Statements.Counted> loads, List<Map<String, Histogram>> requests,
                 LifecycleReport.Gc gc, String loadAverage, String profile, String checks) {
    }

    @Test
    void lifecycles() throws Exception {
        String db = System.getProperty("bench.db", "h2");
        double seconds = Double.parseDouble(System.getProperty("bench.lifecycle.seconds", "30"));
        List<Integer> workers = Arrays.stream(System.getProperty("bench.lifecycle.workers", "1,4,8").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        long closed = Long.parseLong(System.getProperty("bench.lifecycle.closed", "1000000"));
        double loadMinutes = Double.parseDouble(System.getProperty("bench.lifecycle.load-minutes", "20"));
        int templates = Integer.parseInt(System.getProperty("bench.lifecycle.templates", "200"));
        Path dir = Path.of("target", "bench", "lifecycle-" + db).toAbsolutePath();
        CrashRun.Config config = CrashHarness.config(db, dir, 0, 0, 0, 0, 0);
        Baselines.Db bare = Baselines.bareDb(db, dir, config, "lifecycle");
        Baselines.Db ffwDb = new Baselines.Db(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        Instant began = Instant.now();
        String[] args = config.childArgs().toArray(String[]::new);

        try (ChildApp first = ChildApp.start(dir, args)) { // FFW's schema and calendars, then the app stopped
            first.awaitHealthy(Duration.ofMinutes(3));
            CrashCalendars.load(first);
            first.stop();
        }

        List<Statements.Counted> baseline = new ArrayList<>();
        try (HikariDataSource pool = bare.pool(workers.stream().max(Integer::compare).orElse(1) + 2)) {
            ProcessEngine engine = Baselines.engine(pool);
            try {
                Baselines.deploySequence(engine, Lifecycle.TASKS.size());
                Baselines.lifecycles(engine, 1, Math.min(5, seconds)); // warm-up
                for (int w : workers) {
                    baseline.add(Statements.count(bare, () -> Baselines.lifecycles(engine, w, seconds)));
                }
            } finally {
                engine.close();
            }
        }

        List<Phase> phases = new ArrayList<>();
        phases.add(phase("empty database", dir, args, ffwDb, workers, seconds, 0));
        HistoryClone clone = new HistoryClone(ffwDb, db);
        HistoryClone.Result loaded = clone.load(templates, closed, Duration.ofMillis((long) (loadMinutes * 60_000)));
        System.out.println(loaded.summary());
        if (loaded.cases() > 0) {
            phases.add(phase(String.format("%,d closed cases in history", loaded.closedNow()),
                    dir, args, ffwDb, workers, seconds, loaded.closedNow()));
        }

        String report = LifecycleReport.render(db, began, workers, seconds, baseline, phases, loaded, closed,
                loadMinutes);
        System.out.println(report);
        Path out = Path.of("target", "bench", "lifecycle-" + db + ".md");
        Files.writeString(out, report);
        for (Phase p : phases) {
            assertThat(p.checks()).as(p.name() + ": the clones").doesNotContain("NOT CLOSED").doesNotContain("BROKEN");
            assertThat(p.gc().outOfMemory()).as(p.name() + ": OutOfMemoryError in the child").isFalse();
            for (Statements.Counted c : p.loads()) {
                Load.Result r = c.result();
                assertThat(r.errors()).as(p.name() + ", " + r.threads() + " workers: " + r.firstError()).isZero();
            }
        }
    }

    /** The application started afresh, warmed up, then a load per worker count; GC pauses from its recording. */
    private static Phase phase(String name, Path dir, String[] args, Baselines.Db ffwDb, List<Integer> workers,
                               double seconds, long closedBefore) throws Exception {
        Path jfr = dir.resolve("lifecycle-" + (closedBefore == 0 ? "empty" : "history") + ".jfr");
        Files.deleteIfExists(jfr);
        List<Statements.Counted> loads = new ArrayList<>();
        List<Map<String, Histogram>> requests = new ArrayList<>();
        String loadAverage;
        String checks;
        boolean oom;
        try (ChildApp app = ChildApp.start(dir, List.of("-Xmx512m",
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=default,dumponexit=true"), args)) {
            app.awaitHealthy(Duration.ofMinutes(5));
            Lifecycle lifecycle = Lifecycle.on(app);
            warmUp(lifecycle, Math.min(10, seconds));
            for (int w : workers) {
                loads.add(Statements.count(ffwDb, () -> lifecycle.run(w, seconds)));
                requests.add(lifecycle.requestLatencies());
                System.out.printf("%s, %d workers: %.2f lifecycles/s, %d errors%s%n", name, w,
                        loads.get(loads.size() - 1).result().perSecond(), loads.get(loads.size() - 1).result().errors(),
                        loads.get(loads.size() - 1).result().firstError() == null ? ""
                                : " (" + loads.get(loads.size() - 1).result().firstError() + ")");
            }
            loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
            checks = closedBefore == 0 ? "" : probe(app, closedBefore);
            app.stop();
            oom = app.log().contains("OutOfMemoryError");
        }
        Instant from = loads.get(0).result().from();
        Instant to = loads.get(loads.size() - 1).result().to();
        LifecycleReport.Gc gc = LifecycleReport.gc(jfr, from, to, oom);
        String profile = Files.exists(jfr) ? Profile.summarize(jfr, from, to, 10) : "(no flight recording)\n";
        return new Phase(name, closedBefore, loads, requests, gc, loadAverage, profile, checks);
    }

    /**
     * Whether the application takes the clones as its own: the first and a later clone read by the district's
     * inspector (200, CLOSED) and their timelines' hash chains checked by the application
     * ({@code GET /api/v1/admin/timeline-check?caseNo=…} as admin). A line for the report; "NOT CLOSED" or "BROKEN"
     * in it fails the run.
     */
    private static String probe(ChildApp app, long closed) throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (long k : new long[] {0, Math.max(0, closed / 2)}) {
            String caseNo = HistoryClone.caseNo(k);
            var view = app.get("/api/v1/complaints/" + caseNo, "inspector", "demo");
            var chain = app.get("/api/v1/admin/timeline-check?caseNo=" + caseNo, "admin", "demo");
            String status = "?";
            if (view.statusCode() == 200) { // the staff view: the complaint inside, beside the entitlement and timeline
                var v = json.readTree(view.body());
                status = v.has("status") ? v.path("status").asText() : v.path("complaint").path("status").asText();
            }
            boolean intact = chain.statusCode() == 200 && json.readTree(chain.body()).path("intact").asBoolean();
            sb.append(String.format("clone %s: the inspector's view %d %s; its timeline chain %s (%s). ", caseNo,
                    view.statusCode(), status.equals("CLOSED") ? status : "NOT CLOSED (" + status + ")",
                    intact ? "intact" : "BROKEN", chain.body()));
        }
        return sb.toString().trim();
    }

    /** A few lifecycles at two workers, unmeasured, so that the first load does not pay for the JIT. */
    private static void warmUp(Lifecycle lifecycle, double seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            long end = System.nanoTime() + (long) (seconds * 1e9);
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        lifecycle.drive();
                    }
                    return null;
                }));
            }
            for (Future<?> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

}
