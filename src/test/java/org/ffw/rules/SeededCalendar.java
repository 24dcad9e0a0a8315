package org.ffw.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The calendar rows the V10 migration seeds, read from the migration itself, so that the pure rule tests check the
 * very data production starts with, without a database.
 */
final class SeededCalendar {

    private static final Pattern YEAR = Pattern.compile("\\((\\d{4}),\\s*'[^']*',\\s*'[^']*',\\s*'[^']*'\\)");
    private static final Pattern DAY = Pattern.compile(
            "\\('(\\d{4}-\\d{2}-\\d{2})',\\s*(\\d{4}),\\s*'(STATUTORY_HOLIDAY|ADJUSTED_REST|ADJUSTED_WORKDAY)',\\s*'([^']*)'\\)");

    static final Set<Integer> YEARS;
    static final List<CalendarDay> DAYS;

    static {
        String sql = read("/db/migration/V10__work_calendar.sql");
        Set<Integer> years = new TreeSet<>();
        Matcher y = YEAR.matcher(sql);
        while (y.find()) {
            years.add(Integer.parseInt(y.group(1)));
        }
        List<CalendarDay> days = new ArrayList<>();
        Matcher d = DAY.matcher(sql);
        while (d.find()) {
            days.add(new CalendarDay(LocalDate.parse(d.group(1)), DayKind.valueOf(d.group(3)), d.group(4)));
        }
        if (years.isEmpty() || days.isEmpty()) {
            throw new IllegalStateException("could not read the seed rows of V10__work_calendar.sql");
        }
        YEARS = Set.copyOf(years);
        DAYS = List.copyOf(days);
    }

    private SeededCalendar() {
    }

    /** A fresh calendar over the seeded years (2025, 2026). */
    static WorkCalendar calendar() {
        return WorkCalendar.of(YEARS, DAYS);
    }

    private static String read(String resource) {
        try (InputStream in = SeededCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
