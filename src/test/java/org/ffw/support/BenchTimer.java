package org.ffw.support;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The timing and the report of a benchmark: round after round, every query once per round, so that noise from the
 * (shared) machine spreads over all of them alike; percentiles in a Markdown table; the report under target/bench.
 * A query stops being timed after {@code iterations} calls or once its timed calls have taken {@code bench.budget-ms}
 * in all (slow queries then get fewer samples; the table says how many), and is given up after one call longer than
 * {@code bench.max-call-ms}.
 */
public final class BenchTimer {

    private final int warmup;
    private final int iterations;
    private final long budget = Long.getLong("bench.budget-ms", 20_000) * 1_000_000L;
    private final long maxCall = Long.getLong("bench.max-call-ms", 20_000) * 1_000_000L;
    private final StringBuilder report = new StringBuilder();
    private final Map<String, Long> gaveUp = new LinkedHashMap<>();

    public BenchTimer(int warmup, int iterations) {
        this.warmup = warmup;
        this.iterations = iterations;
    }

    /** Times each query; keys are "group|query" (the table's first two columns). */
    public Map<String, long[]> time(Map<String, Supplier<Object>> ops) {
        Map<String, long[]> samples = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Long> spent = new HashMap<>();
        ops.keySet().forEach(k -> samples.put(k, new long[iterations]));
        long sink = 0;
        for (int round = 0; round < warmup + iterations; round++) {
            boolean any = false;
            for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
                String key = op.getKey();
                if (gaveUp.containsKey(key) || spent.getOrDefault(key, 0L) >= budget) {
                    continue;
                }
                any = true;
                long start = System.nanoTime();
                Object result = op.getValue().get();
                long elapsed = System.nanoTime() - start;
                sink += result == null ? 0 : result.hashCode();
                if (round >= warmup) {
                    int n = counts.merge(key, 1, Integer::sum);
                    samples.get(key)[n - 1] = elapsed;
                    spent.merge(key, elapsed, Long::sum);
                }
                if (elapsed > maxCall) {
                    gaveUp.put(key, elapsed);
                    System.out.println("  gave up " + key + ": one call took " + ms(elapsed) + " ms");
                }
            }
            if (!any) {
                break;
            }
            if ((round + 1) % 25 == 0) {
                System.out.println("  round " + (round + 1) + " of at most " + (warmup + iterations));
            }
        }
        if (sink == 42) {
            System.out.println();
        }
        samples.replaceAll((k, v) -> Arrays.copyOf(v, counts.getOrDefault(k, 0)));
        return samples;
    }

    /** The Markdown table of the samples: group, query, n, p50, p95, p99, mean (ms). */
    public void table(String firstColumn, Map<String, long[]> samples) {
        line(String.format(Locale.ROOT, "%d warm-up rounds, then up to %d timed rounds; each round calls every query"
                + " once, in turn; a query stops after %d calls or %d s of its own time (n = calls timed)."
                + " System.nanoTime around one call; milliseconds.", warmup, iterations, iterations,
                budget / 1_000_000_000L));
        line("");
        line("| " + firstColumn + " | query | n | p50 | p95 | p99 | mean |");
        line("|---|---|---:|---:|---:|---:|---:|");
        samples.forEach((key, ns) -> {
            String[] parts = key.split("\\|", 2);
            String query = parts.length > 1 ? parts[1] : "";
            if (gaveUp.containsKey(key)) {
                line(String.format(Locale.ROOT, "| %s | %s | 1 | gave up: one call took %s ms | | | |", parts[0],
                        query, ms(gaveUp.get(key))));
                return;
            }
            long[] sorted = ns.clone();
            Arrays.sort(sorted);
            if (sorted.length == 0) {
                return;
            }
            line(String.format(Locale.ROOT, "| %s | %s | %d | %s | %s | %s | %s |", parts[0], query, sorted.length,
                    ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                    ms((long) Arrays.stream(sorted).average().orElse(0))));
        });
    }

    public boolean gaveUp() {
        return !gaveUp.isEmpty();
    }

    public void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    /** Writes the report to target/bench (or bench.out) as {@code <name>-<db>-<size>-<UTC time>.md}. */
    public Path write(String name, String database, long size) throws IOException {
        String lower = database.toLowerCase(Locale.ROOT);
        String db = lower.startsWith("h2") ? "h2" : lower.contains("mariadb") ? "mariadb" : "mysql";
        Path dir = Path.of(System.getProperty("bench.out", "target/bench"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + "-" + db + "-" + size + "-"
                + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now())
                + ".md");
        Files.writeString(file, report, StandardCharsets.UTF_8);
        System.out.println("report written to " + file.toAbsolutePath());
        return file;
    }

    public static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    public static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    public static double seconds(long nanos) {
        return nanos / 1e9;
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException | RuntimeException e) {
            return String.valueOf(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
