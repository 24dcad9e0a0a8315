package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The counter used by the reports counts as the calendar counts, for any pairs asked in any order (its running
 * counts grow to the right and are rebuilt to the left), and refuses a day the calendar cannot count as it does.
 */
class WorkingDayCounterProperties {

    private static final LocalDate FIRST = LocalDate.of(2024, 6, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 6, 30);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(0, LAST.toEpochDay() - FIRST.toEpochDay()).map(FIRST::plusDays);
    }

    @Provide
    Arbitrary<List<LocalDate>> days() {
        return dates().list().ofMinSize(1).ofMaxSize(30);
    }

    @Property(tries = 200)
    void counts_as_the_calendar_for_pairs_in_any_order(@ForAll("days") List<LocalDate> starts,
                                                       @ForAll("days") List<LocalDate> ends) {
        WorkCalendar calendar = SeededCalendar.calendar();
        WorkingDayCounter counter = new WorkingDayCounter(calendar);
        for (int i = 0; i < Math.min(starts.size(), ends.size()); i++) {
            LocalDate a = starts.get(i);
            LocalDate b = ends.get(i);
            int expected = b.isAfter(a) ? calendar.between(a, b) : 0;
            assertThat(counter.between(a, b)).as(a + " → " + b).isEqualTo(expected);
        }
    }

    @Property(tries = 20)
    void a_year_the_calendar_cannot_count_is_refused(@ForAll("dates") LocalDate from) {
        WorkingDayCounter counter = new WorkingDayCounter(SeededCalendar.calendar());
        assertThat(counter.between(from, from.plusDays(3))).isBetween(0, 3);
        assertThatThrownBy(() -> counter.between(from, LocalDate.of(2037, 1, 5)))
                .isInstanceOf(CalendarYearNotLoadedException.class);
        assertThatThrownBy(() -> counter.between(LocalDate.of(2019, 12, 1), from))
                .isInstanceOf(CalendarYearNotLoadedException.class);
        assertThat(counter.between(from, from.plusDays(3))).isBetween(0, 3); // still counts what it can
    }
}
