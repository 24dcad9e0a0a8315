package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Working-day arithmetic over the seeded 2025 and 2026 schedules (REFERENCE.md §6), without Spring. */
class WorkCalendarTest {

    private final WorkCalendar calendar = SeededCalendar.calendar();

    @ParameterizedTest(name = "{0} has {1} working days")
    @CsvSource({"2025, 248", "2026, 248"})
    void each_seeded_year_has_248_working_days(int year, int workingDays) {
        assertThat(calendar.workingDaysIn(year)).isEqualTo(workingDays);
    }

    @Test
    void the_seeded_statutory_days_are_the_13_a_year_of_the_notices() {
        List<LocalDate> statutory = SeededCalendar.DAYS.stream()
                .filter(d -> d.kind() == DayKind.STATUTORY_HOLIDAY).map(CalendarDay::date).sorted().toList();
        assertThat(statutory).containsExactlyElementsOf(dates(
                "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-04", "2025-05-01",
                "2025-05-02", "2025-05-31", "2025-10-01", "2025-10-02", "2025-10-03", "2025-10-06",
                "2026-01-01", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-04-05", "2026-05-01",
                "2026-05-02", "2026-06-19", "2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03"));
    }

    @Test
    void the_make_up_days_are_the_weekend_days_of_the_notices() {
        List<LocalDate> worked = SeededCalendar.DAYS.stream()
                .filter(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).map(CalendarDay::date).sorted().toList();
        assertThat(worked).containsExactlyElementsOf(dates(
                "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"));
    }

    @ParameterizedTest(name = "the seeded schedule of {0} passes the PUT validation")
    @ValueSource(ints = {2025, 2026})
    void the_seed_passes_the_load_validation(int year) {
        List<CalendarDay> days = SeededCalendar.DAYS.stream().filter(d -> d.date().getYear() == year).toList();
        assertThat(WorkCalendarService.problems(year, "notice", days)).isEmpty();
    }

