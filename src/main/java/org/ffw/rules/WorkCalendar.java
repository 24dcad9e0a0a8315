package org.ffw.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The rows of each year come from a {@link YearSource} the first time this instance needs that year. A year the
 * source does not have (its schedule is not loaded) is <em>provisional</em> when {@link StatutoryHolidays} covers it:
 * it is counted with the statutory holidays the law fixes and no 调休 (Monday–Friday are working days except the
 * statutory days), and {@link #deadline} says so. A year neither loaded nor in that table ends the calculation with
 * {@link CalendarYearNotLoadedException}. An instance remembers the years it has read, so it is meant to live for one
 * calculation (the Spring side makes a fresh one per call, which keeps several nodes consistent after an admin edits
 * the calendar). Not thread-safe.
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
    private final Map<Integer, Year> years = new HashMap<>();

    /** The non-ordinary days of a year, and whether they are the provisional ones (the year is not loaded). */
    private record Year(Map<LocalDate, CalendarDay> days, boolean provisional) {
    }

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

    /**
     * The row of this date, if it is not an ordinary day; in a provisional year, the statutory holiday the law fixes
     * (there are no 调休 rows yet).
     */
    public Optional<CalendarDay> special(LocalDate date) {
        return Optional.ofNullable(year(date.getYear()).days().get(date));
    }

    /**
     * Whether the year is counted provisionally: its schedule is not loaded but its statutory holidays are known.
     *
     * @throws CalendarYearNotLoadedException when the year is neither loaded nor in {@link StatutoryHolidays}
     */
    public boolean isProvisional(int year) {
        return year(year).provisional();
    }

    /** The provisional years among the years of the dates from {@code from} to {@code to} (both included), in order. */
    public List<Integer> provisionalYears(LocalDate from, LocalDate to) {
        List<Integer> provisional = new ArrayList<>();
        for (int y = from.getYear(); y <= to.getYear(); y++) {
            if (isProvisional(y)) {
                provisional.add(y);
            }
        }
        return provisional;
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarDay day = year(date.getYear()).days().get(date);
        if (day != null) {
            return day.workingDay();
        }
        return !isWeekend(date);
    }

    /** A statutory holiday day (法定节假日) — not an adjusted rest day and not an ordinary weekend. */
    public boolean isStatutoryHoliday(LocalDate date) {
        CalendarDay day = year(date.getYear()).days().get(date);
        return day != null && day.kind() == DayKind.STATUTORY_HOLIDAY;
    }

    /**
     * The n-th working day after {@code from}, as {@link #after}, and whether it is provisional: whether a day that
     * was counted (after {@code from}, up to the result) lies in a provisional year. n = 0 counts nothing and is
     * never provisional.
     */
    public Deadline deadline(LocalDate from, int n) {
        LocalDate date = after(from, n);
        return Deadline.of(date, n == 0 ? List.of() : provisionalYears(from.plusDays(1), date));
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

    private Year year(int year) {
        Year y = years.get(year);
        if (y == null) {
            Optional<List<CalendarDay>> loaded = source.days(year);
            if (loaded.isPresent()) {
                y = new Year(index(loaded.get()), false);
            } else if (StatutoryHolidays.covers(year)) {
                y = new Year(index(StatutoryHolidays.of(year)), true);
            } else {
                throw new CalendarYearNotLoadedException(year);
            }
            years.put(year, y);
        }
        return y;
    }

    private static Map<LocalDate, CalendarDay> index(List<CalendarDay> rows) {
        return rows.stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
    }
}
