package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of working-day arithmetic over the seeded 2025–2026 calendar: monotonic, and consistent with the
 * count. Start dates run to the end of October 2026 and counts to 40, so every calculation stays in loaded years;
 * the last two properties reach 2027 (provisional) and 2036 (outside the table of statutory holidays).
 */
class WorkCalendarProperties {

    private static final LocalDate FIRST = LocalDate.of(2024, 12, 31);
    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, LAST.toEpochDay() - FIRST.toEpochDay())
                .map(d -> FIRST.plusDays(d));
    }

    @Property
    void after_then_count_gives_back_n(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 40) int n) {
        WorkCalendar calendar = SeededCalendar.calendar();
        assertThat(calendar.between(from, calendar.after(from, n))).isEqualTo(n);
    }

    @Property
    void more_working_days_is_strictly_later(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 20) int n,
                                             @ForAll @IntRange(min = 1, max = 20) int more) {
        WorkCalendar calendar = SeededCalendar.calendar();
        assertThat(calendar.after(from, n + more)).isAfter(calendar.after(from, n));
    }

    @Property
    void a_later_start_is_never_an_earlier_result(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
                                                  @ForAll @IntRange(max = 40) int n) {
        WorkCalendar calendar = SeededCalendar.calendar();
        LocalDate early = a.isBefore(b) ? a : b;
        LocalDate late = a.isBefore(b) ? b : a;
        assertThat(calendar.after(early, n)).isBeforeOrEqualTo(calendar.after(late, n));
    }

    @Property
    void the_result_is_a_working_day_and_the_days_skipped_are_not(@ForAll("dates") LocalDate from,
                                                                  @ForAll @IntRange(min = 1, max = 40) int n) {
        WorkCalendar calendar = SeededCalendar.calendar();
        LocalDate before = calendar.after(from, n - 1);
        LocalDate result = calendar.after(from, n);
        assertThat(calendar.isWorkingDay(result)).isTrue();
        for (LocalDate d = before.plusDays(1); d.isBefore(result); d = d.plusDays(1)) {
            assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
        }
    }

    @Property
    void one_more_step_at_a_time_is_the_same(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 39) int n) {
        WorkCalendar calendar = SeededCalendar.calendar();
        assertThat(calendar.after(calendar.after(from, n), 1)).isEqualTo(calendar.after(from, n + 1));
    }

    @Property
    void counts_add_up_and_grow_with_the_end(@ForAll("dates") LocalDate a, @ForAll("dates") LocalDate b,
                                             @ForAll("dates") LocalDate c) {
        LocalDate[] d = java.util.stream.Stream.of(a, b, c).sorted().toArray(LocalDate[]::new);
        WorkCalendar calendar = SeededCalendar.calendar();
        int first = calendar.between(d[0], d[1]);
        int second = calendar.between(d[1], d[2]);
        assertThat(calendar.between(d[0], d[2])).isEqualTo(first + second);
        assertThat(calendar.between(d[0], d[2])).isGreaterThanOrEqualTo(first);
    }

    @Property
    void count_is_at_most_the_calendar_days(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 60) int days) {
        WorkCalendar calendar = SeededCalendar.calendar();
        assertThat(calendar.between(from, from.plusDays(days))).isBetween(0, days);
    }

    @Property(tries = 50)
    void reaching_a_provisional_year_is_counted_and_says_so(@ForAll @IntRange(min = 1, max = 30) int daysBeforeNewYear,
                                                           @ForAll @IntRange(min = 30, max = 200) int n) {
        WorkCalendar calendar = SeededCalendar.calendar();
        LocalDate from = LocalDate.of(2026, 12, 31).minusDays(daysBeforeNewYear);
        Deadline d = calendar.deadline(from, n);
        assertThat(d.date()).isAfter(LocalDate.of(2026, 12, 31));
        assertThat(d.provisional()).isTrue();
        assertThat(d.provisionalYears()).containsExactly(2027);
        assertThat(calendar.between(from, d.date())).isEqualTo(n);
        assertThat(calendar.isWorkingDay(d.date())).isTrue();
    }

    @Property(tries = 50)
    void reaching_an_unloaded_year_outside_the_table_fails_naming_it(
            @ForAll @IntRange(min = 1, max = 30) int daysBeforeNewYear, @ForAll @IntRange(min = 30, max = 200) int n) {
        WorkCalendar calendar = SeededCalendar.calendar();
        assertThatThrownBy(() -> calendar.after(LocalDate.of(2035, 12, 31).minusDays(daysBeforeNewYear), n))
                .isInstanceOfSatisfying(CalendarYearNotLoadedException.class,
                        e -> assertThat(e.year()).isEqualTo(2036));
    }
}
