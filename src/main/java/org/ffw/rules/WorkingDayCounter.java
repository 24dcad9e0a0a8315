package org.ffw.rules;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Working days between many pairs of dates, as {@link WorkCalendar#between} counts them (the days after {@code from}
 * up to and including {@code to}), with each day's kind looked up once: running counts over the days asked about,
 * so each pair costs two array reads. For the reports and statistics that count the days of thousands of
 * (accepted, found) pairs at once; one counter per request, over one calendar.
 */
public final class WorkingDayCounter {

    /** How much further back the counts reach when a day before them is asked about (fewer recounts). */
    private static final int MARGIN = 366;

    private final WorkCalendar calendar;
    private long base;
    private int size;
    /** working[i]: working days in (base, base + i]; unknown[i]: days in that range the calendar cannot count. */
    private int[] working = new int[0];
    private int[] unknown = new int[0];

    public WorkingDayCounter(WorkCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after
     * {@code from}. A day in between that the calendar cannot count (a year not loaded, outside the known holidays)
     * is a {@link CalendarYearNotLoadedException}, as from the calendar itself.
     */
    public int between(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        long a = from.toEpochDay();
        long b = to.toEpochDay();
        if (size == 0 || a < base) {
            long last = size == 0 ? b : Math.max(b, base + size - 1);
            base = size == 0 ? a : Math.min(a, base - MARGIN);
            size = 1;
            working = new int[] {0};
            unknown = new int[] {0};
            extendTo(last);
        } else if (b >= base + size) {
            extendTo(b);
        }
        int i = (int) (a - base);
        int j = (int) (b - base);
        if (unknown[j] > unknown[i]) {
            for (int k = i + 1; k <= j; k++) {
                if (unknown[k] > unknown[k - 1]) {
                    throw new CalendarYearNotLoadedException(LocalDate.ofEpochDay(base + k).getYear());
                }
            }
        }
        return working[j] - working[i];
    }

    private void extendTo(long last) {
        int newSize = (int) (last - base + 1);
        working = Arrays.copyOf(working, newSize);
        unknown = Arrays.copyOf(unknown, newSize);
        for (int i = size; i < newSize; i++) {
            int add = 0;
            int miss = 0;
            try {
                add = calendar.isWorkingDay(LocalDate.ofEpochDay(base + i)) ? 1 : 0;
            } catch (CalendarYearNotLoadedException e) {
                miss = 1;
            }
            working[i] = working[i - 1] + add;
            unknown[i] = unknown[i - 1] + miss;
        }
        size = newSize;
    }
}
