package org.ffw.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.support.ChildApp;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one MariaDB/MySQL database (bench/run nodes; docs/reliability.md "Two nodes on one database"). Both
 * run the shipped application with their job executor, outbox sender and escalation sweep on; a round-robin client
 * spreads the load. It shows: a session made on node A is served by node B (page, API, a CSRF-protected write);
 * claim races across the nodes have one winner; timers, escalations and notices fire once; a node killed with
 * SIGKILL while sending leaves its notices to the survivor, which sends them once the lease has run out. Prints the
 * figures, writes target/bench/nodes.md and fails on any double or missing firing.
 * Not a unit test (no *Test name): run by bench/run and .ci/run with FFW_DB_URL/FFW_DB_USER/FFW_DB_PASSWORD set.
 */
class TwoNodeHarness {

    static final String PUDONG = "310115";
    static final String EMPLOYER = "91310115MA1H8R7C41";
    static final Pattern NOTICE_LINE = Pattern.compile("notice #(\\d+) to ");

    final int cases = Integer.getInteger("bench.nodes.cases", 20);
    final int contenders = Integer.getInteger("bench.nodes.contenders", 8);
    final int killLoad = Integer.getInteger("bench.nodes.kill-cases", 60);
    final Duration bound = Duration.ofSeconds(Long.getLong("bench.nodes.wait-seconds", 120));
    final String url = env("FFW_DB_URL");
    final String user = env("FFW_DB_USER");
    final String password = env("FFW_DB_PASSWORD");
    final Map<String, Object> figures = new LinkedHashMap<>();
    final List<String> failures = new ArrayList<>();
    /** The notices the killed node held (claimed, not marked sent) at its death. */
    List<Long> held = List.of();

