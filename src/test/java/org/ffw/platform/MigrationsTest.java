package org.ffw.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Our migrations apply cleanly on the database the suite runs on (H2 by default, MariaDB in CI's second run). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MigrationsTest {

    @Autowired
    Flyway flyway;
    @Autowired
    DataSource dataSource;

    @Test
    void every_migration_is_applied_and_none_pending() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(Arrays.stream(all).map(MigrationInfo::getState))
                .allMatch(s -> s == MigrationState.SUCCESS, "all migrations SUCCESS");
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void reference_data_is_seeded() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM district", Integer.class)).isEqualTo(16);
        assertThat(jdbc.queryForObject("SELECT name_zh FROM district WHERE code = '310115'", String.class))
                .isEqualTo("浦东新区");
    }

    @Test
    void camunda_and_our_tables_share_the_database() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_GE_PROPERTY", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class)).isPositive();
    }
}
