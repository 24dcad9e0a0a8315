package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.timeline.Visibility;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.ffw.worktable.CaseDeadlines;

/**
 * 工作日历 in a real browser: the administrator opens the page from the menu, previews 2028 (not loaded in the test
 * data: 2025 and 2026 are seeded, tests load 2027) — first without the notice's name, then right — sees the working
 * days, the blocks and the make-up day, loads it and sees it listed as loaded. The 调休 of 2028 here are a TEST
 * FIXTURE, not the State Council's. Screenshots calendar-*.png at 1280 and 375 px.
 */
class CalendarBrowserTest extends BrowserTest {

    static final int YEAR = 2028;

    static final String CASE = "LC-2097-700002";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRegistry registry;
    @Autowired
    CaseDeadlines deadlines;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void unload2028AndOpenACaseCountedOnIt() {
        unload2028();
        jdbc.update("DELETE FROM case_deadline WHERE case_no = ?", CASE);
        jdbc.update("DELETE FROM case_registry WHERE case_no = ?", CASE);
        tx.executeWithoutResult(s -> {
            registry.open(new NewCase(CASE, Procedure.LEAVE_COMPLAINT, "310115", null, null, "SUBMITTED",
                    "工作日历浏览器测试", false, null));
            // Thursday 20 January 2028 + 3 working days, provisionally: Fri 21, Mon 24, (春节 25–28) Mon 31
            deadlines.set(CASE, new CaseDeadlines.Kind("calendarBrowserTest", "测试期限", Visibility.STAFF,
                    "TEST_DEADLINE"), LocalDate.of(2028, 1, 20), 3);
        });
    }

    @AfterEach
    void unload2028() {
        TestCalendars.forget(jdbc, YEAR);
        jdbc.update("UPDATE case_registry SET closed_at = updated_at WHERE case_no = ?", CASE);
    }

    /** The statutory holidays of 2028 with a made-up 调休: Saturday 22 January worked, Monday 31 January off. */
    static String schedule() {
        List<String> days = new ArrayList<>();
        for (CalendarDay d : StatutoryHolidays.of(YEAR)) {
            days.add("{\"date\": \"" + d.date() + "\", \"kind\": \"STATUTORY_HOLIDAY\", \"name\": \"" + d.name() + "\"}");
        }
        days.add("{\"date\": \"2028-01-22\", \"kind\": \"ADJUSTED_WORKDAY\", \"name\": \"春节\"}");
        days.add("{\"date\": \"2028-01-31\", \"kind\": \"ADJUSTED_REST\", \"name\": \"春节\"}");
        return "{\"source\": \"测试用 2028 年安排（TEST FIXTURE）\",\n \"days\": [\n  " + String.join(",\n  ", days)
                + "\n]}";
    }

    @Test
    void an_administrator_previews_and_loads_a_calendar_year() {
        login("admin");
        open("/");
        find(By.id("nav-admin-calendar")).click();
        waitFor(By.id("schedule-form"));
        open("/admin/calendar?year=" + YEAR);
        assertThat(find(By.id("f-schedule")).getAttribute("value")).contains("\"date\": \"2028-01-26\"");

        // the statutory days as filled in, without the notice's name: beside the field, nothing stored
        clickAndWait(By.id("preview-submit"));
        assertThat(find(By.id("err-schedule")).getText()).contains("通知名称", "请填写通知的名称和文号");
        assertThat(find(By.id("error-summary")).getText()).contains("请修正以下 1 处");
        screenshot("calendar-error");

        setValue(By.id("f-schedule"), schedule());
        clickAndWait(By.id("preview-submit"));
        int workingDays = WorkCalendar.of(List.of(YEAR), parseDays()).workingDaysIn(YEAR);
        assertThat(find(By.id("preview-working-days")).getText()).isEqualTo(workingDays + " 天");
        assertThat(find(By.id("preview-blocks")).getText()).contains(
                "春节：2028-01-25（星期二）至 2028-01-31（星期一）放假，共 7 天，其中法定节假日 4 天",
                "国庆节、中秋节：2028-09-30（星期六）至 2028-10-03（星期二）放假，共 4 天，其中法定节假日 3 天");
        assertThat(find(By.id("preview-workdays")).getText()).contains("2028-01-22（星期六）上班 春节");
        // with Saturday 22 worked: Fri 21, Sat 22, Mon 24
        assertThat(find(By.id("pending")).getText()).contains(CASE, "测试期限", "2028-01-31", "2028-01-24");
        screenshot("calendar-preview");

        clickAndWait(By.id("load-submit"));
        assertThat(find(By.id("notice")).getText()).contains("2028 年节假日安排已载入", "全年 " + workingDays + " 个工作日");
        assertThat(find(By.id("year-2028")).getText()).contains("2028 年", workingDays + " 天", "测试用 2028 年安排");
        screenshot("calendar-loaded");
        assertThat(deadlines.of(CASE).get("calendarBrowserTest").date()).isEqualTo(LocalDate.of(2028, 1, 24));
    }

    private static List<CalendarDay> parseDays() {
        List<CalendarDay> days = new ArrayList<>(StatutoryHolidays.of(YEAR));
        days.add(new CalendarDay(LocalDate.of(2028, 1, 22), DayKind.ADJUSTED_WORKDAY, "春节"));
        days.add(new CalendarDay(LocalDate.of(2028, 1, 31), DayKind.ADJUSTED_REST, "春节"));
        return days;
    }
}
