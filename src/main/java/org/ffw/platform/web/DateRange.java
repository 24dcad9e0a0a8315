package org.ffw.platform.web;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The dates FFW accepts from a caller: 1900-01-01 to 2200-12-31. Every legal date of the procedures lies well
 * inside (the oldest is an employee's date of birth, which {@code rules.ResidentIds} already refuses before 1900;
 * the calendar's statutory holidays are known for 2021–2035, a year outside answers 422 naming it). Beyond the range
 * the calendar arithmetic would overflow ({@code +999999999-12-31} plus a few days is not a date): such a date is a
 * 400 naming the field — in query and path parameters ({@link DateBinding}), in JSON bodies ({@link DateBinding})
 * and in page forms ({@link FormText#date}).
 */
public final class DateRange {

    public static final LocalDate MIN = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX = LocalDate.of(2200, 12, 31);
    /** The message of a date outside the range (FieldErrors has its Chinese). */
    public static final String MESSAGE = "must be a date from " + MIN + " to " + MAX;
    /** How the OpenAPI description states the range of a date parameter or property. */
    public static final String STATED = "a date from " + MIN + " to " + MAX;

    private DateRange() {
    }

    public static boolean contains(LocalDate d) {
        return d == null || !d.isBefore(MIN) && !d.isAfter(MAX);
    }

    public static boolean contains(YearMonth m) {
        return m == null || contains(m.atDay(1));
    }

    /** The date itself, or {@link OutOfRange} when it lies outside the range. */
    public static LocalDate check(LocalDate d) {
        if (!contains(d)) {
            throw new OutOfRange();
        }
        return d;
    }

    public static YearMonth check(YearMonth m) {
        if (!contains(m)) {
            throw new OutOfRange();
        }
        return m;
    }

    /** A date outside the range: answered 400 with {@link #MESSAGE}. */
    public static final class OutOfRange extends IllegalArgumentException {
        public OutOfRange() {
            super(MESSAGE);
        }
    }
}
