package org.ffw.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.ffw.support.ChildApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A 201 is a promise on the embedded default too: the real application, on the shipped configuration (H2 file
 * database under its working directory, demo accounts), is killed with SIGKILL while four clients lodge complaints;
 * after a restart on the same directory every acknowledged complaint is there with its query code, and the next
 * case number is above every acknowledged one (no number is handed out twice).
 * <p>
 * Not on the MySQL leg: it is about the embedded default, which the child runs whatever the suite's profiles.
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class CrashDurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration START = Duration.ofSeconds(150);
    private static final int CLIENTS = 4;
    /** acknowledgements to collect before the kill; the clients go on lodging until the child is gone */
    private static final int KILL_AFTER = 24;

    record Acknowledged(String caseNo, String queryCode) {
    }

    @Test
    void every_acknowledged_complaint_survives_a_kill_and_no_case_number_is_reused(@TempDir Path dir)
            throws Exception {
        assumeFalse(Arrays.stream(System.getProperty("spring.profiles.active", "").split(","))
                .map(String::strip).anyMatch("mysql"::equals), "about the embedded H2 default; not on the MySQL leg");

        ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger inFlightAtKill = new AtomicInteger();
        AtomicLong lodgingMillis = new AtomicLong();
        ChildApp first = ChildApp.start(dir, "--ffw.demo.cases=false");
        List<Thread> clients = new ArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicBoolean killed = new AtomicBoolean();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        try {
            first.awaitHealthy(START);
            loadCalendars(first);
            acknowledged.add(lodge(first)); // warm-up, acknowledged like any other
            for (int i = 0; i < CLIENTS; i++) {
                Thread t = new Thread(() -> {
                    while (!stop.get()) {
                        inFlight.incrementAndGet();
                        try {
                            acknowledged.add(lodge(first));
                        } catch (Throwable e) {
                            if (!killed.get()) {
                                failures.add(e.toString());
                            }
                            return; // after the kill: the child died under this request, which is not acknowledged
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    }
                }, "lodging-client-" + i);
                t.setDaemon(true);
                clients.add(t);
                t.start();
            }
            long lodgingSince = System.nanoTime();
            long deadline = lodgingSince + TimeUnit.SECONDS.toNanos(90);
            while (acknowledged.size() < KILL_AFTER && System.nanoTime() < deadline && failures.isEmpty()) {
                Thread.sleep(5);
            }
            assertThat(failures).as("lodging before the kill").isEmpty();
            assertThat(acknowledged.size()).as("acknowledged before the kill").isGreaterThanOrEqualTo(KILL_AFTER);
            inFlightAtKill.set(inFlight.get());
            lodgingMillis.set(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lodgingSince));
            killed.set(true);
            first.kill(); // SIGKILL while the clients are still lodging
        } finally {
            stop.set(true);
            first.close();
            for (Thread t : clients) {
                t.join(TimeUnit.SECONDS.toMillis(40));
            }
        }
        List<Acknowledged> acks = List.copyOf(acknowledged);
        assertThat(acks).extracting(Acknowledged::caseNo).as("case numbers acknowledged").doesNotHaveDuplicates();

        try (ChildApp second = ChildApp.start(dir, "--ffw.demo.cases=false")) {
            second.awaitHealthy(START);
            List<String> missing = new ArrayList<>();
            List<String> wrongQueryCode = new ArrayList<>();
            for (Acknowledged a : acks) {
                if (second.get("/api/v1/complaints/" + a.caseNo(), "employee", "demo").statusCode() != 200) {
                    missing.add(a.caseNo());
                } else if (second.get("/api/v1/public/case-status?caseNo=" + a.caseNo() + "&queryCode="
                        + a.queryCode(), null, null).statusCode() != 200) {
                    wrongQueryCode.add(a.caseNo());
                }
            }
            int found = acks.size() - missing.size();
            String highest = acks.stream().map(Acknowledged::caseNo).max(String::compareTo).orElseThrow();
            Acknowledged after = lodge(second);
            System.out.printf("CrashDurabilityTest: %d clients lodged for %d ms, killed with %d requests in flight; "
                            + "acknowledged %d, found after restart %d (missing %s, query code changed %s); "
                            + "highest acknowledged %s, next after restart %s%n",
                    CLIENTS, lodgingMillis.get(), inFlightAtKill.get(), acks.size(), found, missing, wrongQueryCode,
                    highest, after.caseNo());

            assertThat(missing).as("acknowledged complaints lost by the kill").isEmpty();
            assertThat(wrongQueryCode).as("acknowledged complaints whose query code no longer matches").isEmpty();
            assertThat(after.caseNo()).as("the first case number after the restart")
                    .isGreaterThan(highest);
        }
    }

    /** POST /api/v1/complaints as the demo employee; the 201's case number and query code. */
    private static Acknowledged lodge(ChildApp app) throws Exception {
        var r = app.post("/api/v1/complaints", JSON.writeValueAsString(complaint()), "employee", "demo");
        if (r.statusCode() != 201) {
            throw new AssertionError("lodging answered " + r.statusCode() + ": " + r.body()
                    + (r.statusCode() >= 500 ? "\n" + app.logTail(80) : ""));
        }
        JsonNode body = JSON.readTree(r.body());
        return new Acknowledged(body.path("caseNo").asText(), body.path("queryCode").asText());
    }

    private static Map<String, Object> complaint() {
        return Map.ofEntries(
                Map.entry("employerCreditCode", "91310115MA1H8R7C41"),
                Map.entry("employerName", "上海示例科技有限公司"),
                Map.entry("workplaceDistrict", "310115"),
                Map.entry("leaveType", "BIRTH"),
                Map.entry("childBirthDate", "2026-03-10"),
                Map.entry("babies", 1),
                Map.entry("violationDate", "2026-06-16"),
                Map.entry("facts", "本人于2026年3月10日生育，公司只批准98天产假，拒绝60天生育假。"),
                Map.entry("request", "补足生育假"),
                Map.entry("daysGranted", 98),
                Map.entry("confidential", true),
                Map.entry("phone", "13800000000"));
    }

    /**
     * Deadlines late in the year reach into the next; a year whose schedule is not loaded would stop lodging, so
     * the child gets a TEST FIXTURE schedule (not the State Council's) for this year and the next where missing —
     * through the API, as the demo admin.
     */
    private static void loadCalendars(ChildApp app) throws Exception {
        JsonNode years = JSON.readTree(app.get("/api/v1/calendar", null, null).body()).path("years");
        int thisYear = LocalDate.now(SHANGHAI).getYear();
        for (int year = thisYear; year <= thisYear + 1; year++) {
            boolean loaded = false;
            for (JsonNode y : years) {
                loaded |= y.asInt() == year;
            }
            if (loaded) {
                continue;
            }
            LocalDate monday = LocalDate.of(year, 2, 8);
            while (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
                monday = monday.plusDays(1);
            }
            List<Map<String, String>> days = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                days.add(Map.of("date", monday.plusDays(i).toString(), "kind", "STATUTORY_HOLIDAY", "name", "春节（测试）"));
            }
            days.add(Map.of("date", monday.plusDays(4).toString(), "kind", "ADJUSTED_REST", "name", "春节调休（测试）"));
            days.add(Map.of("date", monday.plusDays(12).toString(), "kind", "ADJUSTED_WORKDAY", "name", "春节补班（测试）"));
            var r = app.put("/api/v1/calendar/" + year, JSON.writeValueAsString(Map.of(
                    "source", "TEST FIXTURE — not a State Council schedule", "days", days)), "admin", "demo");
            assertThat(r.statusCode()).as("loading the %d calendar: %s", year, r.body()).isEqualTo(200);
        }
    }
}
