package org.ffw.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.ffw.reliability.CrashHarness;
import org.ffw.reliability.CrashRun;
import org.ffw.reliability.Nodes;
import org.ffw.support.ChildApp;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The queue an inspector opens, through HTTP, on a database the queue benchmark filled and kept (issue 17): {@code
 * bench/run queue-http} first runs {@code QueueBenchmark} with {@code --tasks 1000000 --keep} (its single queries
 * beside Camunda's, with their plans), then this: {@code bench.history.rows} Camunda history rows added ({@link
 * HistoryRows}), the shipped application started in a child JVM with {@code -Xmx512m} on that database, {@code
 * bench.inspectors} inspector accounts made over the 16 districts, each signed in through the form (its session) and
 * holding a bearer token; then {@code bench.inspectors} concurrent inspectors, each its own account, open the queue
 * page, page 50 of it, and the same two pages through the API, for {@code bench.seconds} each — beside one inspector
 * alone and the application's cheapest answer (the health endpoint) under the same load, as ratios. Not a test
 * (surefire's includes do not match it); MariaDB/MySQL only (the queue benchmark's H2 database is in memory).
 */
class QueueHttpBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PASSWORD = "Bench-Queue-Pass-1";
    private static final int DEEP = 49; // page 50 (pages count from 0 in the URL)

    record Inspector(String username, String district, Nodes.Browser browser, String bearer, long queued) {
    }

    /** A request; its answer must show task rows when the inspector's group queue holds at least {@code rowsFrom}. */
    record Scenario(String name, String via, Function<Inspector, String> path, boolean session, long rowsFrom) {
    }

    @Test
    void queue() throws Exception {
        int inspectors = Integer.getInteger("bench.inspectors", 50);
        double seconds = Double.parseDouble(System.getProperty("bench.seconds", "30"));
        long historyRows = Long.getLong("bench.history.rows", 10_000_000L);
        Duration historyBound = Duration.ofMinutes(Long.getLong("bench.history.minutes", 15));
        int cleanupPercent = Integer.getInteger("bench.cleanup.percent", 0);
        Duration cleanupBound = Duration.ofMinutes(Long.getLong("bench.cleanup.minutes", 10));
        Path dir = Path.of("target", "bench", "queue-http").toAbsolutePath();
        CrashRun.Config config = CrashHarness.config("mariadb", dir, 0, 0, 0, 0, 0);
        Baselines.Db db = new Baselines.Db(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        Instant began = Instant.now();
        StringBuilder report = new StringBuilder("# The queue through HTTP\n\n");

        long openTasks;
        try (Connection c = db.connect()) {
            openTasks = count(c, "SELECT COUNT(*) FROM task_view");
            assertThat(openTasks).as("open tasks: run QueueBenchmark with bench.keep=true first (bench/run"
                    + " queue-http does)").isPositive();
            report.append("started ").append(began).append(" · ").append(c.getMetaData().getDatabaseProductName())
                    .append(' ').append(c.getMetaData().getDatabaseProductVersion()).append(" · ")
                    .append(Runtime.getRuntime().availableProcessors()).append(" cores · ").append(seconds)
                    .append(" s per load · application with -Xmx512m\n\n");
            report.append(String.format("- open tasks: %,d (ACT_RU_TASK %,d)%n", openTasks,
                    count(c, "SELECT COUNT(*) FROM ACT_RU_TASK")));
            report.append("- history before: ").append(HistoryRows.size(c)).append('\n');
            HistoryRows.Added added = HistoryRows.add(c, historyRows, historyBound);
            report.append(String.format("- history added: %,d rows in %.0f s (%,.0f a second)%s: %s%n",
                    added.total(), added.seconds(), added.total() / Math.max(added.seconds(), 1e-9),
                    added.bounded() ? ", stopped by the time bound" : "", added.rows()));
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE ACT_HI_PROCINST, ACT_HI_ACTINST, ACT_HI_TASKINST, ACT_HI_VARINST");
            }
            report.append(String.format("- history rows now: %,d (counted); %s%n", HistoryRows.rows(c),
                    HistoryRows.size(c)));
        }

        List<String> args = new ArrayList<>(config.childArgs());
        args.add("--ffw.worktable.escalation-interval=PT24H"); // the sweep would notify about the loaded tasks
        if (cleanupPercent > 0) {
            args.addAll(HistoryCleanupRun.wholeDayWindow());
        }
        Path jfr = dir.resolve("queue-http.jfr");
        List<Statements.Counted> loads = new ArrayList<>();
        String loadAverage;
        StringBuilder profiles = new StringBuilder();
        try (ChildApp app = ChildApp.start(dir, List.of("-Xmx512m",
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=default,dumponexit=true"),
                args.toArray(String[]::new))) {
            app.awaitHealthy(Duration.ofMinutes(5));
            List<Inspector> staff = inspectors(app, db, inspectors);
            report.append(String.format("- inspectors: %d accounts over the districts, signed in; tasks waiting in"
                            + " their group queues: %,d to %,d%n%n", staff.size(),
                    staff.stream().mapToLong(Inspector::queued).min().orElse(0),
                    staff.stream().mapToLong(Inspector::queued).max().orElse(0)));
            long deep = DEEP * 20L + 1;
            List<Scenario> scenarios = List.of(
                    new Scenario("health (no work: the HTTP floor)", "–", i -> "/actuator/health", false,
                            Long.MAX_VALUE),
                    new Scenario("queue page, first page", "page, session", i -> "/tasks?view=group", true, 1),
                    new Scenario("queue page, page 50", "page, session", i -> "/tasks?view=group&page=" + DEEP, true,
                            deep),
                    new Scenario("queue API, first page", "API, bearer", i -> "/api/v1/tasks?view=group&size=20",
                            false, 1),
                    new Scenario("queue API, page 50", "API, bearer",
                            i -> "/api/v1/tasks?view=group&size=20&page=" + DEEP, false, deep));
            // warm-up, then one inspector alone, then all of them at once
            for (Scenario s : scenarios) {
                load(app, staff, s, 4, Math.min(5, seconds));
            }
            for (int clients : List.of(1, staff.size())) {
                for (Scenario s : scenarios) {
                    loads.add(Statements.count(db, () -> load(app, staff, s, clients, seconds)));
                }
            }
            if (cleanupPercent > 0) { // then the history of cleanupPercent % of the copied cases expires, and goes
                try (Connection c = db.connect()) {
                    long due = HistoryCleanupRun.expire(c, cleanupPercent);
                    report.append(String.format("- %d %% of the copied instances given a removal time of yesterday:"
                            + " %,d history rows due%n", cleanupPercent, due));
                    HistoryCleanupRun.Figures f = HistoryCleanupRun.run(app, c, cleanupBound);
                    report.append(f.text()).append('\n');
                }
                for (Scenario s : scenarios.subList(1, scenarios.size())) {
                    Scenario after = new Scenario("after the cleanup: " + s.name(), s.via(), s.path(), s.session(),
                            s.rowsFrom());
                    loads.add(Statements.count(db, () -> load(app, staff, after, staff.size(), seconds)));
                }
            }
            loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
            app.stop();
            for (Statements.Counted c : loads) {
                Load.Result r = c.result();
                if (r.what().startsWith("queue") && r.what().contains("first page") && r.threads() == staff.size()) {
                    profiles.append("\n### ").append(r.what().replace("|", ", ")).append(", ").append(r.threads())
                            .append(" clients\n\n").append(Files.exists(jfr)
                                    ? Profile.summarize(jfr, r.from(), r.to(), 12) : "(no flight recording)\n");
                }
            }
            assertThat(app.log()).as("the application ran out of memory").doesNotContain("OutOfMemoryError");
        }
        report.append(QueueHttpReport.render(loads, inspectors)).append("\nload average at the end ")
                .append(loadAverage).append("\n\n## The application's memory (Java Flight Recorder)\n\n")
                .append(Files.exists(jfr) ? Profile.gc(jfr) : "(no flight recording)\n")
                .append("\n## Where the request threads' CPU went (Java Flight Recorder)\n").append(profiles);
        System.out.println(report);
        Files.writeString(Path.of("target", "bench", "queue-http.md"), report);
        loads.forEach(c -> assertThat(c.result().errors()).as(c.result().what() + " " + c.result().threads()
                + " clients: " + c.result().firstError()).isZero());
    }

    /** Accounts made as an administrator makes them, spread over the districts; each signed in and with a token. */
    private static List<Inspector> inspectors(ChildApp app, Baselines.Db db, int n) throws Exception {
        List<String> districts = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code FROM district ORDER BY sort_order")) {
            while (rs.next()) {
                districts.add(rs.getString(1));
            }
        }
        String run = Long.toString(System.currentTimeMillis() % 100_000, 36);
        List<Inspector> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String district = districts.get(k % districts.size());
            String user = "qh" + run + "-" + k;
            HttpResponse<String> made = app.post("/api/v1/admin/accounts", JSON.writeValueAsString(Map.of("username",
                    user, "displayName", "检查员 " + k, "role", "INSPECTOR", "district", district, "password",
                    PASSWORD)), "admin", "demo");
            assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
            Nodes.Browser browser = new Nodes.Browser();
            assertThat(browser.login(app, user, PASSWORD)).as("sign-in of " + user).isTrue();
            HttpResponse<String> token = app.post("/api/v1/tokens", JSON.writeValueAsString(Map.of("name",
                    "queue benchmark", "days", 1)), user, PASSWORD);
            assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
            String bearer = "Bearer " + JSON.readTree(token.body()).path("token").asText();
            Inspector i = new Inspector(user, district, browser, bearer, 0);
            long queued = JSON.readTree(get(app, "/api/v1/tasks?view=group&size=1", i, false).body()).path("total")
                    .asLong();
            out.add(new Inspector(user, district, browser, bearer, queued));
        }
        return out;
    }

    private static Load.Result load(ChildApp app, List<Inspector> staff, Scenario s, int clients, double seconds)
            throws InterruptedException {
        return Load.run(s.name() + "|" + s.via(), clients, seconds, w -> () -> {
            Inspector i = staff.get(w % staff.size());
            HttpResponse<String> r = get(app, s.path().apply(i), i, s.session());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            if (i.queued() >= s.rowsFrom() && !r.body().contains(s.session() ? "id=\"task-" : "\"taskKey\"")) {
                throw new IllegalStateException("no tasks on " + s.path().apply(i) + " for " + i.username());
            }
            return true;
        });
    }

    private static HttpResponse<String> get(ChildApp app, String path, Inspector i, boolean session)
            throws Exception {
        if (session) {
            return i.browser().get(app, path);
        }
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", i.bearer())
                .header("Accept", "application/json").GET().build();
        return HTTP.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
