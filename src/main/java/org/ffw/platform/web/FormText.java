package org.ffw.platform.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A page form's text as typed, turned into the values a command takes: blank is null, and what does not parse is a
 * problem of its field (the phrasing {@link FieldErrors} says in Chinese), so the page shows it beside the field.
 */
public final class FormText {

    private FormText() {
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public static String trim(String s) {
        return blank(s) ? null : s.strip();
    }

    public static LocalDate date(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s.strip());
            if (!DateRange.contains(d)) {
                problems.add(new FieldProblem(field, DateRange.MESSAGE));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "is not a date (yyyy-MM-dd)"));
            return null;
        }
    }

    public static Integer number(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be a whole number"));
            return null;
        }
    }

    /** An amount in yuan ("2,000.00" is 2000.00). */
    public static BigDecimal money(String s, String field, List<FieldProblem> problems) {
        if (blank(s)) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "must be an amount in yuan (e.g. 2000.00)"));
            return null;
        }
    }
}
