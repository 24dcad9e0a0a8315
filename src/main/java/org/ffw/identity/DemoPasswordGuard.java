package org.ffw.identity;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the embedded demo, FFW refuses to start while an account that matters still has the demo password: one
 * the demo loader created, one with a well-known demo username, any administrator and any district staff account.
 * Runs before the web server opens its port.
 * <p>
 * Checking a password against a BCrypt hash costs about 70 ms, so the guard does not check every account (there may
 * be many employees and employer accounts); it checks these, a few hundred at most, on all processors. Every other
 * account with the demo password is refused when it signs in ({@link DemoPasswordSignIn}), and with demo mode off
 * the demo password cannot be given to an account ({@link UserService#create}, {@link UserService#changePassword}).
 */
@Component
@ConditionalOnProperty(name = "ffw.demo.enabled", havingValue = "false")
class DemoPasswordGuard implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoPasswordGuard.class);

    private final UserService users;
    private final PasswordEncoder passwords;

    DemoPasswordGuard(UserService users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        List<UserAccount> candidates = users.demoCandidates();
        List<String> offenders = candidates.parallelStream()
                .filter(UserAccount::enabled)
                .filter(a -> passwords.matches(DemoAccounts.PASSWORD, a.passwordHash()))
                .map(UserAccount::username)
                .sorted()
                .toList();
        if (!offenders.isEmpty()) {
            throw new IllegalStateException("Refusing to start: these accounts still have the demo password: "
                    + offenders + ". Change their passwords or disable them.");
        }
        log.info("demo password guard: none of {} demo, administrator and staff accounts has the demo password "
                + "({} ms)", candidates.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
