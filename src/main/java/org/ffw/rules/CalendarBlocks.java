package org.ffw.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A year's schedule as the State Council's notice reads: its holiday blocks (放假) — each run of consecutive days off
 * that holds a statutory holiday or a weekday rest day, with the weekend days inside it — and its make-up working
 * days (调休上班). For the administrator to check a schedule against the notice before loading it.
 */
public record CalendarBlocks(List<Block> blocks, List<CalendarDay> workdays) {

    /**
     * One holiday block: its name(s) as the schedule gives them, first and last day, how many days off in all and how
     * many of them are statutory holidays.
     */
    public record Block(String name, LocalDate from, LocalDate to, int days, int statutory) {
    }

    /** The blocks and make-up days of a year (a loaded one or a preview); days outside the year are not looked at. */
    public static CalendarBlocks of(CalendarYear year) {
        WorkCalendar calendar = WorkCalendar.of(List.of(year.year()), year.days());
        List<Block> blocks = new ArrayList<>();
        LocalDate end = LocalDate.of(year.year(), 12, 31);
        LocalDate d = LocalDate.of(year.year(), 1, 1);
        while (!d.isAfter(end)) {
            if (calendar.isWorkingDay(d)) {
                d = d.plusDays(1);
                continue;
            }
            LocalDate from = d;
            Set<String> names = new LinkedHashSet<>();
            int statutory = 0;
            boolean holiday = false;
            while (!d.isAfter(end) && !calendar.isWorkingDay(d)) {
                CalendarDay special = calendar.special(d).orElse(null);
                if (special != null) {
                    holiday = true;
                    statutory += special.kind() == DayKind.STATUTORY_HOLIDAY ? 1 : 0;
                    if (special.name() != null) {
                        for (String name : special.name().split("、")) { // "国庆节、中秋节" on a day of both
                            if (!name.isBlank()) {
                                names.add(name.trim());
                            }
                        }
                    }
                }
                d = d.plusDays(1);
            }
            if (holiday) {
                LocalDate to = d.minusDays(1);
                blocks.add(new Block(names.isEmpty() ? null : String.join("、", names), from, to,
                        (int) (to.toEpochDay() - from.toEpochDay()) + 1, statutory));
            }
        }
        List<CalendarDay> workdays = year.days().stream().filter(CalendarDay::workingDay).toList();
        return new CalendarBlocks(List.copyOf(blocks), workdays);
    }
}
