package org.ffw.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkCalendarMapper.YearRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored working-day calendar: reading a year, loading a year's schedule (admin), which years are provisional,
 * and {@link #calendar()} for arithmetic. For arithmetic other features use the {@link WorkingDays} bean.
 * <p>
 * No cache: every {@link WorkCalendar} made here reads the rows of the years it needs from the database the first
 * time it needs them (one primary-key lookup and at most ~40 rows per year). That is cheap, and a schedule an admin
 * loads on one node is used by every node at once.
 */
@Service
public class WorkCalendarService {

    private static final Logger log = LoggerFactory.getLogger(WorkCalendarService.class);

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    static final int MAX_DAYS = 120;
    static final int MAX_NAME = 32;
    static final int MAX_SOURCE = 255;

    private final WorkCalendarMapper mapper;

    private final org.springframework.context.ApplicationEventPublisher events;

    WorkCalendarService(WorkCalendarMapper mapper, org.springframework.context.ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.events = events;
    }

    /** A calendar for one calculation, reading each year from the database when first needed. */
    public WorkCalendar calendar() {
        return WorkCalendar.of(year -> mapper.findYear(year) == null ? Optional.empty()
                : Optional.of(mapper.days(year)));
    }

    public List<Integer> loadedYears() {
        return mapper.years();
    }

    /** Whether the year's schedule is loaded. */
    public boolean isLoaded(int year) {
        return mapper.findYear(year) != null;
    }

    /**
     * The years that are counted provisionally: those of {@link StatutoryHolidays} (2021–2035) whose schedule is
     * not loaded, in order. For a visible "provisional" flag; {@link CalendarReminders#yearsToLoad()} gives the
     * ones an admin should load now.
     */
    public List<Integer> provisionalYears() {
        Set<Integer> loaded = new HashSet<>(mapper.years());
        return StatutoryHolidays.years().stream().filter(y -> !loaded.contains(y)).toList();
    }

    /** Whether the year is counted provisionally (in the table of statutory holidays and not loaded). */
    public boolean isProvisional(int year) {
        return StatutoryHolidays.covers(year) && !isLoaded(year);
    }

    /** A loaded year; empty when it is not loaded (provisional or not). */
    public Optional<CalendarYear> year(int year) {
        YearRow row = mapper.findYear(year);
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(describe(row, mapper.days(year)));
    }

    /** A loaded year, or else the provisional year of the statutory holidays; empty outside both. */
    public Optional<CalendarYear> yearOrProvisional(int year) {
        Optional<CalendarYear> loaded = year(year);
        if (loaded.isPresent() || !StatutoryHolidays.covers(year)) {
            return loaded;
        }
        List<CalendarDay> days = StatutoryHolidays.of(year);
        String source = "暂定（节假日安排尚未载入）：" + StatutoryHolidays.legalBasis(year)
                + "规定的法定节假日，不含调休；国务院办公厅公布" + year + "年节假日安排后由管理员载入";
        // a calendar with no year loaded counts every year of the table provisionally
        int workingDays = WorkCalendar.of(List.of(), List.of()).workingDaysIn(year);
        return Optional.of(new CalendarYear(year, true, source, null, workingDays, days.size(), days));
    }

    /**
     * Loads (or replaces) the schedule of a year as published by the State Council: the statutory holiday days,
     * the weekday rest days and the worked weekend days. Validated first; 400 naming every bad field.
     */
    @Transactional
    public CalendarYear load(int year, String source, List<CalendarDay> days, String loadedBy) {
        List<CalendarDay> sorted = validated(year, source, days);
        YearRow row = new YearRow(year, source.trim(), Instant.now(), loadedBy);
        if (mapper.updateYear(row) == 0) {
            mapper.insertYear(row);
        }
        mapper.deleteDays(year);
        mapper.insertDays(year, sorted);
        CalendarYear loaded = describe(row, sorted);
        log.info("working-day calendar {} loaded by {}: {} special days, {} working days", year, loadedBy,
                sorted.size(), loaded.workingDays());
        events.publishEvent(new CalendarYearLoaded(year));
        return loaded;
    }

    /**
     * A year's schedule as {@link #load} would store it, validated the same way (400 naming every bad field), but not
     * stored: {@code loadedAt} is null. For the administrator's preview before loading.
     */
    public CalendarYear preview(int year, String source, List<CalendarDay> days) {
        List<CalendarDay> sorted = validated(year, source, days);
        return describe(new YearRow(year, source.trim(), null, null), sorted);
    }

    /**
     * A calendar for one calculation as it will be once this schedule of {@code year} is loaded: that year from
     * {@code days} (as {@link #preview} accepts them), every other year from the database. Nothing is stored.
     */
    public WorkCalendar calendarWith(int year, List<CalendarDay> days) {
        List<CalendarDay> copy = List.copyOf(days);
        return WorkCalendar.of(y -> y == year ? Optional.of(copy)
                : mapper.findYear(y) == null ? Optional.empty() : Optional.of(mapper.days(y)));
    }

    /** The days in date order with blank names dropped, once {@link #problems} finds nothing wrong. */
    private static List<CalendarDay> validated(int year, String source, List<CalendarDay> days) {
        List<FieldProblem> problems = problems(year, source, days);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return days.stream()
                .map(d -> new CalendarDay(d.date(), d.kind(), blankToNull(d.name())))
                .sorted(Comparator.comparing(CalendarDay::date)).toList();
    }

    /** What is wrong with a year's schedule (JSON paths of the PUT body as field names); empty when valid. */
    static List<FieldProblem> problems(int year, String source, List<CalendarDay> days) {
        List<FieldProblem> errors = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            errors.add(new FieldProblem("year", "must be between " + FIRST_YEAR + " and " + LAST_YEAR));
        }
        if (source == null || source.isBlank()) {
            errors.add(new FieldProblem("source", "is required (the State Council notice the schedule comes from)"));
        } else if (source.trim().length() > MAX_SOURCE) {
            errors.add(new FieldProblem("source", "must have at most " + MAX_SOURCE + " characters"));
        }
        if (days == null || days.isEmpty()) {
            errors.add(new FieldProblem("days", "is required: the year's statutory holidays and adjusted days"));
            return errors;
        }
        if (days.size() > MAX_DAYS) {
            errors.add(new FieldProblem("days", "must have at most " + MAX_DAYS + " entries"));
            return errors;
        }
        Set<LocalDate> seen = new HashSet<>();
        boolean anyStatutory = false;
        for (int i = 0; i < days.size(); i++) {
            CalendarDay d = days.get(i);
            String at = "days[" + i + "]";
            if (d == null) {
                errors.add(new FieldProblem(at, "must not be null"));
                continue;
            }
            if (d.date() == null) {
                errors.add(new FieldProblem(at + ".date", "is required"));
            } else if (d.date().getYear() != year) {
                errors.add(new FieldProblem(at + ".date", d.date() + " is not in " + year));
            } else if (!seen.add(d.date())) {
                errors.add(new FieldProblem(at + ".date", d.date() + " is listed more than once"));
            }
            if (d.kind() == null) {
                errors.add(new FieldProblem(at + ".kind", "is required (STATUTORY_HOLIDAY, ADJUSTED_REST or ADJUSTED_WORKDAY)"));
            } else if (d.date() != null) {
                boolean weekend = WorkCalendar.isWeekend(d.date());
                if (d.kind() == DayKind.ADJUSTED_WORKDAY && !weekend) {
                    errors.add(new FieldProblem(at + ".kind", d.date() + " is a " + dayName(d.date())
                            + ": only a Saturday or Sunday can be an ADJUSTED_WORKDAY"));
                }
                if (d.kind() == DayKind.ADJUSTED_REST && weekend) {
                    errors.add(new FieldProblem(at + ".kind", d.date() + " is a " + dayName(d.date())
                            + ", a rest day anyway: only a Monday–Friday can be an ADJUSTED_REST day (leave it out)"));
                }
            }
            anyStatutory |= d.kind() == DayKind.STATUTORY_HOLIDAY;
            if (d.name() != null && d.name().trim().length() > MAX_NAME) {
                errors.add(new FieldProblem(at + ".name", "must have at most " + MAX_NAME + " characters"));
            }
        }
        if (!anyStatutory) {
            errors.add(new FieldProblem("days", "must include the year's STATUTORY_HOLIDAY days"));
        }
        return errors;
    }

    private static CalendarYear describe(YearRow row, List<CalendarDay> days) {
        int year = row.calYear();
        int workingDays = WorkCalendar.of(List.of(year), days).workingDaysIn(year);
        int statutory = (int) days.stream().filter(d -> d.kind() == DayKind.STATUTORY_HOLIDAY).count();
        return new CalendarYear(year, false, row.source(), row.loadedAt(), workingDays, statutory,
                List.copyOf(days));
    }

    private static String dayName(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
