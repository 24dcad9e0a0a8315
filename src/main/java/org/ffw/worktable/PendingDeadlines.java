package org.ffw.worktable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.Shanghai;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.rules.Deadline;
import org.ffw.rules.ProvisionalDeadlines;
import org.ffw.rules.WorkCalendar;
import org.springframework.stereotype.Component;

/**
 * What loading a year's schedule would move, for the calendar page: the provisional case deadlines of open cases
 * and the provisional due dates of open tasks due {@code ${workingDays.due(n)}} that were counted across that year,
 * each counted again on the previewed calendar the way {@link CaseDeadlines} and {@link TaskDeadlines} will count
 * them when it is loaded. Reads only.
 */
@Component
class PendingDeadlines implements ProvisionalDeadlines {

    private final PendingMapper deadlines;
    private final TaskViewMapper views;

    PendingDeadlines(PendingMapper deadlines, TaskViewMapper views) {
        this.deadlines = deadlines;
        this.views = views;
    }

    @Override
    public List<Pending> whenLoaded(int year, WorkCalendar calendar) {
        List<Pending> out = new ArrayList<>();
        for (CaseRow r : deadlines.provisionalOfOpenCases()) {
            if (across(year, r.startDate(), r.dueDate())) {
                out.add(counted(r.caseNo(), "notice.deadlineName." + r.name(), r.label(), r.dueDate(),
                        calendar, r.startDate(), r.workingDays()));
            }
        }
        for (TaskInfo t : views.withProvisionalDue()) {
            if (t.dueWorkingDays() == null) {
                continue; // due on a case deadline: listed above, moved by its procedure
            }
            LocalDate created = t.createdAt().atZone(Shanghai.ZONE).toLocalDate();
            LocalDate due = t.dueAt() == null ? null : t.dueAt().atZone(Shanghai.ZONE).toLocalDate();
            if (across(year, created, due)) {
                out.add(counted(t.caseNo(), "task." + t.processKey() + "." + t.taskKey(), t.name(), due, calendar,
                        created, t.dueWorkingDays()));
            }
        }
        out.sort(Comparator.comparing(Pending::now, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Pending::caseNo, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /** Whether a day counted after {@code start} up to {@code due} (no end while there is no date) lies in the year. */
    private static boolean across(int year, LocalDate start, LocalDate due) {
        return start.plusDays(1).getYear() <= year && (due == null || due.getYear() >= year);
    }

    private static Pending counted(String caseNo, String whatKey, String what, LocalDate now, WorkCalendar calendar,
                                   LocalDate start, int n) {
        try {
            Deadline d = calendar.deadline(start, n);
            return new Pending(caseNo, whatKey, what, now, d.date(), d.provisional());
        } catch (CalendarYearNotLoadedException stillBeyond) {
            return new Pending(caseNo, whatKey, what, now, null, true);
        }
    }

    record CaseRow(String caseNo, String name, String label, LocalDate startDate, int workingDays,
                   LocalDate dueDate) {
    }

    @Mapper
    interface PendingMapper {

        @Select("""
                SELECT d.case_no, d.name, d.label, d.start_date, d.working_days, d.due_date
                FROM case_deadline d JOIN case_registry r ON r.case_no = d.case_no
                WHERE d.provisional = TRUE AND r.closed_at IS NULL
                ORDER BY d.case_no, d.name""")
        List<CaseRow> provisionalOfOpenCases();
    }
}
