package org.ffw.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ProcessEngine;
import org.ffw.reliability.CrashCalendars;
import org.ffw.reliability.CrashHarness;
import org.ffw.reliability.CrashRun;
import org.ffw.reliability.CrashWorkload.CertEmployer;
import org.ffw.support.ChildApp;
import org.junit.jupiter.api.Test;

import com.zaxxer.hikari.HikariDataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Intake through the door (issue 17): complaints lodged over HTTP by 1, 4 and 16 concurrent clients against the
 * shipped application in a child JVM ({@code -Xmx512m}), with HTTP Basic and bearer tokens, then subsidy and
 * certification applications with the employers' bearer tokens ({@link IntakeApplications}); beside it, in
 * the same run on the same database server, the single-row commit rate and a bare engine's start of a one-user-task
 * process ({@link Baselines}). A flight recording of the child is summarised by layer ({@link Profile}). Not a test
 * (surefire's includes do not match it): {@code bench/run intake [--db mariadb] [--seconds 20] [--clients 1,4,16]}.
 * Prints the report and writes {@code target/bench/intake-<db>.md}; fails only if a lodging is refused.
 */
class IntakeBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> EMPLOYEES = List.of("employee", "employee2");

    @Test
    void intake() throws Exception {
        String db = System.getProperty("bench.db", "h2");
        double seconds = Double.parseDouble(System.getProperty("bench.intake.seconds", "20"));
        List<Integer> clients = Arrays.stream(System.getProperty("bench.intake.clients", "1,4,16").split(","))
                .map(String::trim).map(Integer::valueOf).toList();
        Path dir = Path.of("target", "bench", "intake-" + db).toAbsolutePath();
        CrashRun.Config config = CrashHarness.config(db, dir, 0, 0, 0, 0, 0);
        Baselines.Db bare = Baselines.bareDb(db, dir, config, "intake");
        Instant began = Instant.now();
        String[] args = config.childArgs().toArray(String[]::new);

        int employerCount = Integer.parseInt(System.getProperty("bench.intake.employers", "2000"));
        String run = Long.toHexString(System.currentTimeMillis() / 1000 % 0xFFFFF);
        List<CertEmployer> employers;
        try (ChildApp first = ChildApp.start(dir, args)) { // FFW's schema, calendars, employers; then stopped
            first.awaitHealthy(Duration.ofMinutes(3));
            CrashCalendars.load(first);
            employers = IntakeApplications.register(first, employerCount, run);
            first.stop();
        }
        Baselines.Db ffwDb = new Baselines.Db(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
        List<String> employerTokens = IntakeApplications.accountsAndTokens(ffwDb, employers);
        List<Statements.Counted> commits = new ArrayList<>();
        List<Statements.Counted> starts = new ArrayList<>();
        for (int c : clients) {
            commits.add(Statements.count(bare, () -> Baselines.commits(bare, c, seconds)));
        }
        try (HikariDataSource pool = bare.pool(clients.stream().max(Integer::compare).orElse(1) + 2)) {
            ProcessEngine engine = Baselines.engine(pool);
            try {
                Baselines.deploy(engine);
                Baselines.starts(engine, 1, Math.min(5, seconds)); // warm-up
                for (int c : clients) {
                    starts.add(Statements.count(bare, () -> Baselines.starts(engine, c, seconds)));
                }
            } finally {
                engine.close();
            }
        }

        Path jfr = dir.resolve("intake.jfr");
        Map<String, List<Statements.Counted>> lodging = new LinkedHashMap<>();
        Map<String, List<Statements.Counted>> applications = new LinkedHashMap<>();
        String loadAverage;
        try (ChildApp app = ChildApp.start(dir, List.of("-Xmx512m",
                "-XX:StartFlightRecording=filename=" + jfr + ",settings=default,dumponexit=true"), args)) {
            app.awaitHealthy(Duration.ofMinutes(3));
            Map<String, String> tokens = tokens(app);
            Map<String, Map<String, String>> modes = new LinkedHashMap<>();
            modes.put("HTTP Basic", basic());
            if (!tokens.isEmpty()) {
                modes.put("bearer token", tokens);
            }
            AtomicLong seq = new AtomicLong();
            lodge(app, modes.get("HTTP Basic"), 4, Math.min(10, seconds), seq); // warm-up
            for (Map.Entry<String, Map<String, String>> mode : modes.entrySet()) {
                for (int c : clients) {
                    lodging.computeIfAbsent(mode.getKey(), k -> new ArrayList<>()).add(Statements.count(ffwDb,
                            () -> lodge(app, mode.getValue(), c, seconds, seq)));
                }
            }
            if (!tokens.isEmpty()) {
                String employer = employerToken(app);
                AtomicInteger subsidy = new AtomicInteger();
                AtomicLong cert = new AtomicLong();
                IntakeApplications.subsidies(app, employer, 2, Math.min(5, seconds), subsidy, run); // warm-up
                IntakeApplications.certifications(app, employerTokens, 2, Math.min(5, seconds), cert);
                for (int c : clients) {
                    applications.computeIfAbsent("subsidy application", k -> new ArrayList<>()).add(Statements
                            .count(ffwDb, () -> IntakeApplications.subsidies(app, employer, c, seconds, subsidy, run)));
                }
                for (int c : clients) {
                    applications.computeIfAbsent("certification application", k -> new ArrayList<>()).add(Statements
                            .count(ffwDb, () -> IntakeApplications.certifications(app, employerTokens, c, seconds,
                                    cert)));
                }
            }
            loadAverage = Files.readString(Path.of("/proc/loadavg")).trim();
            app.stop();
        }

        StringBuilder profiles = new StringBuilder();
        Map<String, List<Statements.Counted>> profiled = new LinkedHashMap<>(lodging);
        profiled.putAll(applications);
        for (Map.Entry<String, List<Statements.Counted>> mode : profiled.entrySet()) {
            List<Load.Result> rs = mode.getValue().stream().map(Statements.Counted::result).toList();
            profiles.append("\n### ").append(mode.getKey()).append(" (").append(rs.size())
                    .append(" loads above)\n\n").append(Files.exists(jfr)
                            ? Profile.summarize(jfr, rs.get(0).from(), rs.get(rs.size() - 1).to(), 15)
                            : "(no flight recording)\n");
        }
        profiles.append("\n### Garbage collection of the application (-Xmx512m), the whole run\n\n")
                .append(Files.exists(jfr) ? Profile.gc(jfr) : "(no flight recording)\n");
        String report = IntakeReport.render(db, began, clients, seconds, commits, starts, lodging, applications,
                loadAverage, profiles.toString());
        System.out.println(report);
        Path out = Path.of("target", "bench", "intake-" + db + ".md");
        Files.writeString(out, report);
        profiled.values().forEach(rs -> rs.stream().map(Statements.Counted::result).forEach(r -> assertThat(r.errors())
                .as(r.what() + " " + r.threads() + " clients: " + r.firstError()).isZero()));
    }


    private static Map<String, String> basic() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : EMPLOYEES) {
            out.put(u, "Basic " + Base64.getEncoder().encodeToString((u + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return out;
    }

    /** A bearer token per employee through {@code POST /api/v1/tokens}; none if this build has no such API. */
    private static Map<String, String> tokens(ChildApp app) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String u : EMPLOYEES) {
            HttpResponse<String> r = app.post("/api/v1/tokens", JSON.writeValueAsString(Map.of("name",
                    "intake benchmark", "days", 1)), u, "demo");
            if (r.statusCode() != 201) {
                System.out.println("no bearer tokens (POST /api/v1/tokens answered " + r.statusCode() + ")");
                return Map.of();
            }
            JsonNode t = JSON.readTree(r.body());
            out.put(u, "Bearer " + t.path("token").asText());
        }
        return out;
    }

    /** The demo employer's bearer token, for its subsidy applications. */
    private static String employerToken(ChildApp app) throws Exception {
        HttpResponse<String> r = app.post("/api/v1/tokens", JSON.writeValueAsString(Map.of("name",
                "intake benchmark", "days", 1)), "employer", "demo");
        if (r.statusCode() != 201) {
            throw new IllegalStateException("employer token: " + r.statusCode() + " " + r.body());
        }
        return "Bearer " + JSON.readTree(r.body()).path("token").asText();
    }

    private static Load.Result lodge(ChildApp app, Map<String, String> authorization, int clients, double seconds,
                                     AtomicLong seq) throws InterruptedException {
        URI uri = URI.create("http://localhost:" + app.port() + "/api/v1/complaints");
        String what = authorization.values().iterator().next().startsWith("Basic") ? "HTTP Basic" : "bearer token";
        return Load.run(what, clients, seconds, w -> () -> {
            long i = seq.incrementAndGet();
            String user = EMPLOYEES.get((int) (i % EMPLOYEES.size()));
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Authorization", authorization.get(user)).header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "intake-" + i + "-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(complaint(i, "受理压测"), StandardCharsets.UTF_8)).build();
            HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return true;
        });
    }

    /** A complaint of the demo employer's Pudong workplace; births spread over a year; {@code label} marks the run. */
    static String complaint(long i, String label) throws Exception {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("employerCreditCode", "91310115MA1H8R7C41");
        c.put("employerName", "上海示例科技有限公司");
        c.put("workplaceDistrict", "310115");
        c.put("leaveType", "BIRTH");
        // births over a year, as a city's complaints would be (the leave rules' evaluations are kept per date)
        c.put("childBirthDate", LocalDate.of(2025, 6, 1).plusDays(i * 7 % 360).toString());
        c.put("babies", 1);
        c.put("violationDate", "2026-06-16");
        c.put("facts", "本人生育后，公司只批准98天产假，拒绝60天生育假。（" + label + " " + i + "）");
        c.put("request", "补足生育假");
        c.put("daysGranted", 98);
        c.put("confidential", true);
        c.put("phone", "13800000000");
        return JSON.writeValueAsString(c);
    }
}
