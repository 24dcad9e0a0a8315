package org.ffw.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.PageFormat;

/**
 * The problems {@link WorkCalendarService#problems} finds (and those of reading the pasted JSON), as the calendar page
 * shows them: where (the year field, or which entry of the schedule) and what, in the page's language from the bundle
 * {@code i18n/admin-calendar}. A phrasing not known here is said as {@link FieldErrors} says it.
 */
final class CalendarProblemWords {

    /** One problem on the page: the input it is shown beside ({@code year} or {@code schedule}), where, and what. */
    record Problem(String input, String field, String where, String text) {
    }

    private static final Pattern DAY_FIELD = Pattern.compile("days\\[(\\d+)](?:\\.(date|kind|name))?");
    private static final Pattern NOT_IN_YEAR = Pattern.compile("(\\S+) is not in (\\d+)");
    private static final Pattern TWICE = Pattern.compile("(\\S+) is listed more than once");
    private static final Pattern WORKDAY_ON_WEEKDAY = Pattern.compile("(\\S+) is a \\w+: only a Saturday or Sunday.*");
    private static final Pattern REST_ON_WEEKEND = Pattern.compile("(\\S+) is a \\w+, a rest day anyway.*");
    private static final Pattern AT_MOST_ENTRIES = Pattern.compile("must have at most (\\d+) entries");
    private static final Pattern YEAR_RANGE = Pattern.compile("must be between (\\d+) and (\\d+)");
    private static final Pattern JSON = Pattern.compile("is not valid JSON \\(line (\\d+), column (\\d+)\\)");

    private final PageFormat fmt;

    CalendarProblemWords(PageFormat fmt) {
        this.fmt = fmt;
    }

    List<Problem> of(List<FieldProblem> problems) {
        List<Problem> out = new ArrayList<>();
        for (FieldProblem p : problems) {
            String input = "year".equals(p.field()) ? "year" : "schedule";
            out.add(new Problem(input, p.field(), where(p.field()), what(p.field(), p.message())));
        }
        return out;
    }

    /** The field in words: 第 4 项的类型（days[3].kind）. */
    String where(String field) {
        Matcher m = DAY_FIELD.matcher(field == null ? "" : field);
        if (m.matches()) {
            int i = Integer.parseInt(m.group(1));
            String part = m.group(2) == null ? "entry" : m.group(2);
            return fmt.message("admin.calendar.field.day." + part, i + 1, field);
        }
        return fmt.messageOr("admin.calendar.field." + field, fmt.message("admin.calendar.field.other", field));
    }

    String what(String field, String message) {
        String m = message == null ? "" : message.strip();
        Matcher x;
        if ((x = NOT_IN_YEAR.matcher(m)).matches()) {
            return fmt.message("admin.calendar.problem.notInYear", date(x.group(1)), x.group(2));
        }
        if ((x = TWICE.matcher(m)).matches()) {
            return fmt.message("admin.calendar.problem.twice", date(x.group(1)));
        }
        if ((x = WORKDAY_ON_WEEKDAY.matcher(m)).matches()) {
            return fmt.message("admin.calendar.problem.workdayOnWeekday", date(x.group(1)), weekday(x.group(1)));
        }
        if ((x = REST_ON_WEEKEND.matcher(m)).matches()) {
            return fmt.message("admin.calendar.problem.restOnWeekend", date(x.group(1)), weekday(x.group(1)));
        }
        if ((x = AT_MOST_ENTRIES.matcher(m)).matches()) {
            return fmt.message("admin.calendar.problem.tooMany", x.group(1));
        }
        if ((x = YEAR_RANGE.matcher(m)).matches()) {
            return fmt.message("admin.calendar.problem.yearRange", x.group(1), x.group(2));
        }
        if ((x = JSON.matcher(m)).matches()) {
            return fmt.message("admin.calendar.problem.json", x.group(1), x.group(2));
        }
        if (m.startsWith("must include the year's STATUTORY_HOLIDAY")) {
            return fmt.message("admin.calendar.problem.noStatutory");
        }
        if (m.startsWith("is required")) {
            return fmt.message("admin.calendar.problem.required." + requiredKey(field));
        }
        if (m.startsWith("must be one of STATUTORY_HOLIDAY")) {
            return fmt.message("admin.calendar.problem.kind");
        }
        if (m.startsWith("must be a date")) {
            return fmt.message("admin.calendar.problem.date");
        }
        if (m.equals("must be a whole number")) {
            return fmt.message("admin.calendar.problem.yearNumber");
        }
        return FieldErrors.text(field, m);
    }

    private static String requiredKey(String field) {
        if (field == null) {
            return "other";
        }
        if (field.equals("source") || field.equals("days") || field.equals("schedule")) {
            return field;
        }
        Matcher m = DAY_FIELD.matcher(field);
        return m.matches() && m.group(2) != null ? m.group(2) : "other";
    }

    private String date(String iso) {
        return fmt.date(iso);
    }

    private String weekday(String iso) {
        try {
            return fmt.message("admin.calendar.dow." + LocalDate.parse(iso).getDayOfWeek().getValue());
        } catch (DateTimeParseException e) {
            return "";
        }
    }
}
