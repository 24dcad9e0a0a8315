package org.ffw.rules;

import org.ffw.platform.web.UnprocessableException;

/**
 * A working-day calculation needed a year whose holiday schedule is not loaded. The State Council publishes each
 * year's schedule in the autumn before; until an admin loads it ({@code PUT /api/v1/calendar/{year}}) no date in
 * that year can be counted — FFW never guesses. Answered as 422 problem+json with the {@code year}.
 */
public class CalendarYearNotLoadedException extends UnprocessableException {

    private final int year;

    public CalendarYearNotLoadedException(int year) {
        super("The working-day calendar for " + year + " is not loaded: the holiday schedule of " + year
                + " must be loaded (PUT /api/v1/calendar/" + year + ") before dates in " + year + " can be counted.");
        this.year = year;
    }

    public int year() {
        return year;
    }
}
