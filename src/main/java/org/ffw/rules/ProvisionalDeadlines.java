package org.ffw.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines of open cases and tasks that were counted provisionally on a year whose schedule is not loaded, and
 * the dates they will have once it is: what the administrator sees before loading the year. Implemented by the
 * package that keeps those deadlines (the worktable's case deadlines and task due dates), so that the calendar knows
 * nothing of cases. Nothing is stored or changed by asking.
 */
public interface ProvisionalDeadlines {

    /**
     * The provisional deadlines counted across {@code year} (or still without a date), each with its date counted
     * again on {@code calendar} — a calendar with the previewed schedule of that year, see
     * {@link WorkCalendarService#calendarWith}.
     */
    List<Pending> whenLoaded(int year, WorkCalendar calendar);

    /**
     * One deadline: the case, what it is (a message key and the words to show without one), its date now (null while
     * it cannot be counted) and after loading (null while it still cannot), and whether it stays provisional then
     * (another year it was counted on is not loaded either).
     */
    record Pending(String caseNo, String whatKey, String what, LocalDate now, LocalDate after,
                   boolean stillProvisional) {

        public boolean moves() {
            return now == null ? after != null : !now.equals(after);
        }
    }
}
