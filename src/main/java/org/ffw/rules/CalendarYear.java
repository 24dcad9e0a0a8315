package org.ffw.rules;

import java.time.Instant;
import java.util.List;

/**
 * A year of the working-day calendar: the notice it comes from, when it was loaded, its non-ordinary days in date
 * order, and the resulting number of working days. A <em>provisional</em> year is not loaded: its days are the
 * statutory holidays the law fixes ({@link StatutoryHolidays}), {@code source} says so and {@code loadedAt} is null.
 */
public record CalendarYear(int year, boolean provisional, String source, Instant loadedAt, int workingDays,
                           int statutoryHolidays, List<CalendarDay> days) {
}
