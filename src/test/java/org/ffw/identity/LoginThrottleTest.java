package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The throttle's verdicts, per account and per address, on a fixed clock. */
class LoginThrottleTest {

    private final AccountProperties.Throttle props = new AccountProperties.Throttle(3, Duration.ofSeconds(1),
            Duration.ofSeconds(30), 8, Duration.ofMinutes(15), 20, 50, Duration.ofHours(1));
    private final LoginThrottle throttle = new LoginThrottle(null, props, java.time.Clock.systemUTC());
    private final Instant now = Instant.parse("2026-03-01T02:00:00Z");

    private LoginThrottle.Failure failures(int n, Instant last, Instant lockedUntil) {
        return new LoginThrottle.Failure("k", n, last, last, lockedUntil);
    }

    @Test
    void below_the_threshold_nothing_waits() {
        assertThat(throttle.verdict(failures(2, now, null), 3, 8, now)).isEmpty();
    }

    @Test
    void from_the_threshold_the_wait_doubles_up_to_the_maximum() {
        assertThat(throttle.verdict(failures(3, now, null), 3, 8, now).orElseThrow().until())
                .isEqualTo(now.plusSeconds(1));
        assertThat(throttle.verdict(failures(5, now, null), 3, 8, now).orElseThrow().until())
                .isEqualTo(now.plusSeconds(4));
        assertThat(throttle.delay(20)).isEqualTo(Duration.ofSeconds(30));
        assertThat(throttle.verdict(failures(3, now.minusSeconds(2), null), 3, 8, now)).isEmpty();
    }

    @Test
    void a_lock_holds_until_it_runs_out_and_old_failures_are_forgotten() {
        var locked = throttle.verdict(failures(8, now, now.plusSeconds(900)), 3, 8, now.plusSeconds(60));
        assertThat(locked.orElseThrow().locked()).isTrue();
        assertThat(throttle.verdict(failures(8, now, now.plusSeconds(900)), 3, 8, now.plusSeconds(901))).isEmpty();
        assertThat(throttle.verdict(failures(7, now, null), 3, 8, now.plus(Duration.ofHours(2)))).isEmpty();
    }

    @Test
    void an_address_has_its_own_higher_thresholds() {
        assertThat(throttle.verdict(failures(19, now, null), props.addressSlowAfter(), props.addressLockAfter(), now))
                .isEmpty();
        assertThat(throttle.verdict(failures(20, now, null), props.addressSlowAfter(), props.addressLockAfter(), now))
                .isPresent();
        assertThat(LoginThrottle.addressKey("10.0.0.1")).isNotEqualTo(LoginThrottle.accountKey("10.0.0.1"));
    }

    @Test
    void a_success_deletes_only_when_there_are_failures_to_forget() {
        java.util.List<String> calls = new java.util.ArrayList<>();
        java.util.Map<String, LoginThrottle.Failure> rows = new java.util.HashMap<>();
        LoginThrottle.FailureMapper mapper = (LoginThrottle.FailureMapper) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {LoginThrottle.FailureMapper.class}, (proxy, m, args) -> {
                    calls.add(m.getName());
                    return switch (m.getName()) {
                        case "find" -> rows.get((String) args[0]);
                        case "delete" -> rows.remove((String) args[0]) == null ? 0 : 1;
                        default -> 0;
                    };
                });
        LoginThrottle t = new LoginThrottle(mapper, props, java.time.Clock.systemUTC());

        t.succeeded("inspector");
        assertThat(calls).containsExactly("find");

        rows.put(LoginThrottle.accountKey("inspector"), failures(2, now, null));
        calls.clear();
        t.succeeded("Inspector ");
        assertThat(calls).containsExactly("find", "delete");
        assertThat(rows).isEmpty();
    }
}