    @ParameterizedTest(name = "{0}: working day = {1}")
    @CsvSource({
            // ordinary days
            "2025-03-12, true", "2025-03-15, false", "2025-03-16, false", "2026-03-13, true",
            // 2025: New Year, Spring Festival (worked Sun 26 Jan and Sat 8 Feb), Qingming, Labour Day (worked Sun 27 Apr),
            // Dragon Boat (statutory Sat 31 May, rest Mon 2 Jun), National Day + Mid-Autumn (worked Sun 28 Sep, Sat 11 Oct)
            "2025-01-01, false", "2025-01-25, false", "2025-01-26, true", "2025-01-28, false", "2025-02-03, false",
            "2025-02-04, false", "2025-02-05, true", "2025-02-08, true", "2025-02-09, false", "2025-04-04, false",
            "2025-04-27, true", "2025-05-01, false", "2025-05-05, false", "2025-05-06, true", "2025-05-31, false",
            "2025-06-02, false", "2025-06-03, true", "2025-09-28, true", "2025-10-06, false", "2025-10-08, false",
            "2025-10-09, true", "2025-10-11, true", "2025-10-12, false",
            // 2026: New Year (rest Fri 2 Jan, worked Sun 4 Jan), Spring Festival (worked Sat 14 and Sat 28 Feb),
            // Qingming (statutory Sun 5 Apr, rest Mon 6 Apr), Labour Day (statutory Sat 2 May, worked Sat 9 May),
            // Dragon Boat, Mid-Autumn, National Day (worked Sun 20 Sep, Sat 10 Oct)
            "2026-01-01, false", "2026-01-02, false", "2026-01-03, false", "2026-01-04, true", "2026-02-14, true",
            "2026-02-15, false", "2026-02-20, false", "2026-02-23, false", "2026-02-24, true", "2026-02-28, true",
            "2026-04-05, false", "2026-04-06, false", "2026-05-02, false", "2026-05-05, false", "2026-05-09, true",
            "2026-06-19, false", "2026-09-20, true", "2026-09-25, false", "2026-10-07, false", "2026-10-08, true",
            "2026-10-10, true", "2026-10-11, false",
    })
    void working_day_or_not(LocalDate date, boolean working) {
        assertThat(calendar.isWorkingDay(date)).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({
            "2025-03-12, 0, 2025-03-12",
            "2025-03-14, 1, 2025-03-17",
            // 2025 New Year, from the last day of 2024 (only the days after 'from' are looked at)
            "2024-12-31, 1, 2025-01-02",
            // 2025 Spring Festival: make-up Sunday 26 Jan, block 28 Jan – 4 Feb, make-up Saturday 8 Feb
            "2025-01-24, 1, 2025-01-26",
            "2025-01-26, 1, 2025-01-27",
            "2025-01-27, 1, 2025-02-05",
            "2025-01-27, 4, 2025-02-08",
            "2025-01-27, 5, 2025-02-10",
            // 2025 Qingming: Friday 4 Apr
            "2025-04-03, 1, 2025-04-07",
            // 2025 Labour Day: make-up Sunday 27 Apr, block 1–5 May
            "2025-04-25, 1, 2025-04-27",
            "2025-04-25, 5, 2025-05-06",
            "2025-04-30, 1, 2025-05-06",
            // 2025 Dragon Boat: statutory Saturday 31 May, rest Monday 2 Jun
            "2025-05-30, 1, 2025-06-03",
            // 2025 National Day + Mid-Autumn: make-up Sunday 28 Sep, block 1–8 Oct, make-up Saturday 11 Oct
            "2025-09-26, 1, 2025-09-28",
            "2025-09-30, 1, 2025-10-09",
            "2025-09-30, 3, 2025-10-11",
            "2025-09-30, 5, 2025-10-14",
            // 2026 New Year from 2025: statutory 1 Jan, rest Fri 2 Jan, make-up Sunday 4 Jan
            "2025-12-31, 1, 2026-01-04",
            "2025-12-31, 2, 2026-01-05",
            // 2026 Spring Festival: make-up Saturday 14 Feb, block 15–23 Feb, make-up Saturday 28 Feb
            "2026-02-13, 1, 2026-02-14",
            "2026-02-14, 1, 2026-02-24",
            "2026-02-14, 5, 2026-02-28",
            "2026-02-14, 6, 2026-03-02",
            // 2026 Qingming: statutory Sunday 5 Apr, rest Monday 6 Apr
            "2026-04-03, 1, 2026-04-07",
            // 2026 Labour Day: block 1–5 May, make-up Saturday 9 May
            "2026-04-30, 1, 2026-05-06",
            "2026-04-30, 4, 2026-05-09",
            "2026-05-09, 1, 2026-05-11",
            // 2026 Dragon Boat and Mid-Autumn: Fridays 19 Jun and 25 Sep
            "2026-06-18, 1, 2026-06-22",
            "2026-09-24, 1, 2026-09-28",
            // 2026 National Day: make-up Sunday 20 Sep, block 1–7 Oct, make-up Saturday 10 Oct
            "2026-09-18, 1, 2026-09-20",
            "2026-09-30, 1, 2026-10-08",
            "2026-09-30, 5, 2026-10-13",
            // the complaint time limits over a long stretch: 60 working days from 2026-09-30
            "2026-09-30, 60, 2026-12-29",
    })
    void nth_working_day_after(LocalDate from, int n, LocalDate expected) {
        assertThat(calendar.after(from, n)).isEqualTo(expected);
        assertThat(calendar.between(from, expected)).isEqualTo(n);
    }

    @ParameterizedTest(name = "{2} working days after {0} up to {1}")
    @CsvSource({
            "2025-01-24, 2025-02-10, 7",
            "2025-09-26, 2025-10-12, 6",
            "2026-02-13, 2026-03-01, 6",
            "2026-09-30, 2026-10-13, 5",
            "2026-10-01, 2026-10-07, 0",
            "2025-06-01, 2025-06-01, 0",
            "2024-12-31, 2026-12-31, 496",
    })
    void working_days_between(LocalDate from, LocalDate to, int expected) {
        assertThat(calendar.between(from, to)).isEqualTo(expected);
    }

    @Test
    void a_year_that_is_not_loaded_but_in_the_table_is_counted_on_its_statutory_holidays() {
        // 2027 is not loaded: 1 Jan 2027 (Friday) is statutory, there is no 调休
        assertThat(calendar.after(LocalDate.of(2026, 12, 30), 2)).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(calendar.deadline(LocalDate.of(2026, 12, 30), 2))
                .isEqualTo(new Deadline(LocalDate.of(2027, 1, 4), true, List.of(2027)));
        // only the days counted matter: 31 Dec 2026 is in a loaded year
        assertThat(calendar.deadline(LocalDate.of(2026, 12, 30), 1))
                .isEqualTo(new Deadline(LocalDate.of(2026, 12, 31), false, List.of()));
        assertThat(calendar.deadline(LocalDate.of(2027, 3, 1), 0))
                .isEqualTo(new Deadline(LocalDate.of(2027, 3, 1), false, List.of()));
        assertThat(calendar.between(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 5))).isEqualTo(24);
        // 2024 (2013 rules): an ordinary Monday works, 端午 (Monday 10 Jun) does not
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 3))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 10))).isFalse();
        assertThat(calendar.special(LocalDate.of(2024, 6, 10)))
                .contains(new CalendarDay(LocalDate.of(2024, 6, 10), DayKind.STATUTORY_HOLIDAY, "端午节"));
        assertThat(calendar.isStatutoryHoliday(LocalDate.of(2027, 2, 5))).isTrue(); // 除夕 2027
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.provisionalYears(LocalDate.of(2024, 12, 1), LocalDate.of(2028, 1, 1)))
                .containsExactly(2024, 2027, 2028);
        // 261 weekdays less the 7 statutory days on a weekday (no 调休, no rest day for those on a weekend)
        assertThat(calendar.workingDaysIn(2027)).isEqualTo(254);
        // a year that is loaded but has no rows is all ordinary days: loaded is not the same as "has rows"
        WorkCalendar bare = WorkCalendar.of(Set.of(2030), List.of());
        assertThat(bare.workingDaysIn(2030)).isEqualTo(261);
        assertThat(bare.isProvisional(2030)).isFalse();
    }

    @Test
    void a_year_outside_the_table_that_is_not_loaded_fails_naming_the_year() {
        assertThatThrownBy(() -> calendar.after(LocalDate.of(2035, 12, 28), 5))
                .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2036))
                .hasMessageContaining("2036");
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2020, 6, 3)))
                .isInstanceOfSatisfying(CalendarYearNotLoadedException.class, e -> assertThat(e.year()).isEqualTo(2020));
        assertThatThrownBy(() -> calendar.between(LocalDate.of(2035, 12, 1), LocalDate.of(2036, 1, 5)))
                .hasMessageContaining("2036");
        assertThatThrownBy(() -> calendar.deadline(LocalDate.of(2035, 12, 30), 3))
                .isInstanceOf(CalendarYearNotLoadedException.class);
        assertThatThrownBy(() -> calendar.isProvisional(2036)).isInstanceOf(CalendarYearNotLoadedException.class);
    }

    @Test
    void a_negative_count_is_refused() {
        assertThatThrownBy(() -> calendar.after(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }
}
