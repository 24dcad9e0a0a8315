package org.ffw.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.ffw.reliability.CrashChecks.Figures;
import org.ffw.reliability.CrashHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 201 is a promise on the embedded default too: the crash harness ({@link CrashHarness}, docs/reliability.md)
 * with small numbers — the real application on the shipped configuration (H2 file database under its working
 * directory, demo accounts) takes 40 complaints, subsidy and certification applications from four clients while an
 * inspector completes triages, is killed with SIGKILL after a random number of acknowledgements and restarted on
 * the same directory. Every acknowledged case is there at its number, at its first user task and in its staff's
 * queue; every acknowledged completion's next step exists; a retry with the same Idempotency-Key makes no second
 * case; no number is handed out twice.
 * <p>
 * Not on the MySQL leg: it is about the embedded default, which the child runs whatever the suite's profiles
 * (.ci/run runs the harness on MariaDB).
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class CrashDurabilityTest {

    @Test
    void every_acknowledged_case_and_completion_survives_a_kill_and_no_case_number_is_reused(@TempDir Path dir)
            throws Exception {
        assumeFalse(Arrays.stream(System.getProperty("spring.profiles.active", "").split(","))
                .map(String::strip).anyMatch("mysql"::equals), "about the embedded H2 default; not on the MySQL leg");

        Figures f = CrashHarness.runAndReport(CrashHarness.config("h2", dir, 40, 4, 1, 8, System.nanoTime()));

        assertThat(f.acknowledged()).as("acknowledged before and after the kill").isGreaterThan(0);
        assertThat(f.completionsAcknowledged()).as("completions acknowledged").isGreaterThan(0);
        CrashHarness.assertAllKept(f);
    }
}
