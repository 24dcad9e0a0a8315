package org.ffw.rules;

import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda business calendar that understands {@code "<n>WD"} ("n working days", e.g. {@code 5WD}): the end
 * (23:59:59 Asia/Shanghai) of the n-th working day after the start (now, or the timer's start). Any other text
 * goes to Camunda's own calendar it wraps, so ISO 8601 dates and durations keep working.
 * <p>
 * Registered for Camunda's "dueDate" calendar (user-task {@code camunda:dueDate} / {@code followUpDate} strings
 * and timer {@code timeDate}) and "duration" calendar (timer {@code timeDuration}) by
 * {@link WorkingDayCalendarPlugin}. The {@code ${workingDays.due(n)}} expression does the same and is what BPMN
 * authors should prefer; see docs/rules.md.
 */
public class WorkingDayBusinessCalendar implements BusinessCalendar {

    static final Pattern WORKING_DAYS = Pattern.compile("^\\s*(\\d{1,4})\\s*WD\\s*$", Pattern.CASE_INSENSITIVE);

    private final BusinessCalendar fallback;
    private final WorkingDays workingDays;

    public WorkingDayBusinessCalendar(BusinessCalendar fallback, WorkingDays workingDays) {
        this.fallback = fallback;
        this.workingDays = workingDays;
    }

    @Override
    public Date resolveDuedate(String description) {
        Matcher m = WORKING_DAYS.matcher(description);
        return m.matches() ? workingDays.dueAfter(ClockUtil.getCurrentTime(), Integer.parseInt(m.group(1)))
                : fallback.resolveDuedate(description);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        Matcher m = WORKING_DAYS.matcher(description);
        if (!m.matches()) {
            return fallback.resolveDuedate(description, startDate);
        }
        Date start = startDate == null ? ClockUtil.getCurrentTime() : startDate;
        return workingDays.dueAfter(start, Integer.parseInt(m.group(1)));
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        Matcher m = WORKING_DAYS.matcher(description);
        return m.matches() ? workingDays.dueAfter(ClockUtil.getCurrentTime(), Integer.parseInt(m.group(1)))
                : fallback.resolveDuedate(description, task);
    }
}
