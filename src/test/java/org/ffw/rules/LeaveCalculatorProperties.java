package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The 生育假 postponement over the seeded calendar: it is exactly the statutory days inside the period. */
class LeaveCalculatorProperties {

    /** Births whose leaves fall entirely inside the loaded years 2025–2026. */
    @Provide
    Arbitrary<LocalDate> births() {
        LocalDate first = LocalDate.of(2024, 9, 26);
        LocalDate last = LocalDate.of(2026, 4, 30);
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(first, last)).map(first::plusDays);
    }

    @Property(tries = 300)
    void birth_leave_is_60_days_plus_the_statutory_days_inside_it(@ForAll("births") LocalDate birth,
                                                                  @ForAll @IntRange(min = 1, max = 3) int babies,
                                                                  @ForAll boolean difficult) {
        LeaveEntitlement e = TableLeaveRules.calculate(
                new LeaveQuery(LeaveEvent.BIRTH, birth, babies, difficult, true, null, null));
        WorkCalendar calendar = SeededCalendar.calendar();

        assertThat(ChronoUnit.DAYS.between(e.leaveStart(), e.maternityLeaveEnd()) + 1).isEqualTo(e.maternityLeaveDays());
        assertThat(e.birthLeaveStart()).isEqualTo(e.maternityLeaveEnd().plusDays(1));
        assertThat(e.totalDays()).isEqualTo(e.maternityLeaveDays() + 60);
        long span = ChronoUnit.DAYS.between(e.birthLeaveStart(), e.birthLeaveEnd()) + 1;
        assertThat(span).isEqualTo(60L + e.holidayExtensionDays());
        long statutoryInside = e.birthLeaveStart().datesUntil(e.birthLeaveEnd().plusDays(1))
                .filter(calendar::isStatutoryHoliday).count();
        assertThat(statutoryInside).isEqualTo(e.holidayExtensionDays());
        assertThat(calendar.isStatutoryHoliday(e.birthLeaveEnd())).isFalse();
    }

    @Property(tries = 200)
    void a_later_birth_never_ends_earlier(@ForAll("births") LocalDate a, @ForAll("births") LocalDate b) {
        LocalDate early = a.isBefore(b) ? a : b;
        LocalDate late = a.isBefore(b) ? b : a;
        assertThat(TableLeaveRules.calculate(LeaveQuery.birth(early)).birthLeaveEnd())
                .isBeforeOrEqualTo(TableLeaveRules.calculate(LeaveQuery.birth(late)).birthLeaveEnd());
    }
}
