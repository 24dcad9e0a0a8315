package org.ffw.perf;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.ffw.identity.ApiTokens;
import org.ffw.reliability.CrashWorkload;
import org.ffw.reliability.CrashWorkload.CertEmployer;
import org.ffw.support.ChildApp;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The employers' two procedures in the intake benchmark: subsidy applications of the demo employer (a different
 * employee each, the crash harness's bodies) and certification applications, one per employer (an employer has one
 * open application at a time), by as many employers as the loads can use — registered through the API as the
 * administrator, their accounts and bearer tokens written by SQL while the application is stopped (FFW has no API
 * that makes an employer account without a phone code).
 */
final class IntakeApplications {

    private static final ObjectMapper JSON = new ObjectMapper();

    private IntakeApplications() {
    }

    /** {@code n} employers of Pudong registered through {@code POST /api/v1/employers}, by 4 clients at once. */
    static List<CertEmployer> register(ChildApp app, int n, String run) throws Exception {
        HttpResponse<String> t = app.post("/api/v1/tokens", JSON.writeValueAsString(Map.of("name",
                "intake employers", "days", 1)), "admin", "demo");
        if (t.statusCode() != 201) {
            throw new IllegalStateException("admin token: " + t.statusCode() + " " + t.body());
        }
        String bearer = "Bearer " + JSON.readTree(t.body()).path("token").asText();
        List<CertEmployer> employers = CrashWorkload.employers(n, run);
        ConcurrentLinkedQueue<CertEmployer> todo = new ConcurrentLinkedQueue<>(employers);
        List<Thread> threads = new ArrayList<>();
        List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 4; i++) {
            Thread th = new Thread(() -> {
                CertEmployer e;
                while ((e = todo.poll()) != null && failures.isEmpty()) {
                    try {
                        var r = app.send("POST", "/api/v1/employers", CrashWorkload.json(Map.of("creditCode",
                                e.creditCode(), "name", e.name(), "district", "310115")), null, null,
                                Map.of("Authorization", bearer, "Idempotency-Key", "intake-employer-"
                                        + e.creditCode()));
                        if (r.statusCode() != 201) {
                            failures.add(e + ": " + r.statusCode() + " " + r.body());
                        }
                    } catch (Exception ex) {
                        failures.add(e + ": " + ex);
                    }
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("registering employers: " + failures.get(0));
        }
        return employers;
    }

    /** With the application stopped: an account and a bearer token for each employer; the tokens' headers. */
    static List<String> accountsAndTokens(Baselines.Db db, List<CertEmployer> employers) throws Exception {
        List<String> headers = new ArrayList<>();
        Instant now = Instant.now();
        try (Connection c = db.connect()) {
            CrashWorkload.insertAccounts(c, employers);
            try (PreparedStatement token = c.prepareStatement("""
                    INSERT INTO api_token (username, name, token_hash, created_at, expires_at)
                    VALUES (?, 'intake benchmark', ?, ?, ?)""")) {
                for (CertEmployer e : employers) {
                    String secret = "ffw_intake_" + UUID.randomUUID().toString().replace("-", "");
                    token.setString(1, e.username());
                    token.setString(2, ApiTokens.hash(secret));
                    token.setTimestamp(3, Timestamp.from(now));
                    token.setTimestamp(4, Timestamp.from(now.plus(Duration.ofDays(1))));
                    token.addBatch();
                    headers.add("Bearer " + secret);
                }
                token.executeBatch();
            }
        }
        return headers;
    }

    /** Subsidy applications of the demo employer, a different employee each ({@code run} keeps runs apart). */
    static Load.Result subsidies(ChildApp app, String bearer, int clients, double seconds, AtomicInteger seq,
                                 String run) throws InterruptedException {
        return Load.run("subsidy application", clients, seconds, w -> () -> {
            int i = seq.getAndIncrement();
            var r = app.send("POST", "/api/v1/subsidy-applications",
                    CrashWorkload.json(CrashWorkload.subsidy(CrashWorkload.residentId(run, i))), null, null,
                    Map.of("Authorization", bearer, "Idempotency-Key", "intake-subsidy-" + run + "-" + i));
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return true;
        });
    }

    /** Certification applications, each by the next employer not used yet; none left is an error. */
    static Load.Result certifications(ChildApp app, List<String> bearers, int clients, double seconds,
                                      AtomicLong next) throws InterruptedException {
        String body = CrashWorkload.json(CrashWorkload.certification());
        return Load.run("certification application", clients, seconds, w -> () -> {
            int i = (int) next.getAndIncrement();
            if (i >= bearers.size()) {
                throw new IllegalStateException("all " + bearers.size() + " employers have applied (--employers)");
            }
            var r = app.send("POST", "/api/v1/certifications", body, null, null,
                    Map.of("Authorization", bearers.get(i), "Idempotency-Key", "intake-cert-" + i + "-"
                            + UUID.randomUUID()));
            if (r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return true;
        });
    }
}
