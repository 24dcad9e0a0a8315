package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.ffw.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * FFW_ADMIN_PASSWORD on a database without administrators: each case runs in a transaction that removes every
 * administrator (the demo admin too, in FFW's tables and in Camunda's identity service) and is rolled back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InitialAdminTest {

    static final String STRONG = "correct horse battery staple";

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    IdentityService camundaIdentity;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;

    private void withoutAdministrators(Runnable test) {
        tx.executeWithoutResult(s -> {
            try {
                for (String admin : users.usernamesWithRole(Role.ADMIN)) {
                    camundaIdentity.deleteUser(admin);
                }
                jdbc.update("DELETE FROM app_user WHERE username IN "
                        + "(SELECT username FROM app_user_role WHERE role = 'ADMIN')");
                assertThat(users.anyWithRole(Role.ADMIN)).isFalse();
                test.run();
            } finally {
                s.setRollbackOnly();
            }
        });
        assertThat(users.find("admin")).as("rolled back: the demo admin is back").isPresent();
    }

    @Test
    void a_strong_password_creates_the_first_administrator() {
        withoutAdministrators(() -> {
            new InitialAdmin(users, STRONG).afterSingletonsInstantiated();

            var admin = users.find("admin").orElseThrow();
            assertThat(admin.has(Role.ADMIN)).isTrue();
            assertThat(admin.isEnabled()).isTrue();
            assertThat(passwords.matches(STRONG, admin.getPassword())).isTrue();
            assertThat(passwords.matches(DemoAccounts.PASSWORD, admin.getPassword())).isFalse();
            // mirrored into Camunda for Cockpit, without a usable password
            assertThat(camundaIdentity.createUserQuery().userId("admin").memberOfGroup(CamundaAdmins.GROUP).count())
                    .isOne();
            assertThat(camundaIdentity.checkPassword("admin", STRONG)).isFalse();
        });
    }

    @Test
    void a_weak_password_is_refused_and_creates_nothing() {
        withoutAdministrators(() -> {
            for (String weak : new String[] {"short", DemoAccounts.PASSWORD, "elevenchars", "   padded   "}) {
                assertThatThrownBy(() -> new InitialAdmin(users, weak).afterSingletonsInstantiated())
                        .as(weak).isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("FFW_ADMIN_PASSWORD");
            }
            assertThat(users.anyWithRole(Role.ADMIN)).isFalse();
            // not configured: nothing happens
            new InitialAdmin(users, "").afterSingletonsInstantiated();
            assertThat(users.anyWithRole(Role.ADMIN)).isFalse();
        });
    }

    @Test
    void a_weak_password_is_refused_also_when_an_administrator_exists() {
        assertThat(users.anyWithRole(Role.ADMIN)).isTrue();
        assertThatThrownBy(() -> new InitialAdmin(users, DemoAccounts.PASSWORD).afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class);
        // a strong one with an administrator present changes nothing
        new InitialAdmin(users, STRONG).afterSingletonsInstantiated();
        assertThat(passwords.matches(STRONG, users.find("admin").orElseThrow().getPassword())).isFalse();
    }
}
