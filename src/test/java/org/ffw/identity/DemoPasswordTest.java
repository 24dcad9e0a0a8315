package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo password outside demo mode, component by component on this database (the suite itself runs in demo
 * mode, so the components are built here with demo mode off; changes are rolled back). Through the real doors of
 * an application started with demo mode off: {@link DemoModeOffTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoPasswordTest {

    @Autowired
    UserService users;
    @Autowired
    UserMapper mapper;
    @Autowired
    CamundaAdmins camundaAdmins;
    @Autowired
    ApiTokens.TokenMapper tokenMapper;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TransactionTemplate tx;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private static NewAccount account(String username, Role role, String district, String password) {
        return new NewAccount(username, password, "测试 " + username, Set.of(role), district, null, null, null, null);
    }

    @Test
    void the_start_up_guard_catches_administrators_and_staff_not_only_demo_flagged_accounts() {
        String inspector = "guard-inspector-" + suffix;
        String supervisor = "guard-supervisor-" + suffix;
        String admin = "guardadmin" + suffix; // Camunda user ids are letters and digits
        String strongStaff = "guard-strong-" + suffix;
        tx.executeWithoutResult(s -> {
            try {
                // created as an operator would (not flagged as demo accounts, no demo usernames)
                users.create(account(inspector, Role.INSPECTOR, "310115", DemoAccounts.PASSWORD), false);
                users.create(account(supervisor, Role.SUPERVISOR, "310104", DemoAccounts.PASSWORD), false);
                users.create(account(admin, Role.ADMIN, null, DemoAccounts.PASSWORD), false);
                users.create(account(strongStaff, Role.UNION_REVIEWER, "310115", "a long staff password"), false);

                assertThatThrownBy(new DemoPasswordGuard(users, passwords)::afterSingletonsInstantiated)
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("demo password")
                        .hasMessageContaining(inspector).hasMessageContaining(supervisor).hasMessageContaining(admin)
                        .hasMessageNotContaining(strongStaff);
            } finally {
                s.setRollbackOnly();
            }
        });
    }

    @Test
    void with_demo_mode_off_no_account_is_given_the_demo_password() {
        UserService production = new UserService(mapper, passwords, camundaAdmins, false, tokenMapper);
        String employee = "no-demo-" + suffix;
        tx.executeWithoutResult(s -> {
            try {
                assertThatThrownBy(() -> production.create(new NewAccount(employee, DemoAccounts.PASSWORD, "王五",
                        Set.of(Role.EMPLOYEE), null, null, "王五", null, null), false))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                                .extracting(FieldProblem::field).containsExactly("password"));
                assertThat(production.exists(employee)).isFalse();

                production.create(new NewAccount(employee, "own password 1", "王五", Set.of(Role.EMPLOYEE), null, null,
                        "王五", null, null), false);
                assertThatThrownBy(() -> production.changePassword(employee, DemoAccounts.PASSWORD))
                        .isInstanceOf(InvalidInputException.class);
                assertThat(passwords.matches("own password 1", users.find(employee).orElseThrow().getPassword()))
                        .isTrue();

                production.changePassword(employee, "own password 2");
                assertThat(passwords.matches("own password 2", users.find(employee).orElseThrow().getPassword()))
                        .isTrue();
            } finally {
                s.setRollbackOnly();
            }
        });
    }

    @Test
    void in_demo_mode_the_demo_password_may_be_given() {
        // the demo loader's way (and this suite's demo accounts)
        String demoUser = "demo-ok-" + suffix;
        tx.executeWithoutResult(s -> {
            try {
                users.create(account(demoUser, Role.EMPLOYEE, null, DemoAccounts.PASSWORD), true);
                assertThat(passwords.matches(DemoAccounts.PASSWORD, users.find(demoUser).orElseThrow().getPassword()))
                        .isTrue();
            } finally {
                s.setRollbackOnly();
            }
        });
    }

    @Test
    void sign_in_with_the_demo_password_is_refused_only_outside_demo_mode() {
        assertThat(new DemoPasswordSignIn(false).check(DemoAccounts.PASSWORD).isCompromised()).isTrue();
        assertThat(new DemoPasswordSignIn(false).check("a real password").isCompromised()).isFalse();
        assertThat(new DemoPasswordSignIn(true).check(DemoAccounts.PASSWORD).isCompromised()).isFalse();
    }
}
