package org.ffw.rules;

/**
 * Published after a year's holiday schedule has been loaded (in the loading transaction), so that deadlines which
 * could not be counted before can be computed now.
 */
public record CalendarYearLoaded(int year) {
}
