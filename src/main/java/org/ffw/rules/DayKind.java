package org.ffw.rules;

/**
 * The kind of a non-ordinary date in the working-day calendar (REFERENCE.md §6). Ordinary Monday–Friday dates are
 * working days and ordinary Saturdays and Sundays are not; they have no row.
 */
public enum DayKind {
    /** 法定节假日: a statutory holiday day (13 a year since 2025), on any day of the week; never worked. */
    STATUTORY_HOLIDAY,
    /** 调休 rest day: a Monday–Friday taken off in exchange for a worked weekend day. */
    ADJUSTED_REST,
    /** 调休上班: a Saturday or Sunday that is a working day. */
    ADJUSTED_WORKDAY
}
