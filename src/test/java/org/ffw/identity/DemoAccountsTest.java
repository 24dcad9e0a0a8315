package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ffw.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAccountsTest {

    @Autowired
    UserService users;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    Environment env;
    @Autowired
    org.camunda.bpm.engine.IdentityService camundaIdentity;

    @Test
    void demo_accounts_are_loaded_with_bcrypt_passwords() {
        var employee = users.find("employee").orElseThrow();
        assertThat(employee.getPassword()).startsWith("$2a$");
        assertThat(employee.realName()).isEqualTo("李娜");
        assertThat(employee.residentId()).isEqualTo("310101198808080025");
        assertThat(users.find("employer2").orElseThrow().employerCreditCode()).isEqualTo("91310104MA1K3P5Q2X");
        assertThat(users.usernamesInDistrict("310115", Role.INSPECTOR)).containsExactly("inspector", "inspector2", "inspector3");
        assertThat(users.usernamesInDistrict("310104", Role.INSPECTOR)).containsExactly("inspector-xuhui");
    }

    @Test
    void without_demo_mode_the_demo_password_stops_the_start() {
        // the guard the mysql profile activates, run against this database that still has the demo accounts
        var guard = new DemoPasswordGuard(users, passwords);
        assertThatThrownBy(guard::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo password").hasMessageContaining("admin").hasMessageContaining("inspector");
    }

    @Test
    void the_initial_admin_password_must_be_strong() {
        // refused although the demo admin exists: a weak password in the configuration is an error (InitialAdminTest:
        // a strong one creates the admin when none exists)
        assertThatThrownBy(() -> new InitialAdmin(users, "short").afterSingletonsInstantiated())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FFW_ADMIN_PASSWORD");
        assertThat(users.anyWithRole(Role.ADMIN)).isTrue();
    }

    @Test
    void administrators_are_mirrored_into_camunda_without_a_usable_password() {
        var admin = camundaIdentity.createUserQuery().userId("admin").singleResult();
        assertThat(admin).isNotNull();
        assertThat(camundaIdentity.checkPassword("admin", "demo")).isFalse();
        assertThat(camundaIdentity.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count()).isOne();
        assertThat(camundaIdentity.createUserQuery().userId("inspector").count()).isZero();
    }
}
