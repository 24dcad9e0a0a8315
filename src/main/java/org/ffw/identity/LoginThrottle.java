package org.ffw.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Failed sign-ins, per account and per address, in the database (every node sees the same counts). From
 * {@code slow-after} failures each further attempt must wait (a delay that doubles per failure); from
 * {@code lock-after} failures the account (or the address) is locked for {@code lock-for}. A success clears the
 * account's count (not the address's). Failures older than {@code window} are forgotten.
 */
@Service
public class LoginThrottle {

    /** Why an attempt is refused before the password is even checked, and until when. */
    public record Refusal(boolean locked, Instant until) {
        public Duration wait(Instant now) {
            Duration d = Duration.between(now, until);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }

    private final FailureMapper failures;
    private final AccountProperties.Throttle props;
    private Clock clock;

    @Autowired
    LoginThrottle(FailureMapper failures, AccountProperties props) {
        this(failures, props.throttle(), Clock.systemUTC());
    }

    LoginThrottle(FailureMapper failures, AccountProperties.Throttle props, Clock clock) {
        this.failures = failures;
        this.props = props;
        this.clock = clock;
    }

    static String accountKey(String username) {
        return "user:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    static String addressKey(String address) {
        return "addr:" + address;
    }

    Instant now() {
        return clock.instant();
    }

    /** Whether an attempt for this account from this address is refused now. */
    public Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Optional<Refusal> account = verdict(failures.find(accountKey(username)), props.slowAfter(), props.lockAfter(),
                now);
        if (account.isPresent() && account.get().locked()) {
            return account;
        }
        Optional<Refusal> addr = verdict(failures.find(addressKey(address)), props.addressSlowAfter(),
                props.addressLockAfter(), now);
        if (addr.isPresent() && (addr.get().locked() || account.isEmpty())) {
            return addr;
        }
        return account;
    }

    /** The account's lock, if it is locked now (for the login page's message). */
    public Optional<Instant> lockedUntil(String username) {
        Failure f = failures.find(accountKey(username));
        Instant now = clock.instant();
        return f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now) ? Optional.of(f.lockedUntil())
                : Optional.empty();
    }

    Optional<Refusal> verdict(Failure f, int slowAfter, int lockAfter, Instant now) {
        if (f == null) {
            return Optional.empty();
        }
        if (f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
            return Optional.of(new Refusal(true, f.lockedUntil()));
        }
        if (f.lastFailureAt().plus(props.window()).isBefore(now) || f.lockedUntil() != null) {
            return Optional.empty(); // forgotten, or a lock that has run out (its count starts again)
        }
        if (f.failures() >= slowAfter) {
            Instant next = f.lastFailureAt().plus(delay(f.failures() - slowAfter));
            if (next.isAfter(now)) {
                return Optional.of(new Refusal(false, next));
            }
        }
        return Optional.empty();
    }

    Duration delay(int beyond) {
        Duration d = props.slowDelay().multipliedBy(1L << Math.min(beyond, 16));
        return d.compareTo(props.maxDelay()) > 0 ? props.maxDelay() : d;
    }

    /** A failed attempt: counts for the account and the address; may lock either. */
    public void failed(String username, String address) {
        count(accountKey(username), props.lockAfter());
        if (address != null) {
            count(addressKey(address), props.addressLockAfter());
        }
    }

    /**
     * A success clears the account's failures — when it has any: every HTTP Basic request is a sign-in, and a read by
     * key is cheaper than a write that finds nothing to delete.
     */
    public void succeeded(String username) {
        String key = accountKey(username);
        if (failures.find(key) != null) {
            failures.delete(key);
        }
    }

    /** An administrator's or a password reset's unlock of an account. */
    public void clear(String username) {
        failures.delete(accountKey(username));
    }

    private void count(String key, int lockAfter) {
        Instant now = clock.instant();
        Failure f = failures.find(key);
        if (f == null) {
            try {
                failures.insert(key, now.toEpochMilli());
                f = failures.find(key);
            } catch (DuplicateKeyException raced) {
                f = failures.find(key);
                failures.increment(key, now.toEpochMilli());
            }
        } else if (f.lastFailureAt().plus(props.window()).isBefore(now)
                || (f.lockedUntil() != null && !f.lockedUntil().isAfter(now))) {
            failures.restart(key, now.toEpochMilli()); // forgotten, or after a lock ran out: counting starts again
        } else {
            failures.increment(key, now.toEpochMilli());
        }
        f = failures.find(key);
        if (f != null && f.failures() >= lockAfter && f.lockedUntil() == null) {
            failures.lock(key, now.plus(props.lockFor()).toEpochMilli());
        }
    }

    /** A row of {@code login_failure}; its times are epoch milliseconds in the table (see V47). */
    record Failure(String throttleKey, int failures, Instant firstFailureAt, Instant lastFailureAt,
                   Instant lockedUntil) {

        Failure(String throttleKey, Integer failures, Long firstFailureMs, Long lastFailureMs, Long lockedUntilMs) {
            this(throttleKey, failures, Instant.ofEpochMilli(firstFailureMs), Instant.ofEpochMilli(lastFailureMs),
                    lockedUntilMs == null ? null : Instant.ofEpochMilli(lockedUntilMs));
        }
    }

    @Mapper
    interface FailureMapper {

        @Select("""
                SELECT throttle_key, failures, first_failure_ms, last_failure_ms, locked_until_ms
                FROM login_failure WHERE throttle_key = #{key}""")
        @ConstructorArgs({@Arg(column = "throttle_key", javaType = String.class),
                @Arg(column = "failures", javaType = Integer.class),
                @Arg(column = "first_failure_ms", javaType = Long.class),
                @Arg(column = "last_failure_ms", javaType = Long.class),
                @Arg(column = "locked_until_ms", javaType = Long.class)})
        Failure find(@Param("key") String key);

        @Insert("""
                INSERT INTO login_failure (throttle_key, failures, first_failure_ms, last_failure_ms)
                VALUES (#{key}, 1, #{now}, #{now})""")
        int insert(@Param("key") String key, @Param("now") long now);

        @Update("UPDATE login_failure SET failures = failures + 1, last_failure_ms = #{now} WHERE throttle_key = #{key}")
        int increment(@Param("key") String key, @Param("now") long now);

        @Update("""
                UPDATE login_failure SET failures = 1, first_failure_ms = #{now},
                    last_failure_ms = #{now}, locked_until_ms = NULL WHERE throttle_key = #{key}""")
        int restart(@Param("key") String key, @Param("now") long now);

        @Update("UPDATE login_failure SET locked_until_ms = #{until} WHERE throttle_key = #{key}")
        int lock(@Param("key") String key, @Param("until") long until);

        @Delete("DELETE FROM login_failure WHERE throttle_key = #{key}")
        int delete(@Param("key") String key);
    }
}
