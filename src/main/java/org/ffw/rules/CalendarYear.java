package org.ffw.rules;

import java.time.Instant;
import java.util.List;

/**
 * A loaded year of the working-day calendar: the notice it comes from, when it was loaded, its non-ordinary days
 * in date order, and the resulting number of working days.
 */
public record CalendarYear(int year, String source, Instant loadedAt, int workingDays, int statutoryHolidays,
                           List<CalendarDay> days) {
}
