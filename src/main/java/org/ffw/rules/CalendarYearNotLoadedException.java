package org.ffw.rules;

import java.util.Optional;

import org.ffw.platform.web.UnprocessableException;

/**
 * A working-day calculation needed a year whose holiday schedule is not loaded and whose statutory holidays are not
 * in {@link StatutoryHolidays} either (before 2021 or after 2035), so not even a provisional count is possible.
 * (A year of that table that is not loaded is counted provisionally instead, see {@link WorkCalendar}.) Until an
 * admin loads its schedule ({@code PUT /api/v1/calendar/{year}}) no date in that year can be counted — FFW never
 * guesses. Answered as 422 problem+json with the {@code year}.
 * <p>
 * Thrown from a BPMN expression ({@code ${workingDays.due(5)}}), it reaches the caller of the engine wrapped in a
 * ProcessEngineException; a feature service that wants its caller to get the 422 rethrows
 * {@link #findIn(Throwable)}.
 */
public class CalendarYearNotLoadedException extends UnprocessableException {

    private final int year;

    public CalendarYearNotLoadedException(int year) {
        super("The working-day calendar for " + year + " is not loaded, and " + year + " is outside the years whose"
                + " statutory holidays FFW knows (" + StatutoryHolidays.FIRST_YEAR + "–" + StatutoryHolidays.LAST_YEAR
                + "): the holiday schedule of " + year + " must be loaded (PUT /api/v1/calendar/" + year
                + ") before dates in " + year + " can be counted.");
        this.year = year;
    }

    public int year() {
        return year;
    }

    /** This exception if it is {@code thrown} or among its causes. */
    public static Optional<CalendarYearNotLoadedException> findIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CalendarYearNotLoadedException e) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
