package org.ffw.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.platform.Shanghai;
import org.springframework.stereotype.Component;

/**
 * Working-day arithmetic (工作日) for the whole application and for BPMN expressions, as the bean
 * {@code workingDays}:
 *
 * <pre>
 *   camunda:dueDate="${workingDays.due(5)}"                   end of the 5th working day after today
 *   camunda:dueDate="${workingDays.dueAfter(receivedOn, 5)}"  ... after a date variable (LocalDate, Date or "yyyy-MM-dd")
 *   &lt;timeDate&gt;${workingDays.due(60)}&lt;/timeDate&gt;             a timer that fires when 60 working days have passed
 * </pre>
 *
 * Deadlines are the end of the day (23:59:59, whole seconds: MySQL keeps Camunda's dates without fractions) in Asia/Shanghai. "Today" is Camunda's clock
 * ({@link ClockUtil}), so process tests can move it. Every call reads the calendar rows it needs from the database
 * ({@link WorkCalendarService}); nothing is cached, so a schedule loaded on one node counts on every node at once.
 * <p>
 * A year whose schedule is not loaded is counted <em>provisionally</em> (its statutory holidays, no 调休; see
 * {@link StatutoryHolidays}, 2021–2035): {@link #deadline} says whether a result is provisional, the other methods
 * just count. Only a year outside that table throws {@link CalendarYearNotLoadedException} naming the year.
 */
@Component("workingDays")
public class WorkingDays {

    /** Legal deadlines are counted in Shanghai's time zone, whatever the JVM's zone is (UTC). */
    public static final ZoneId ZONE = Shanghai.ZONE;

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkCalendarService calendars;

    WorkingDays(WorkCalendarService calendars) {
        this.calendars = calendars;
    }

    /** Today in Shanghai according to Camunda's clock. */
    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }

    /** The end (23:59:59 Asia/Shanghai) of the n-th working day after today: a due date for a task or timer. */
    public Date due(int n) {
        return endOf(after(today(), n));
    }

    /**
     * The end of the n-th working day after {@code start}: a {@link LocalDate}, a {@link Date} (its day in
     * Shanghai) or an ISO date string {@code yyyy-MM-dd} — what a process variable may hold.
     */
    public Date dueAfter(Object start, int n) {
        return endOf(after(toLocalDate(start), n));
    }

    /** The n-th working day after {@code from} (n ≥ 0; n = 0 gives {@code from}). */
    public LocalDate after(LocalDate from, int n) {
        return calendars.calendar().after(from, n);
    }

    /**
     * The n-th working day after {@code from}, and whether it is provisional (a day counted lies in a year whose
     * schedule is not loaded): what to show, and to recompute once that year is loaded.
     */
    public Deadline deadline(LocalDate from, int n) {
        return calendars.calendar().deadline(from, n);
    }

    /**
     * Whether the schedule of the date's year is not loaded: dates in it are counted provisionally (or, outside
     * 2021–2035, not at all). Never throws.
     */
    public boolean isProvisional(LocalDate date) {
        return !calendars.isLoaded(date.getYear());
    }

    /** The number of working days after {@code from} up to and including {@code to} (to ≥ from). */
    public int between(LocalDate from, LocalDate to) {
        return calendars.calendar().between(from, to);
    }

    /** A counter for many pairs of dates over today's calendar (reports, statistics): {@link WorkingDayCounter}. */
    public WorkingDayCounter counter() {
        return new WorkingDayCounter(calendars.calendar());
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendars.calendar().isWorkingDay(date);
    }

    /** The last millisecond of a day in Shanghai, as the {@link Date} Camunda stores for due dates. */
    public Date endOf(LocalDate day) {
        return Date.from(endOfDay(day));
    }

    public static Instant endOfDay(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(ZONE).toInstant();
    }

    static LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(ZONE).toLocalDate();
        }
        if (value instanceof CharSequence s) {
            try {
                return LocalDate.parse(s.toString().trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (yyyy-MM-dd): '" + s + "'", e);
            }
        }
        throw new IllegalArgumentException("not a date: " + (value == null ? "null" : value.getClass().getName()));
    }
}
