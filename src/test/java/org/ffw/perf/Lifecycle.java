package org.ffw.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.ffw.support.ChildApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One whole complaint over HTTP, as the demo users do it: lodged by an employee, triaged by the inspector, answered
 * by the employer and, beside it, given the union's opinion, investigated, found substantiated, a correction ordered,
 * the rectification reported by the employer and verified as {@code RECTIFIED} by the inspector (which closes the
 * case without the supervisor's penalty step, bpmn/leave-correction.bpmn); then counted when the complainant's own
 * view says {@code CLOSED}. Each step finds its task in the user's queue ({@code GET /api/v1/tasks?caseNo=…}),
 * claims it when unassigned and completes it. Every request is timed by kind; any answer other than a 2xx throws.
 * One bearer token per demo user ({@code POST /api/v1/tokens}), so that no request pays for a BCrypt hash.
 */
final class Lifecycle {

    static final List<String> USERS = List.of("employee", "employee2", "inspector", "employer", "union", "supervisor");
    static final List<String> KINDS = List.of("lodge", "task list", "claim", "complete", "case view");
    /** The user tasks of the path driven, in order (employerResponse and unionOpinion run in parallel). */
    static final List<String> TASKS = List.of("triage", "employerResponse", "unionOpinion", "investigate", "finding",
            "orderCorrection", "reportRectification", "verifyRectification");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> tokens;
    private final Map<String, Recorder> requests = new LinkedHashMap<>();
    private final AtomicLong seq = new AtomicLong();

    private Lifecycle(String base, Map<String, String> tokens) {
        this.base = base;
        this.tokens = tokens;
        KINDS.forEach(k -> requests.put(k, new Recorder(TimeUnit.SECONDS.toMicros(60), 3)));
    }

    /** Mints a bearer token per demo user (password demo) on the running application. */
    static Lifecycle on(ChildApp app) throws Exception {
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String u : USERS) {
            HttpResponse<String> r = app.post("/api/v1/tokens", JSON.writeValueAsString(Map.of("name",
                    "lifecycle benchmark", "days", 1)), u, "demo");
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST /api/v1/tokens as " + u + ": " + r.statusCode() + " " + r.body());
            }
            tokens.put(u, "Bearer " + JSON.readTree(r.body()).path("token").asText());
        }
        return new Lifecycle("http://localhost:" + app.port(), tokens);
    }

    /** Whole lifecycles in {@code workers} closed-loop workers for {@code seconds}; request timings start afresh. */
    Load.Result run(int workers, double seconds) throws InterruptedException {
        requests.values().forEach(Recorder::reset);
        return Load.run("FFW lifecycle", workers, seconds, w -> this::one);
    }

    /** The single requests' latencies since the last {@link #run}, per kind. */
    Map<String, Histogram> requestLatencies() {
        Map<String, Histogram> out = new LinkedHashMap<>();
        requests.forEach((k, r) -> out.put(k, r.getIntervalHistogram()));
        return out;
    }

    /** One case from lodging to CLOSED; returns its number. */
    String drive() throws Exception {
        long i = seq.incrementAndGet();
        String complainant = i % 2 == 0 ? "employee" : "employee2";
        String caseNo = lodge(complainant, i);
        work("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "职工反映：单位仅批准98天产假，未依法给予60天生育假。"));
        work("employer", caseNo, "employerResponse", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期，附考勤记录。"));
        work("union", caseNo, "unionOpinion", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假的诉求。"));
        work("inspector", caseNo, "investigate", Map.of("investigationRecord", "调取考勤记录与请假审批单，询问人事经理。",
                "investigationAction", "DONE"));
        work("inspector", caseNo, "finding", Map.of("finding", "SUBSTANTIATED",
                "findingReason", "单位未依法给予生育假的事实清楚。", "affectedEmployees", 1));
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
        work("inspector", caseNo, "orderCorrection", Map.of("requiredActions", "为职工补足60天生育假并书面告知。",
                "correctionDeadline", deadline));
        work("employer", caseNo, "reportRectification", Map.of("rectificationReport", "已为职工补足60天生育假。"));
        work("inspector", caseNo, "verifyRectification", Map.of("verification", "RECTIFIED",
                "verificationNote", "经核查，单位已补足生育假。"));
        JsonNode view = JSON.readTree(send("case view", complainant, "GET", "/api/v1/complaints/" + caseNo, null));
        if (!"CLOSED".equals(view.path("status").asText())) {
            throw new IllegalStateException(caseNo + " ended " + view.path("status").asText() + ", not CLOSED");
        }
        return caseNo;
    }

    private boolean one() throws Exception {
        return drive() != null;
    }

    private String lodge(String user, long i) throws Exception {
        String body = send("lodge", user, "POST", "/api/v1/complaints", IntakeBenchmark.complaint(i, "全流程压测"),
                "lifecycle-" + i + "-" + UUID.randomUUID());
        return JSON.readTree(body).path("caseNo").asText();
    }

    private void work(String user, String caseNo, String key, Map<String, Object> values) throws Exception {
        JsonNode item = null;
        for (JsonNode it : JSON.readTree(send("task list", user, "GET", "/api/v1/tasks?caseNo=" + caseNo, null))
                .path("items")) {
            if (key.equals(it.path("taskKey").asText())) {
                item = it;
            }
        }
        if (item == null) {
            throw new IllegalStateException(user + " sees no open task " + key + " of " + caseNo);
        }
        String id = item.path("id").asText();
        if (item.path("assignee").isNull() || item.path("assignee").isMissingNode()) {
            send("claim", user, "POST", "/api/v1/tasks/" + id + "/claim", null);
        }
        send("complete", user, "POST", "/api/v1/tasks/" + id + "/complete",
                JSON.writeValueAsString(Map.of("values", values)));
    }

    private String send(String kind, String user, String method, String path, String json) throws Exception {
        return send(kind, user, method, path, json, null);
    }

    private String send(String kind, String user, String method, String path, String json, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", tokens.get(user)).header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        long start = System.nanoTime();
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(kind + " " + method + " " + path + " as " + user + ": " + r.statusCode()
                    + " " + r.body());
        }
        requests.get(kind).recordValue(Math.max(1, (System.nanoTime() - start) / 1_000));
        return r.body();
    }
}
