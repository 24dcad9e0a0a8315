package org.ffw.support;

import java.time.LocalDate;
import java.util.List;

import org.ffw.rules.CalendarDay;
import org.ffw.rules.DayKind;
import org.ffw.rules.WorkCalendarService;

/**
 * Holiday schedules for years REFERENCE.md does not have, for tests whose deadlines run into them. They are
 * TEST FIXTURES, not the State Council's schedules: New Year's Day, and a Spring Festival block of four statutory
 * days on Monday–Thursday of the second week of February, a Friday adjusted rest day and a make-up Saturday.
 */
public final class TestCalendars {

    private TestCalendars() {
    }

    /** Unloads a year (its schedule and days), for a test that needs it provisional or missing; restore it after. */
    public static void forget(org.springframework.jdbc.core.JdbcTemplate jdbc, int year) {
        jdbc.update("DELETE FROM work_calendar_day WHERE cal_year = ?", year);
        jdbc.update("DELETE FROM work_calendar_year WHERE cal_year = ?", year);
    }

    public static void ensureLoaded(WorkCalendarService calendars, int year) {
        if (calendars.year(year).isPresent()) {
            return;
        }
        LocalDate monday = LocalDate.of(year, 2, 8);
        while (monday.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            monday = monday.plusDays(1);
        }
        LocalDate newYear = LocalDate.of(year, 1, 1);
        List<CalendarDay> days = new java.util.ArrayList<>();
        if (newYear.getDayOfWeek().getValue() <= 5) {
            days.add(new CalendarDay(newYear, DayKind.STATUTORY_HOLIDAY, "元旦（测试）"));
        }
        for (int i = 0; i < 4; i++) {
            days.add(new CalendarDay(monday.plusDays(i), DayKind.STATUTORY_HOLIDAY, "春节（测试）"));
        }
        days.add(new CalendarDay(monday.plusDays(4), DayKind.ADJUSTED_REST, "春节调休（测试）"));
        days.add(new CalendarDay(monday.plusDays(12), DayKind.ADJUSTED_WORKDAY, "春节补班（测试）"));
        calendars.load(year, "TEST FIXTURE — not a State Council schedule", days, "test");
    }
}
