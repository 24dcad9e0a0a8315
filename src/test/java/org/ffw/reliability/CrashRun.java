package org.ffw.reliability;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.ffw.reliability.CrashWorkload.CertEmployer;
import org.ffw.reliability.CrashWorkload.Kind;
import org.ffw.reliability.CrashWorkload.Submission;
import org.ffw.support.ChildApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One crash run: the real application in a child JVM ({@link ChildApp}) takes submissions from {@code clients}
 * concurrent clients while inspectors complete the triage of acknowledged complaints; it is killed with SIGKILL
 * {@code kills} times, each at a random moment (after a random number of acknowledgements, plus a random delay),
 * and restarted on the same database. After the last restart every submission is sent again with its own
 * Idempotency-Key, every acknowledged case is looked up in its staff's queue, and the application is stopped so
 * that {@link CrashChecks} can read the tables.
 */
public final class CrashRun {

    static final String PASSWORD = "demo";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START = Duration.ofMinutes(5);
    private static final String ALLEGATION = "单位未依法给予职工60天生育假。";

    /** Where and how much: {@code childArgs} point the child at its database; jdbc* let the checks read it. */
    public record Config(String db, Path dir, List<String> childArgs, String jdbcUrl, String jdbcUser, String jdbcPassword,
                  int submissions, int clients, int kills, int completions, long seed) {
    }

    /** What one submission got: its first answer (0 = none: the connection died) and, after the restart, the retry's. */
    static final class Outcome {
        volatile int status;
        volatile String caseNo;
        volatile boolean sent;
        volatile int retryStatus;
        volatile String retryCaseNo;
        volatile boolean retryReplayed;
        volatile String queueProblem;
    }

    final Config config;
    final String run;
    final List<CertEmployer> employers;
    final List<Submission> submissions;
    final Outcome[] outcomes;
    /** complaints whose triage completion was answered 204 */
    final Map<String, Boolean> completed = new ConcurrentHashMap<>();
    final AtomicInteger completionsTried = new AtomicInteger();
    final AtomicInteger completionsUnanswered = new AtomicInteger();
    final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> refusals = new ConcurrentLinkedQueue<>();
    final List<Long> startMillis = new ArrayList<>();
    final List<Integer> inFlightAtKill = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Random random;

    CrashRun(Config config) {
        this.config = config;
        this.random = new Random(config.seed());
        this.run = Long.toHexString(config.seed() & 0xffffffL);
        this.employers = CrashWorkload.employers(CrashWorkload.certifications(config.submissions()), run);
        this.submissions = CrashWorkload.make(config.submissions(), run, employers);
        this.outcomes = new Outcome[submissions.size()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = new Outcome();
        }
    }

    /** Prepare, the rounds with their kills, the retries and queue look-ups, then a clean stop. */
    void execute() throws Exception {
        prepare();
        LinkedBlockingQueue<Submission> pending = new LinkedBlockingQueue<>(submissions);
        LinkedBlockingQueue<String> triage = new LinkedBlockingQueue<>();
        List<Integer> killAt = new ArrayList<>();
        for (int k = 0; k < config.kills(); k++) {
            killAt.add((int) (config.submissions() * (0.15 + 0.7 * random.nextDouble())));
        }
        killAt.sort(Integer::compare);
        for (int round = 0; round <= config.kills(); round++) {
            Integer killPoint = round < config.kills() ? killAt.get(round) : null;
            ChildApp app = start();
            try {
                round(app, pending, triage, killPoint);
                if (killPoint == null) {
                    retryAll(app);
                    lookUpQueues(app);
                    app.stop();
                }
            } finally {
                app.close();
            }
        }
    }

    private ChildApp start() throws IOException, InterruptedException {
        long t = System.nanoTime();
        ChildApp app = ChildApp.start(config.dir(), config.childArgs().toArray(String[]::new));
        app.awaitHealthy(START);
        startMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
        return app;
    }

