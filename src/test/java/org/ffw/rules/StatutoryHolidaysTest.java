package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The statutory holidays the law fixes, per year of the reviewed table (REFERENCE.md §6.1, §6, issue 8). */
class StatutoryHolidaysTest {

    @ParameterizedTest(name = "the rule and the table give exactly the statutory days of the {0} notice")
    @ValueSource(ints = {2025, 2026})
    void the_provisional_days_of_the_seeded_years_are_the_notices_statutory_days(int year) {
        List<CalendarDay> notice = SeededCalendar.DAYS.stream()
                .filter(d -> d.date().getYear() == year && d.kind() == DayKind.STATUTORY_HOLIDAY).toList();
        assertThat(notice).hasSize(13);
        assertThat(StatutoryHolidays.of(year)).containsExactlyElementsOf(notice);
    }

    /** REFERENCE.md §6.1, with its weekdays. */
    @ParameterizedTest(name = "{0}: 除夕 {1}, 春节 {3}, 清明 {5}, 端午 {7}, 中秋 {9}")
    @CsvSource({
            "2027, 2027-02-05, FRIDAY,    2027-02-06, SATURDAY,  2027-04-05, MONDAY,    2027-06-09, WEDNESDAY, 2027-09-15, WEDNESDAY",
            "2028, 2028-01-25, TUESDAY,   2028-01-26, WEDNESDAY, 2028-04-04, TUESDAY,   2028-05-28, SUNDAY,    2028-10-03, TUESDAY",
            "2029, 2029-02-12, MONDAY,    2029-02-13, TUESDAY,   2029-04-04, WEDNESDAY, 2029-06-16, SATURDAY,  2029-09-22, SATURDAY",
            "2030, 2030-02-02, SATURDAY,  2030-02-03, SUNDAY,    2030-04-05, FRIDAY,    2030-06-05, WEDNESDAY, 2030-09-12, THURSDAY",
            "2031, 2031-01-22, WEDNESDAY, 2031-01-23, THURSDAY,  2031-04-05, SATURDAY,  2031-06-24, TUESDAY,   2031-10-01, WEDNESDAY",
            "2032, 2032-02-10, TUESDAY,   2032-02-11, WEDNESDAY, 2032-04-04, SUNDAY,    2032-06-12, SATURDAY,  2032-09-19, SUNDAY",
            "2033, 2033-01-30, SUNDAY,    2033-01-31, MONDAY,    2033-04-04, MONDAY,    2033-06-01, WEDNESDAY, 2033-09-08, THURSDAY",
            "2034, 2034-02-18, SATURDAY,  2034-02-19, SUNDAY,    2034-04-05, WEDNESDAY, 2034-06-20, TUESDAY,   2034-09-27, WEDNESDAY",
            "2035, 2035-02-07, WEDNESDAY, 2035-02-08, THURSDAY,  2035-04-05, THURSDAY,  2035-06-10, SUNDAY,    2035-09-16, SUNDAY",
    })
    void the_lunar_and_solar_term_dates_of_2027_to_2035_are_those_of_the_reference(
            int year, LocalDate eve, DayOfWeek eveDay, LocalDate spring, DayOfWeek springDay, LocalDate qingming,
            DayOfWeek qingmingDay, LocalDate dragonBoat, DayOfWeek dragonBoatDay, LocalDate midAutumn,
            DayOfWeek midAutumnDay) {
        assertThat(List.of(eve.getDayOfWeek(), spring.getDayOfWeek(), qingming.getDayOfWeek(),
                dragonBoat.getDayOfWeek(), midAutumn.getDayOfWeek()))
                .as("the weekdays REFERENCE gives").containsExactly(eveDay, springDay, qingmingDay, dragonBoatDay,
                        midAutumnDay);
        StatutoryHolidays.LunarDates lunar = StatutoryHolidays.lunarDates(year);
        assertThat(lunar.newYearsEve()).isEqualTo(eve);
        assertThat(lunar.springFestival()).isEqualTo(spring);
        assertThat(lunar.qingming()).isEqualTo(qingming);
        assertThat(lunar.dragonBoat()).isEqualTo(dragonBoat);
        assertThat(lunar.midAutumn()).isEqualTo(midAutumn);
        assertThat(statutory(year)).contains(eve, spring, spring.plusDays(1), spring.plusDays(2), qingming,
                dragonBoat, midAutumn, LocalDate.of(year, 1, 1), LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2),
                LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3));
    }

    /** Before 2025 (2013 revision): 春节 正月初一–初三 without 除夕, 劳动节 May 1 only — 11 days. */
    @ParameterizedTest(name = "{0}: 春节 {1}, 清明 {2}, 端午 {3}, 中秋 {4}")
    @CsvSource({
            "2021, 2021-02-12, 2021-04-04, 2021-06-14, 2021-09-21",
            "2022, 2022-02-01, 2022-04-05, 2022-06-03, 2022-09-10",
            "2023, 2023-01-22, 2023-04-05, 2023-06-22, 2023-09-29",
            "2024, 2024-02-10, 2024-04-04, 2024-06-10, 2024-09-17",
    })
    void the_years_2021_to_2024_have_the_11_days_of_the_2013_rules(int year, LocalDate spring, LocalDate qingming,
                                                                  LocalDate dragonBoat, LocalDate midAutumn) {
        assertThat(statutory(year)).containsExactly(LocalDate.of(year, 1, 1), spring, spring.plusDays(1),
                spring.plusDays(2), qingming, LocalDate.of(year, 5, 1), dragonBoat, midAutumn,
                LocalDate.of(year, 10, 1), LocalDate.of(year, 10, 2), LocalDate.of(year, 10, 3));
        assertThat(StatutoryHolidays.legalBasis(year)).contains("2013", "第644号");
    }

    @ParameterizedTest(name = "{0} has {1} statutory days")
    @CsvSource({"2021, 11", "2024, 11", "2025, 13", "2026, 13", "2027, 13", "2028, 12", "2029, 13", "2030, 13",
            "2031, 12", "2032, 13", "2033, 13", "2034, 13", "2035, 13"})
    void thirteen_days_a_year_from_2025_less_where_two_holidays_coincide(int year, int days) {
        assertThat(StatutoryHolidays.of(year)).hasSize(days)
                .allSatisfy(d -> assertThat(d.kind()).isEqualTo(DayKind.STATUTORY_HOLIDAY))
                .allSatisfy(d -> assertThat(d.date().getYear()).isEqualTo(year));
        assertThat(statutory(year)).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void mid_autumn_on_national_day_is_one_day_of_both() {
        // 2031: 中秋 on 1 Oct; 2028: 中秋 on 3 Oct
        assertThat(StatutoryHolidays.of(2031)).contains(
                new CalendarDay(LocalDate.of(2031, 10, 1), DayKind.STATUTORY_HOLIDAY, "国庆节、中秋节"),
                new CalendarDay(LocalDate.of(2031, 10, 2), DayKind.STATUTORY_HOLIDAY, "国庆节"));
        assertThat(StatutoryHolidays.of(2028)).contains(
                new CalendarDay(LocalDate.of(2028, 10, 3), DayKind.STATUTORY_HOLIDAY, "国庆节、中秋节"));
        assertThat(StatutoryHolidays.of(2027)).contains(
                new CalendarDay(LocalDate.of(2027, 2, 5), DayKind.STATUTORY_HOLIDAY, "春节"),
                new CalendarDay(LocalDate.of(2027, 9, 15), DayKind.STATUTORY_HOLIDAY, "中秋节"));
        assertThat(StatutoryHolidays.legalBasis(2027)).contains("2024", "第795号");
    }

    @ParameterizedTest(name = "{0}: {1} working days provisionally, {2} by the notice")
    @CsvSource({"2025, 249, 248", "2026, 251, 248"})
    void a_provisional_year_has_a_few_working_days_more_than_its_notice(int year, int provisional, int notice) {
        // no 调休 and no weekday rest for a statutory day on a weekend (docs/rules.md)
        assertThat(WorkCalendar.of(List.of(), List.of()).workingDaysIn(year)).isEqualTo(provisional);
        assertThat(SeededCalendar.calendar().workingDaysIn(year)).isEqualTo(notice);
    }

    @Test
    void the_table_holds_from_2021_to_2035() {
        assertThat(StatutoryHolidays.years()).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(2021, 2035).boxed().toList());
        assertThat(StatutoryHolidays.covers(2020)).isFalse();
        assertThat(StatutoryHolidays.covers(2036)).isFalse();
        assertThatThrownBy(() -> StatutoryHolidays.of(2036)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2036");
    }

    private static List<LocalDate> statutory(int year) {
        return StatutoryHolidays.of(year).stream().map(CalendarDay::date).toList();
    }
}