    private static String env(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set: run bench/run nodes --db mariadb");
        }
        return v;
    }

    String[] args(String node) {
        return new String[] {"--spring.profiles.active=mysql", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                "--ffw.demo.enabled=true", "--ffw.demo.cases=false",
                "--ffw.outbox.poll-interval=PT1S", "--ffw.outbox.lease=PT10S",
                "--ffw.worktable.escalation-interval=PT2S",
                "--camunda.bpm.job-execution.max-wait=2000",
                "--camunda.bpm.job-execution.lock-time-in-millis=15000",
                "--camunda.bpm.generic-properties.properties.hostname=" + node};
    }

    @Test
    void two_nodes_share_the_work_and_fire_everything_once() throws Exception {
        Instant started = Instant.now();
        Path dir = Path.of("target/nodes");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        try (ChildApp a = ChildApp.start(dir.resolve("a"), args("node-a"))) {
            a.awaitHealthy(Duration.ofMinutes(4)); // the first creates the schema; the second finds it
            try (ChildApp b = ChildApp.start(dir.resolve("b"), args("node-b"))) {
                b.awaitHealthy(Duration.ofMinutes(4));
                Nodes lb = new Nodes(List.of(a, b));
                sessions(a, b);
                List<String> caseNos = lodge(lb, cases);
                int half = caseNos.size() / 2;
                claimRaces(lb, caseNos.subList(0, Math.min(5, half))); // tasks the escalation half keeps open
                timers(lb, caseNos.subList(half, caseNos.size()));
                escalations(caseNos.subList(0, half));
                notices(List.of(a, b), caseNos, null, 0);
                killMidBatch(lb, a, b);
            }
        }
        figures.put("took", Duration.between(started, Instant.now()).toSeconds() + " s");
        report();
        assertThat(failures).as("two-node failures").isEmpty();
    }

    // ---- sessions ---------------------------------------------------------------------------------------------

    void sessions(ChildApp a, ChildApp b) throws Exception {
        Nodes.Browser browser = new Nodes.Browser();
        check(browser.login(a, "inspector2", "demo"), "sign-in on node A");
        int pages = 0;
        int apis = 0;
        int asked = 0;
        for (int i = 0; i < 10; i++) {
            ChildApp n = i % 2 == 0 ? b : a;
            asked++;
            var page = browser.get(n, "/account");
            if (page.statusCode() == 200 && page.body().contains("陈静") && !page.body().contains("name=\"password\"")) {
                pages++;
            } else {
                failures.add("page on " + (n == a ? "A" : "B") + ": " + page.statusCode() + " "
                        + page.headers().firstValue("Location").orElse(""));
            }
            var api = browser.get(n, "/api/v1/session");
            if (api.statusCode() == 200 && api.body().contains("timeoutSeconds")) {
                apis++;
            } else {
                failures.add("API on " + (n == a ? "A" : "B") + ": " + api.statusCode() + " " + api.body());
            }
        }
        int served = pages + apis;
        asked *= 2;
        String csrf = browser.csrf(a, "/");
        var forged = browser.post(b, "/api/v1/me/logout-everywhere", null, null);
        var write = browser.post(b, "/api/v1/tasks/claim", "{\"ids\":[]}", csrf);
        check(forged.statusCode() == 403, "a session write on node B without the token is refused (" + forged.statusCode() + ")");
        figures.put("session made on A: pages / API calls served, alternating B and A", pages + " / " + apis
                + " of " + asked / 2 + " each");
        figures.put("session-riding API write on B with A's CSRF token", write.statusCode()
                + (write.statusCode() == 403 ? " (refused)" : ""));
        check(served == asked, "every request of the session was served by either node");
        check(write.statusCode() / 100 != 4 || write.statusCode() == 400, "the write with the token was accepted or judged ("
                + write.statusCode() + " " + write.body() + ")");
    }

    // ---- cases, claims ----------------------------------------------------------------------------------------

    static String complaint(int i) {
        return """
                {"employerCreditCode":"%s","employerName":"上海示例科技有限公司","workplaceDistrict":"%s",
                 "leaveType":"BIRTH","childBirthDate":"2026-03-10","babies":1,"violationDate":"2026-06-16",
                 "facts":"两节点测试 %d：公司只批准98天产假，拒绝60天生育假。","request":"补足生育假","daysGranted":98,
                 "confidential":false,"phone":"13800138000"}""".formatted(EMPLOYER, PUDONG, i);
    }

    List<String> lodge(Nodes lb, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var r = lb.basic("POST", "/api/v1/complaints", complaint(i), "employee", UUID.randomUUID().toString());
            check(r.statusCode() == 201, "lodge " + i + ": " + r.statusCode() + " " + r.body());
            Matcher m = Pattern.compile("\"caseNo\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    String taskOf(String caseNo, String key) throws SQLException {
        return one("""
                SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e ON e.ID_ = t.PROC_INST_ID_
                WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = ?""", caseNo, key);
    }

    void claimRaces(Nodes lb, List<String> caseNos) throws Exception {
        List<String> inspectors = new ArrayList<>(List.of("inspector", "inspector2", "inspector3"));
        for (int i = inspectors.size(); i < contenders; i++) {
            String u = "race" + i;
            lb.basic("POST", "/api/v1/admin/accounts", """
                    {"username":"%s","displayName":"抢单 %d","role":"INSPECTOR","district":"%s","password":"demo-Race-Pass-1"}"""
                    .formatted(u, i, PUDONG), "admin", null);
            inspectors.add(u);
        }
        int winners = 0;
        int conflicts = 0;
        int other = 0;
        ExecutorService pool = Executors.newFixedThreadPool(inspectors.size());
        try {
            for (String caseNo : caseNos) {
                String task = taskOf(caseNo, "triage");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> calls = new ArrayList<>();
                for (int i = 0; i < inspectors.size(); i++) {
                    ChildApp node = lb.node(i % 2);
                    String who = inspectors.get(i);
                    String pw = who.startsWith("race") ? "demo-Race-Pass-1" : "demo";
                    calls.add(pool.submit(() -> {
                        go.await();
                        return Nodes.basicOn(node, "POST", "/api/v1/tasks/" + task + "/claim", null, who, pw);
                    }));
                }
                go.countDown();
                for (Future<HttpResponse<String>> f : calls) {
                    var r = f.get();
                    if (r.statusCode() / 100 == 2) {
                        winners++;
                    } else if (r.statusCode() == 409 && r.headers().firstValue("Content-Type").orElse("")
                            .startsWith("application/problem+json")) {
                        conflicts++;
                    } else {
                        other++;
                        failures.add("claim answered " + r.statusCode() + " " + r.body());
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
        figures.put("claim races (" + inspectors.size() + " inspectors over both nodes, per task)", caseNos.size());
        figures.put("claim winners (2xx) / 409 problem+json / other", winners + " / " + conflicts + " / " + other);
        check(winners == caseNos.size(), "one winner per race");
    }

    // ---- timers, escalations ----------------------------------------------------------------------------------

    /** Each case's triage asks for a supplement; its 10-working-day timer is then made due now on both nodes. */
    void timers(Nodes lb, List<String> caseNos) throws Exception {
        for (String caseNo : caseNos) {
            String task = taskOf(caseNo, "triage");
            lb.basic("POST", "/api/v1/tasks/" + task + "/claim", null, "inspector", null);
            var r = lb.basic("POST", "/api/v1/tasks/" + task + "/complete", """
                    {"values":{"triageDecision":"REQUEST_SUPPLEMENT","supplementRequest":"请提供劳动合同和请假单"}}""",
                    "inspector", null);
            check(r.statusCode() == 204, "triage of " + caseNo + ": " + r.statusCode() + " " + r.body());
        }
        String in = marks(caseNos.size());
        int moved = update("UPDATE ACT_RU_JOB SET DUEDATE_ = UTC_TIMESTAMP() - INTERVAL 1 SECOND WHERE TYPE_ = 'timer'"
                + " AND PROCESS_INSTANCE_ID_ IN (SELECT ID_ FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ IN " + in
                + ")", caseNos.toArray());
        String count = "SELECT COUNT(*) FROM case_event WHERE action = 'CLOSED_INCOMPLETE' AND case_no IN " + in;
        await(() -> num(count, caseNos.toArray()) >= caseNos.size());
        pause(Duration.ofSeconds(5)); // a second firing would come now
        long fired = num(count, caseNos.toArray());
        long twice = num("SELECT COUNT(*) FROM (SELECT case_no FROM case_event WHERE action = 'CLOSED_INCOMPLETE'"
                + " AND case_no IN " + in + " GROUP BY case_no HAVING COUNT(*) > 1) d", caseNos.toArray());
        figures.put("timers made due / fired (case closed as incomplete)", moved + " / " + fired);
        figures.put("timers fired twice", twice);
        figures.put("jobs run by node-a / node-b (ACT_HI_JOB_LOG)", num("SELECT COUNT(*) FROM ACT_HI_JOB_LOG WHERE"
                + " JOB_STATE_ = 2 AND HOSTNAME_ = 'node-a'") + " / " + num("SELECT COUNT(*) FROM ACT_HI_JOB_LOG"
                + " WHERE JOB_STATE_ = 2 AND HOSTNAME_ = 'node-b'"));
        check(fired == caseNos.size() && twice == 0 && moved == caseNos.size(), "every timer fired once");
    }

    /** Half the open triage tasks overdue (the supervisors are told), half at risk (the workers are told). */
    void escalations(List<String> caseNos) throws Exception {
        List<String> tasks = new ArrayList<>();
        for (String c : caseNos) {
            tasks.add(taskOf(c, "triage"));
        }
        long expected = 0;
        long supervisors = num("SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.username = u.username"
                + " WHERE u.enabled AND u.district_code = ? AND r.role = 'SUPERVISOR'", PUDONG);
        long inspectors = num("SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.username = u.username"
                + " WHERE u.enabled AND u.district_code = ? AND r.role = 'INSPECTOR'", PUDONG);
        for (int i = 0; i < tasks.size(); i++) {
            String t = tasks.get(i);
            if (i % 2 == 0) {
                update("UPDATE task_view SET due_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE task_id = ?", t);
                expected += supervisors;
            } else {
                update("UPDATE task_view SET at_risk_at = UTC_TIMESTAMP(3) - INTERVAL 1 MINUTE,"
                        + " due_at = UTC_TIMESTAMP(3) + INTERVAL 1 DAY WHERE task_id = ?", t);
                expected += one("SELECT assignee FROM task_view WHERE task_id = ?", t) != null ? 1 : inspectors;
            }
        }
        String in = marks(tasks.size());
        StringBuilder keys = new StringBuilder("SELECT COUNT(*) FROM notification_outbox WHERE (1=0");
        for (int i = 0; i < tasks.size(); i++) {
            keys.append(" OR dedup_key LIKE ?");
        }
        keys.append(')');
        Object[] likes = tasks.stream().map(t -> "task-%:" + t + ":%").toArray();
        final long want = expected;
        await(() -> num("SELECT COUNT(*) FROM task_view WHERE task_id IN " + in
                + " AND (overdue_notified_at IS NOT NULL OR at_risk_notified_at IS NOT NULL)", tasks.toArray())
                == tasks.size() && num(keys.toString(), likes) >= want);
        pause(Duration.ofSeconds(5));
        long queued = num(keys.toString(), likes);
        figures.put("escalation notices expected / queued", want + " / " + queued);
        check(queued == want, "every escalation notice queued once");
    }

    // ---- notices, kill ----------------------------------------------------------------------------------------

    /** Waits until every notice of these cases is sent, then counts the deliveries in both nodes' logs. */
    void notices(List<ChildApp> apps, List<String> caseNos, String deadNode, long deadPid) throws Exception {
        String in = marks(caseNos.size());
        await(() -> num("SELECT COUNT(*) FROM notification_outbox WHERE status <> 'SENT' AND case_no IN " + in,
                caseNos.toArray()) == 0);
        List<Long> ids = longs("SELECT id FROM notification_outbox WHERE case_no IN " + in, caseNos.toArray());
        Map<Long, Integer> times = new HashMap<>();
        Map<Long, Integer> byDead = new HashMap<>();
        for (ChildApp app : apps) {
            Matcher m = NOTICE_LINE.matcher(app.log());
            while (m.find()) {
                long id = Long.parseLong(m.group(1));
                times.merge(id, 1, Integer::sum);
                if (app.pid() == deadPid) {
                    byDead.merge(id, 1, Integer::sum);
                }
            }
        }
        long once = ids.stream().filter(id -> times.getOrDefault(id, 0) == 1).count();
        long never = ids.stream().filter(id -> times.getOrDefault(id, 0) == 0).count();
        long twice = ids.stream().filter(id -> times.getOrDefault(id, 0) > 1).count();
        String label = deadNode == null ? "notices (both nodes up)" : "notices (" + deadNode + " killed mid-batch)";
        // the one double a crash may cause: the dead node sent a notice it held and died before marking it sent;
        // the survivor sends it again (at least once; the notice id lets a receiver drop the second)
        long crashWindow = ids.stream().filter(id -> times.getOrDefault(id, 0) == 2
                && byDead.getOrDefault(id, 0) == 1 && held.contains(id)).count();
        figures.put(label + ": queued / delivered once / never / twice", ids.size() + " / " + once + " / " + never
                + " / " + twice + (twice > 0 ? " (" + crashWindow + " sent by the dead node just before it died,"
                + " not yet marked sent)" : ""));
        check(never == 0 && twice == crashWindow, label + ": every notice delivered, none twice but in the crash window");
    }

    void killMidBatch(Nodes lb, ChildApp a, ChildApp b) throws Exception {
        // the victim at random; load goes on through the balancer while it dies
        ChildApp victim = Math.random() < 0.5 ? a : b;
        String name = victim == a ? "node-a" : "node-b";
        long pid = victim.pid();
        List<String> caseNos = new ArrayList<>();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<List<String>> load = pool.submit(() -> lodge(lb, killLoad));
        long claimedByDead = 0;
        long deadline = System.nanoTime() + bound.toNanos();
        String leased = "SELECT COUNT(*) FROM notification_outbox WHERE status = 'PENDING' AND lease_owner LIKE ?";
        try (Connection c = db(); PreparedStatement ps = prepare(c, leased, "%/" + pid + "/%")) {
            // one connection, polled as fast as it answers: the victim dies the moment it holds an unsent claim
            while (System.nanoTime() < deadline && !load.isDone()) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        victim.kill();
                        break;
                    }
                }
            }
        }
        if (victim.isAlive()) {
            victim.kill(); // the load ended before a claim was seen: killed after it (still shown below)
        }
        claimedByDead = num(leased, "%/" + pid + "/%");
        held = longs("SELECT id FROM notification_outbox WHERE status = 'PENDING' AND lease_owner LIKE ?",
                "%/" + pid + "/%");
        caseNos.addAll(load.get());
        pool.shutdown();
        figures.put("killed (SIGKILL)", name + ", holding " + claimedByDead + " claimed, unsent notices");
        check(caseNos.size() == killLoad, "every lodging got its 201 from one node or the other");
        notices(List.of(a, b), caseNos, name, pid);
        ChildApp survivor = victim == a ? b : a;
        Matcher m = NOTICE_LINE.matcher(survivor.log());
        List<Long> bySurvivor = new ArrayList<>();
        while (m.find()) {
            bySurvivor.add(Long.parseLong(m.group(1)));
        }
        long picked = held.stream().filter(bySurvivor::contains).count();
        figures.put("notices the dead node held, delivered by the survivor after the lease", picked + " / "
                + held.size());
        check(picked == held.size(), "the survivor delivered what the dead node held");
    }

    // ---- database, waiting, report ----------------------------------------------------------------------------

    Connection db() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    static String marks(int n) {
        return "(" + String.join(",", java.util.Collections.nCopies(Math.max(1, n), "?")) + ")";
    }

    private PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }

    int update(String sql, Object... params) throws SQLException {
        try (Connection c = db(); PreparedStatement ps = prepare(c, sql, params)) {
            return ps.executeUpdate();
        }
    }

    String one(String sql, Object... params) throws SQLException {
        try (Connection c = db(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    long num(String sql, Object... params) {
        try {
            String v = one(sql, params);
            return v == null ? 0 : Long.parseLong(v);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<Long> longs(String sql, Object... params) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Connection c = db(); PreparedStatement ps = prepare(c, sql, params); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return; // the figures show what was missing
            }
            Thread.sleep(500);
        }
    }

    static void pause(Duration d) throws InterruptedException {
        Thread.sleep(d.toMillis());
    }

    void check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    void report() throws Exception {
        StringBuilder md = new StringBuilder("# Two nodes on one database\n\n")
                .append("Run ").append(Instant.now()).append(" on ").append(url.replaceAll("\\?.*", ""))
                .append(", load average ").append(Files.readString(Path.of("/proc/loadavg")).strip())
                .append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores\n\n")
                .append("| figure | value |\n|---|---|\n");
        figures.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n").append(failures.isEmpty() ? "No failure." : "FAILURES:\n- " + String.join("\n- ", failures))
                .append('\n');
        Files.createDirectories(Path.of("target/bench"));
        Files.writeString(Path.of("target/bench/nodes.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
