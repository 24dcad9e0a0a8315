package org.ffw.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.ffw.reliability.CrashChecks.Figures;
import org.ffw.reliability.CrashWorkload.Kind;
import org.junit.jupiter.api.Test;

/**
 * The crash harness (docs/reliability.md, "Crash without loss"): not a test — surefire's includes do not match it,
 * {@code bench/run crash} runs it. Properties: {@code crash.db} (h2 | mariadb; MariaDB reads FFW_DB_URL,
 * FFW_DB_USER, FFW_DB_PASSWORD and wants an empty database), {@code crash.submissions} (1000), {@code crash.clients}
 * (8), {@code crash.kills} (1), {@code crash.completions} (submissions / 5), {@code crash.seed} (the time).
 * Prints the figures, writes {@code target/bench/crash-<db>.md} and fails when anything acknowledged is lost,
 * duplicated, renumbered or not at its step.
 */
public class CrashHarness {

    @Test
    void crash() throws Exception {
        String db = System.getProperty("crash.db", "h2");
        int n = Integer.getInteger("crash.submissions", 1000);
        CrashRun.Config config = config(db, Path.of("target", "crash-" + db).toAbsolutePath(), n, Integer.getInteger("crash.clients", 8),
                Integer.getInteger("crash.kills", 1), Integer.getInteger("crash.completions", n / 5),
                Long.getLong("crash.seed", System.currentTimeMillis()));
        Figures f = runAndReport(config);
        assertAllKept(f);
    }

    /** The child's arguments and the checks' JDBC connection for a database kind. */
    public static CrashRun.Config config(String db, Path dir, int submissions, int clients, int kills, int completions,
                                  long seed) throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        return switch (db) {
            case "h2" -> new CrashRun.Config("h2", dir, List.of("--ffw.demo.cases=false"),
                    "jdbc:h2:file:" + dir.resolve("data/ffw") + ";MODE=MySQL", "sa", "", submissions, clients, kills,
                    completions, seed);
            case "mariadb", "mysql" -> {
                String url = System.getenv("FFW_DB_URL");
                if (url == null) {
                    throw new IllegalStateException("crash.db=" + db + " needs FFW_DB_URL, FFW_DB_USER, "
                            + "FFW_DB_PASSWORD (an empty database; bench/run crash --db mariadb makes one)");
                }
                String user = System.getenv("FFW_DB_USER");
                String password = System.getenv("FFW_DB_PASSWORD");
                yield new CrashRun.Config(db, dir, List.of("--spring.profiles.active=mysql",
                        "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password, "--ffw.demo.enabled=true",
                        "--ffw.demo.cases=false"), url, user, password, submissions, clients, kills, completions,
                        seed);
            }
            default -> throw new IllegalArgumentException("crash.db is h2 or mariadb, not " + db);
        };
    }

    public static Figures runAndReport(CrashRun.Config config) throws Exception {
        CrashRun run = new CrashRun(config);
        Instant began = Instant.now();
        run.execute();
        Figures f = CrashChecks.check(run);
        String report = report(config, run, f, began);
        System.out.println(report);
        Path out = Path.of("target", "bench", "crash-" + config.db() + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        return f;
    }

    public static void assertAllKept(Figures f) {
        assertThat(f.problems()).as("lost, duplicated, renumbered or misplaced cases").isEmpty();
        assertThat(f.lost()).as("acknowledged and lost").isZero();
        assertThat(f.serverErrors()).as("5xx or unanswered requests while the application was up").isZero();
        assertThat(f.refusals()).as("valid submissions refused").isZero();
        assertThat(f.nextStepFound()).as("acknowledged completions with their next step")
                .isEqualTo(f.completionsAcknowledged());
    }

    private static String report(CrashRun.Config c, CrashRun run, Figures f, Instant began) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Crash harness — ").append(c.db()).append("\n\n");
        sb.append("- date: ").append(began.truncatedTo(ChronoUnit.SECONDS)).append(", took ")
                .append(java.time.Duration.between(began, Instant.now()).toSeconds()).append(" s\n");
        sb.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(loadAverage()).append(" (at the end)\n");
        sb.append("- ").append(c.submissions()).append(" submissions, ").append(c.clients()).append(" clients, ")
                .append(c.kills()).append(" kill(s) with SIGKILL, in flight at each kill: ").append(run.inFlightAtKill)
                .append("; starts took ").append(run.startMillis).append(" ms; seed ").append(c.seed()).append("\n\n");
        sb.append("| figure | count |\n|---|---|\n");
        row(sb, "sent", f.sent());
        row(sb, "acknowledged (201)", f.acknowledged());
        row(sb, "found after the restart, at the right number", f.found());
        row(sb, "**lost** (acknowledged, not found)", f.lost());
        row(sb, "duplicates (a submission with two cases)", f.duplicates());
        row(sb, "reused numbers", f.reusedNumbers());
        row(sb, "acknowledged, not at the first user task (engine or task_view)", f.wrongStep());
        row(sb, "acknowledged, not in the staff's queue (GET /api/v1/tasks)", f.notInQueue());
        row(sb, "acknowledged, retry answered another case or no 201", f.retryMismatch());
        row(sb, "unacknowledged (no answer: killed under it)", f.unacknowledged());
        row(sb, "unacknowledged with a case after the retry (exactly one)", f.unacknowledgedCreated());
        row(sb, "of these, committed before the kill (the retry replayed it)", f.unacknowledgedReplayed());
        row(sb, "5xx or no answer while up", f.serverErrors());
        row(sb, "valid submissions refused (4xx)", f.refusals());
        row(sb, "triage completions tried", f.completionsTried());
        row(sb, "completions acknowledged (204)", f.completionsAcknowledged());
        row(sb, "of these, next step (investigation) found", f.nextStepFound());
        row(sb, "completions unanswered (killed under them)", f.completionsUnanswered());
        sb.append("\n| procedure | sent | acknowledged | found |\n|---|---|---|---|\n");
        for (Kind k : Kind.values()) {
            int[] v = f.byKind().getOrDefault(k, new int[3]);
            sb.append("| ").append(k.name().toLowerCase()).append(" | ").append(v[0]).append(" | ").append(v[1])
                    .append(" | ").append(v[2]).append(" |\n");
        }
        if (!f.problems().isEmpty() || !run.serverErrors.isEmpty() || !run.refusals.isEmpty()) {
            sb.append("\n## Problems\n\n");
            Stream.of(f.problems().stream(), run.serverErrors.stream(), run.refusals.stream()).flatMap(s -> s)
                    .limit(60).forEach(p -> sb.append("- ").append(p.replace("\n", "\n  ")).append("\n"));
        }
        return sb.toString();
    }

    private static void row(StringBuilder sb, String figure, int count) {
        sb.append("| ").append(figure).append(" | ").append(count).append(" |\n");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0] + " "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[1] + " "
                    + Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[2];
        } catch (IOException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
