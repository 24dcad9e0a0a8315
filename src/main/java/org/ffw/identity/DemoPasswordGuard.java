package org.ffw.identity;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the embedded demo, FFW refuses to start while any account that the demo loader created (or that has a
 * well-known demo username) still has the demo password. Runs before the web server opens its port.
 */
@Component
@ConditionalOnProperty(name = "ffw.demo.enabled", havingValue = "false")
class DemoPasswordGuard implements SmartInitializingSingleton {

    private final UserService users;
    private final PasswordEncoder passwords;

    DemoPasswordGuard(UserService users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> offenders = users.demoCandidates().stream()
                .filter(UserAccount::enabled)
                .filter(a -> passwords.matches(DemoAccounts.PASSWORD, a.passwordHash()))
                .map(UserAccount::username)
                .toList();
        if (!offenders.isEmpty()) {
            throw new IllegalStateException("Refusing to start: these accounts still have the demo password: "
                    + offenders + ". Change their passwords or disable them.");
        }
    }
}
