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
 * administrator. The demo password is refused.
 */
@Component
class InitialAdmin implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final UserService users;
    private final String password;

    InitialAdmin(UserService users, @Value("${ffw.admin.initial-password:${FFW_ADMIN_PASSWORD:}}") String password) {
        this.users = users;
        this.password = password;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (password == null || password.isBlank() || users.anyWithRole(Role.ADMIN)) {
            return;
        }
        if (password.length() < 12 || password.equals(DemoAccounts.PASSWORD)) {
            throw new IllegalStateException("FFW_ADMIN_PASSWORD must have at least 12 characters");
        }
        users.create(new NewAccount("admin", password, "系统管理员", Set.of(Role.ADMIN), null, null, null, null, null),
                false);
        log.info("created the initial administrator account \"admin\"");
    }
}
