package org.ffw.identity;

import java.util.Set;

import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A production database starts without accounts. When no ADMIN exists and {@code FFW_ADMIN_PASSWORD}
 * ({@code ffw.admin.initial-password}) is set, an account "admin" is created with it — the way in for the first
 * administrator. A weak password (fewer than {@value #MIN_LENGTH} characters, the demo password among them) stops
 * the start, even when an administrator already exists: a weak password in the configuration is an error wherever
 * it would be used.
 */
@Component
class InitialAdmin implements SmartInitializingSingleton {

    static final int MIN_LENGTH = 12;

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserService users;
    private final String password;

    InitialAdmin(UserService users, @Value("${ffw.admin.initial-password:${FFW_ADMIN_PASSWORD:}}") String password) {
        this.users = users;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (password == null || password.isEmpty()) {
            return;
        }
        // (the demo password is far shorter)
        if (password.strip().length() < MIN_LENGTH) {
            throw new IllegalStateException("FFW_ADMIN_PASSWORD must have at least " + MIN_LENGTH
                    + " characters (it is checked at every start, also once the administrator exists)");
        }
        if (users.anyWithRole(Role.ADMIN)) {
            return;
        }
        users.create(new NewAccount("admin", password, "系统管理员", Set.of(Role.ADMIN), null, null, null, null, null),
                false);
        log.info("created the initial administrator account \"admin\"");
    }
}
