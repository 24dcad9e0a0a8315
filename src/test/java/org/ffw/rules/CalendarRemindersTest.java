package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reminder to load next year's holiday schedule, with a moved clock, in the shared application and database.
 * Uses 2033 and 2034, which no other test loads (and removes them again); 2035 and 2036 for the end of the table.
 */
class CalendarRemindersTest extends ApiTest {

    @Autowired
    CalendarReminders reminders;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    UserService users;
    @Autowired
    DataSource dataSource;

    private JdbcTemplate jdbc;
    private List<String> admins;

    @BeforeEach
    void setUp() {
        jdbc = new JdbcTemplate(dataSource);
        forget(2033);
        forget(2034);
        // only this test queues these reminders (the daily job is off in tests)
        jdbc.update("DELETE FROM notification_outbox WHERE template = ?", CalendarReminders.TEMPLATE);
        admins = users.usernamesWithRole(Role.ADMIN);
        assertThat(admins).contains("admin");
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        forget(2033);
        forget(2034);
    }

    @Test
    void from_1_november_the_admins_are_reminded_once_a_week_until_next_year_is_loaded() {
        TestCalendars.ensureLoaded(calendars, 2033);
        at(2033, 10, 31);
        assertThat(reminders.yearsToLoad()).isEmpty();
        assertThat(reminders.remind()).isZero();

        at(2033, 11, 1);
        assertThat(reminders.yearsToLoad()).containsExactly(2034);
        assertThat(reminders.remind()).isEqualTo(admins.size());
        // the daily job runs on every node, and every day: nothing more this week
        assertThat(reminders.remind()).isZero();
        at(2033, 11, 7);
        assertThat(reminders.remind()).isZero();
        at(2033, 11, 8);
        assertThat(reminders.remind()).isEqualTo(admins.size());

        List<String> bodies = bodiesTo("admin", 2034);
        assertThat(bodies).hasSize(2).allSatisfy(body -> assertThat(body)
                .contains("2034 年节假日安排尚未载入", "暂定", "PUT /api/v1/calendar/2034"));

        TestCalendars.ensureLoaded(calendars, 2034);
        at(2033, 11, 15);
        assertThat(reminders.yearsToLoad()).isEmpty();
        assertThat(reminders.remind()).isZero();
        assertThat(bodiesTo("admin", 2034)).hasSize(2);
    }

    @Test
    void past_new_year_the_reminder_goes_on_for_the_current_year() {
        TestCalendars.ensureLoaded(calendars, 2033);
        at(2034, 1, 10);
        assertThat(reminders.yearsToLoad()).containsExactly(2034);
        assertThat(reminders.remind()).isEqualTo(admins.size());
        assertThat(reminders.remind()).isZero();
        assertThat(bodiesTo("admin", 2034)).hasSize(1);
        // and which years are provisional, for a visible flag
        assertThat(calendars.provisionalYears()).contains(2034).doesNotContain(2025, 2026, 2033);
        assertThat(calendars.isProvisional(2034)).isTrue();
        assertThat(calendars.isProvisional(2033)).isFalse();
        assertThat(calendars.isProvisional(2036)).isFalse();
    }

    @Test
    void a_next_year_past_the_table_is_reminded_with_what_it_means() {
        TestCalendars.ensureLoaded(calendars, 2035);
        org.ffw.support.TestCalendars.forget(jdbc, 2036);
        at(2035, 11, 2);
        assertThat(reminders.yearsToLoad()).containsExactly(2036);
        assertThat(reminders.remind()).isEqualTo(admins.size());
        assertThat(bodiesTo("admin", 2036)).singleElement().satisfies(body -> assertThat(body)
                .contains("2036 年节假日安排尚未载入", "2021–2035", "422", "StatutoryHolidays"));
    }

    private List<String> bodiesTo(String admin, int year) {
        return jdbc.queryForList("SELECT body FROM notification_outbox WHERE template = ? AND recipient = ?"
                        + " AND dedup_key LIKE ? ORDER BY id", String.class, CalendarReminders.TEMPLATE, admin,
                "calendar-year-reminder:" + year + ":%");
    }

    private static void at(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, 9, 0).atZone(WorkingDays.ZONE)
                .toInstant()));
    }

    private void forget(int year) {
        org.ffw.support.TestCalendars.forget(jdbc, year);
    }
}
