package org.ffw.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic over a calendar of non-ordinary days (REFERENCE.md §6): a date is a working day if it is
 * an ADJUSTED_WORKDAY, or a Monday–Friday that is neither a STATUTORY_HOLIDAY nor an ADJUSTED_REST day.
 * <p>
 * The rows of each year come from a {@link YearSource} the first time this instance needs that year; a year the
 * source does not have ends the calculation with {@link CalendarYearNotLoadedException}. An instance remembers the
 * years it has read, so it is meant to live for one calculation (the Spring side makes a fresh one per call, which
 * keeps several nodes consistent after an admin edits the calendar). Not thread-safe.
 * <p>
 * Counting convention, used everywhere: {@code after(from, n)} is the n-th working day strictly after {@code from}
 * ({@code from} itself for n = 0) and {@code between(from, to)} counts the working days d with from &lt; d ≤ to, so
 * {@code between(from, after(from, n)) == n}.
 */
public final class WorkCalendar {

    /** Where the rows of a year come from; empty when the year is not loaded. */
    @FunctionalInterface
    public interface YearSource {
        Optional<List<CalendarDay>> days(int year);
    }

    private final YearSource source;
    private final Map<Integer, Map<LocalDate, CalendarDay>> years = new HashMap<>();

    private WorkCalendar(YearSource source) {
        this.source = Objects.requireNonNull(source);
    }

    public static WorkCalendar of(YearSource source) {
        return new WorkCalendar(source);
    }

    /** A calendar of exactly these loaded years and rows (rows outside the years are ignored). For tests and tools. */
    public static WorkCalendar of(Collection<Integer> loadedYears, Collection<CalendarDay> days) {
        Map<Integer, List<CalendarDay>> byYear = days.stream()
                .collect(Collectors.groupingBy(d -> d.date().getYear()));
        return new WorkCalendar(year -> loadedYears.contains(year)
                ? Optional.of(byYear.getOrDefault(year, List.of())) : Optional.empty());
    }

    /** The row of this date, if it is not an ordinary day. */
    public Optional<CalendarDay> special(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).get(date));
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = year(date.getYear()).get(date);
        if (day != null) {
            return day.workingDay();
        }
        return !isWeekend(date);
    }

    /** A statutory holiday day (法定节假日) — not an adjusted rest day and not an ordinary weekend. */
    public boolean isStatutoryHoliday(LocalDate date) {
        CalendarDay day = year(date.getYear()).get(date);
        return day != null && day.kind() == DayKind.STATUTORY_HOLIDAY;
    }

    /** The n-th working day after {@code from} (n ≥ 0; n = 0 gives {@code from}). */
    public LocalDate after(LocalDate from, int n) {
        Objects.requireNonNull(from, "from");
        if (n < 0) {
            throw new IllegalArgumentException("the number of working days must not be negative: " + n);
        }
        LocalDate date = from;
        int counted = 0;
        while (counted < n) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The working days after {@code from} up to and including {@code to}; {@code to} must not be before {@code from}. */
    public int between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' (" + to + ") is before 'from' (" + from + ")");
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** The working days of a whole year (248 in 2025 and 2026). */
    public int workingDaysIn(int year) {
        return between(LocalDate.of(year, 1, 1).minusDays(1), LocalDate.of(year, 12, 31));
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private Map<LocalDate, CalendarDay> year(int year) {
        Map<LocalDate, CalendarDay> days = years.get(year);
        if (days == null) {
            List<CalendarDay> rows = source.days(year).orElseThrow(() -> new CalendarYearNotLoadedException(year));
            days = rows.stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
            years.put(year, days);
        }
        return days;
    }
}
