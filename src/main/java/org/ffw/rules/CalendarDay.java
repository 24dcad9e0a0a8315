package org.ffw.rules;

import java.time.LocalDate;

/** One non-ordinary date of the working-day calendar: its kind and the holiday it belongs to (e.g. 春节). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

    public boolean workingDay() {
        return kind == DayKind.ADJUSTED_WORKDAY;
    }
}
