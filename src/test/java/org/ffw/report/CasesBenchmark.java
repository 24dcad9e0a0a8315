package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.ffw.support.BenchTimer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test: surefire's includes (*Test, *Tests, *Properties) do not match it, so {@code ./mvnw verify}
 * never runs it. Run it with {@code bench/run cases} (see bench/README.md).
 * <p>
 * Loads {@code bench.cases} cases (default 1,000,000) of every procedure over three years with {@link CaseLoad}, then
 * times what the workbench and the reports ask of them — the case search ({@link CaseProbes}) and the dashboard's
 * aggregates — through the same services the pages call, and prints p50/p95/p99/mean per query.
 */
@SpringBootTest(properties = {
        "ffw.worktable.escalation-interval=PT24H",
        "ffw.demo.cases=false",
        "logging.level.org.ffw=warn"})
class CasesBenchmark {

    final int cases = Integer.getInteger("bench.cases", 1_000_000);
    final int employers = Integer.getInteger("bench.employers", 20_000);
    final int batch = Integer.getInteger("bench.batch", 2_000);
    final long seed = Long.getLong("bench.seed", 20261203L);
    final boolean keep = Boolean.getBoolean("bench.keep");
    final BenchTimer timer = new BenchTimer(Integer.getInteger("bench.warmup", 5),
            Integer.getInteger("bench.iterations", 100));

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String profiles = System.getProperty("spring.profiles.active", "");
        if (!profiles.contains("mysql")) {
            registry.add("spring.datasource.url", () -> System.getProperty("bench.h2-url",
                    "jdbc:h2:mem:ffw-cases-bench;MODE=MySQL;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE"));
        }
    }

    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void cases() throws Exception {
        try {
            run();
        } finally {
            if (!keep) {
                cleanUp();
            }
        }
    }

    private void run() throws Exception {
        String database;
        List<String> districts = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            DatabaseMetaData md = c.getMetaData();
            database = md.getDatabaseProductName() + " " + md.getDatabaseProductVersion();
            try (ResultSet rs = st.executeQuery("SELECT code FROM district ORDER BY sort_order")) {
                while (rs.next()) {
                    districts.add(rs.getString(1));
                }
            }
        }
        assertThat(districts).hasSize(16);
        timer.line("# Cases benchmark: the case search and the dashboard's aggregates");
        timer.line("");
        timer.line("- started: " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        timer.line("- database: " + database);
        timer.line("- JVM: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, "
                + Runtime.getRuntime().availableProcessors() + " CPUs");
        timer.line("- load average before loading: " + BenchTimer.loadAverage());

        CaseLoad load = new CaseLoad(employers, cases, seed, districts);
        long t0 = System.nanoTime();
        Map<String, Long> written;
        try (Connection c = dataSource.getConnection()) {
            written = load.load(c, batch);
        }
        long loadNanos = System.nanoTime() - t0;
        long t1 = System.nanoTime();
        analyze(written.keySet());
        timer.line(String.format(Locale.ROOT, "- loaded in %.1f s with JDBC batches of %d (statistics %.1f s): %s",
                BenchTimer.seconds(loadNanos), batch, BenchTimer.seconds(System.nanoTime() - t1), written));

        Map<String, Supplier<Object>> ops = new LinkedHashMap<>();
        CaseProbes probes = new CaseProbes(context);
        probes.describe(load, timer::line);
        probes.add(load, ops);
        timer.line("");
        timer.line("- load average before timing: " + BenchTimer.loadAverage());
        Map<String, long[]> samples = timer.time(ops);
        timer.line("- load average after timing: " + BenchTimer.loadAverage());
        timer.line("");
        timer.line("## Timings");
        timer.line("");
        timer.table("who", samples);
        timer.write("cases", database, cases);
    }

    /** Fresh index statistics after a bulk load, as a DBA would have. */
    private void analyze(Iterable<String> tables) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
            if (h2) {
                st.execute("SET QUERY_TIMEOUT 0");
                st.execute("ANALYZE");
                return;
            }
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("ANALYZE TABLE " + table)) {
                    while (rs.next()) {
                        // drain
                    }
                }
            }
        }
    }

    private void cleanUp() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            String ours = " LIKE '__-____-5_____'";
            st.executeUpdate("DELETE FROM friendly_certificate WHERE issued_by_case" + ours);
            for (String table : List.of("certification_application", "subsidy_application", "complaint",
                    "case_registry")) {
                st.executeUpdate("DELETE FROM " + table + " WHERE case_no" + ours);
            }
            st.executeUpdate("DELETE FROM employer WHERE credit_code LIKE '91______BN%'");
        }
    }
}