    /**
     * The calendars the deadlines need, and an employer with an account for each certification application:
     * registered through the API as the admin, the accounts (the demo employer's password hash) by SQL while the
     * application is stopped — FFW has no API that makes an employer account without a phone code.
     */
    private void prepare() throws Exception {
        ChildApp app = start();
        try {
            CrashCalendars.load(app);
            for (CertEmployer e : employers) {
                var r = app.send("POST", "/api/v1/employers", CrashWorkload.json(Map.of("creditCode", e.creditCode(),
                        "name", e.name(), "district", "310115")), "admin", PASSWORD,
                        Map.of("Idempotency-Key", "crash-employer-" + e.creditCode()));
                if (r.statusCode() != 201) {
                    throw new AssertionError("registering " + e + " answered " + r.statusCode() + ": " + r.body());
                }
            }
            app.stop();
        } finally {
            app.close();
        }
        try (Connection c = connect()) {
            CrashWorkload.insertAccounts(c, employers);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
    }

    /** Clients send until the queue is empty or the child is killed at {@code killPoint} acknowledgements. */
    private void round(ChildApp app, LinkedBlockingQueue<Submission> pending, LinkedBlockingQueue<String> triage,
                       Integer killPoint) throws InterruptedException {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger submitting = new AtomicInteger(config.clients());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < config.clients(); i++) {
            threads.add(thread("submitting-" + i, () -> {
                try {
                    submit(app, pending, triage, killed, inFlight);
                } finally {
                    submitting.decrementAndGet();
                }
            }));
        }
        for (int i = 0; i < Math.max(1, config.clients() / 4); i++) {
            threads.add(thread("completing-" + i, () -> complete(app, triage, killed, inFlight, submitting)));
        }
        if (killPoint != null) {
            while (acknowledged.get() < killPoint && !pending.isEmpty() && app.isAlive()) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(300)); // a random moment, not the instant after an acknowledgement
            inFlightAtKill.add(inFlight.get());
            killed.set(true);
            app.kill();
        }
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(30));
        }
    }

    private static Thread thread(String name, Runnable body) {
        Thread t = new Thread(body, "crash-" + name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void submit(ChildApp app, LinkedBlockingQueue<Submission> pending, LinkedBlockingQueue<String> triage,
                        AtomicBoolean killed, AtomicInteger inFlight) {
        Submission s;
        while (!killed.get() && (s = pending.poll()) != null) {
            Outcome o = outcomes[s.index()];
            o.sent = true;
            inFlight.incrementAndGet();
            try {
                HttpResponse<String> r = post(app, s);
                o.status = r.statusCode();
                if (r.statusCode() == 201) {
                    o.caseNo = JSON.readTree(r.body()).path("caseNo").asText();
                    acknowledged.incrementAndGet();
                    if (s.kind() == Kind.COMPLAINT) {
                        triage.add(o.caseNo);
                    }
                } else {
                    note(r.statusCode(), s.kind() + " #" + s.index(), r.body(), app);
                }
            } catch (IOException | InterruptedException died) {
                if (!killed.get()) {
                    serverErrors.add(s.kind() + " #" + s.index() + ": no answer (" + died + ")");
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }
    }

    private static HttpResponse<String> post(ChildApp app, Submission s) throws IOException, InterruptedException {
        return app.send("POST", s.kind().path, s.json(), s.user(), PASSWORD, Map.of("Idempotency-Key", s.key()));
    }

    private void note(int status, String what, String body, ChildApp app) {
        if (status >= 500) {
            serverErrors.add(what + ": " + status + " " + body + "\n" + app.logTail(40));
        } else {
            refusals.add(what + ": " + status + " " + body);
        }
    }

    /** The inspector claims and completes the triage (ACCEPT) of acknowledged complaints, up to the cap. */
    private void complete(ChildApp app, LinkedBlockingQueue<String> triage, AtomicBoolean killed,
                          AtomicInteger inFlight, AtomicInteger submitting) {
        try {
            while (!killed.get() && completionsTried.get() < config.completions()) {
                String caseNo = triage.poll(200, TimeUnit.MILLISECONDS);
                if (caseNo == null) {
                    if (submitting.get() == 0) {
                        return;
                    }
                    continue;
                }
                String task = taskId(app, "inspector", caseNo, "triage");
                if (task == null) {
                    continue; // not (yet) in the queue: the look-up after the last restart reports it
                }
                inFlight.incrementAndGet();
                completionsTried.incrementAndGet();
                boolean answered = false;
                try {
                    var claim = app.post("/api/v1/tasks/" + task + "/claim", null, "inspector", PASSWORD);
                    if (claim.statusCode() != 204) {
                        note(claim.statusCode(), "claim " + caseNo, claim.body(), app);
                        answered = true;
                        continue;
                    }
                    var done = app.post("/api/v1/tasks/" + task + "/complete", CrashWorkload.json(Map.of("values",
                            Map.of("triageDecision", "ACCEPT", "allegation", ALLEGATION))), "inspector", PASSWORD);
                    answered = true;
                    if (done.statusCode() == 204) {
                        completed.put(caseNo, true);
                    } else {
                        note(done.statusCode(), "complete " + caseNo, done.body(), app);
                    }
                } finally {
                    inFlight.decrementAndGet();
                    if (!answered) {
                        completionsUnanswered.incrementAndGet();
                    }
                }
            }
        } catch (IOException | InterruptedException died) {
            if (!killed.get()) {
                serverErrors.add("completion: no answer (" + died + ")");
            }
        }
    }

    /** The id of the case's open task with this key in the user's queue, or null. */
    static String taskId(ChildApp app, String user, String caseNo, String taskKey)
            throws IOException, InterruptedException {
        var r = app.get("/api/v1/tasks?caseNo=" + caseNo, user, PASSWORD);
        if (r.statusCode() != 200) {
            return null;
        }
        for (JsonNode item : JSON.readTree(r.body()).path("items")) {
            if (taskKey.equals(item.path("taskKey").asText()) && caseNo.equals(item.path("caseNo").asText())) {
                return item.path("id").asText();
            }
        }
        return null;
    }

    /** Every submission again, acknowledged or not, with its own key: a replay or (unacknowledged) a first case. */
    private void retryAll(ChildApp app) throws InterruptedException {
        LinkedBlockingQueue<Submission> all = new LinkedBlockingQueue<>(submissions);
        parallel(() -> {
            Submission s;
            while ((s = all.poll()) != null) {
                Outcome o = outcomes[s.index()];
                try {
                    HttpResponse<String> r = post(app, s);
                    o.retryStatus = r.statusCode();
                    o.retryReplayed = r.headers().firstValue("Idempotent-Replayed").isPresent();
                    if (r.statusCode() == 201) {
                        o.retryCaseNo = JSON.readTree(r.body()).path("caseNo").asText();
                    } else {
                        note(r.statusCode(), "retry " + s.kind() + " #" + s.index(), r.body(), app);
                    }
                } catch (IOException | InterruptedException e) {
                    serverErrors.add("retry #" + s.index() + ": no answer (" + e + ")");
                }
            }
        });
    }

    /** Each acknowledged case's first tasks in the right staff's queue (GET /api/v1/tasks?caseNo=). */
    private void lookUpQueues(ChildApp app) throws InterruptedException {
        LinkedBlockingQueue<Submission> all = new LinkedBlockingQueue<>(submissions);
        parallel(() -> {
            Submission s;
            while ((s = all.poll()) != null) {
                Outcome o = outcomes[s.index()];
                String caseNo = o.status == 201 ? o.caseNo : o.retryCaseNo;
                if (caseNo == null) {
                    continue;
                }
                try {
                    o.queueProblem = switch (s.kind()) {
                        case COMPLAINT -> completed.containsKey(caseNo)
                                ? missing(app, "inspector", caseNo, "investigate")
                                : either(missing(app, "inspector", caseNo, "triage"),
                                        missing(app, "inspector", caseNo, "investigate"));
                        case SUBSIDY -> missing(app, "officer", caseNo, "review");
                        case CERTIFICATION -> both(missing(app, "inspector", caseNo, "hrbReview"),
                                missing(app, "union", caseNo, "unionReview"));
                    };
                } catch (IOException | InterruptedException e) {
                    o.queueProblem = "no answer: " + e;
                }
            }
        });
    }

    private static String missing(ChildApp app, String user, String caseNo, String taskKey)
            throws IOException, InterruptedException {
        return taskId(app, user, caseNo, taskKey) != null ? null : taskKey + " not in " + user + "'s queue";
    }

    /** an unacknowledged completion may or may not have happened: either step will do */
    private static String either(String a, String b) {
        return a == null || b == null ? null : a + " nor " + b;
    }

    private static String both(String a, String b) {
        return a == null ? b : b == null ? a : a + ", " + b;
    }

    private void parallel(Runnable body) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < config.clients(); i++) {
            threads.add(thread("after-" + i, body));
        }
        for (Thread t : threads) {
            t.join(TimeUnit.MINUTES.toMillis(30));
        }
    }
}
