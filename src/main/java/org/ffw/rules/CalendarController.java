package org.ffw.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.web.DateRange;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The working-day calendar: public arithmetic and year listings; loading a year's schedule is for ADMIN.
 * A year that is not loaded but in the table of statutory holidays (2021–2035) is counted provisionally and every
 * answer that looked at it says {@code provisional: true}; a calculation that reaches a year outside that table is
 * 422 problem+json naming the year.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar")
class CalendarController {

    /** The most working days one may count ahead: about ten years, far past every time limit of the procedures. */
    static final int MAX_ADD = 2500;
    /** The years a calendar path accepts: those of {@link DateRange}. */
    static final int YEAR_MIN = 1900;
    static final int YEAR_MAX = 2200;

    private final WorkCalendarService calendars;
    private final WorkingDays workingDays;

    CalendarController(WorkCalendarService calendars, WorkingDays workingDays) {
        this.calendars = calendars;
        this.workingDays = workingDays;
    }

    @GetMapping("/working-days")
    @Operation(summary = "The add-th working day after a date; provisional (with provisionalYears) if a day counted "
            + "lies in a year whose schedule is not loaded (422 naming the year outside 2021–2035)")
    After after(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @Parameter(description = "working days to add, at most " + MAX_ADD + " (about ten years)")
                @RequestParam @Min(0) @Max(MAX_ADD) int add) {
        Deadline d = workingDays.deadline(from, add);
        return new After(from, add, d.date(), d.provisional(), d.provisionalYears());
    }

    @GetMapping("/working-days/count")
    @Operation(summary = "The number of working days after 'from' up to and including 'to'; provisional if a day "
            + "counted lies in a year whose schedule is not loaded")
    Between between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        WorkCalendar calendar = calendars.calendar();
        int count = calendar.between(from, to);
        List<Integer> provisional = from.equals(to) ? List.of() : calendar.provisionalYears(from.plusDays(1), to);
        return new Between(from, to, count, !provisional.isEmpty(), provisional);
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "Whether a date is a working day, and its kind if it is not an ordinary day; provisional "
            + "if its year's schedule is not loaded (only the statutory holidays are known, 调休 may change it)")
    Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkCalendar calendar = calendars.calendar();
        boolean workingDay = calendar.isWorkingDay(date);
        CalendarDay special = calendar.special(date).orElse(null);
        return new Day(date, workingDay, special == null ? null : special.kind(),
                special == null ? null : special.name(), calendar.isProvisional(date.getYear()));
    }

    @GetMapping
    @Operation(summary = "The years whose holiday schedule is loaded, and the years counted provisionally")
    Years years() {
        return new Years(calendars.loadedYears(), calendars.provisionalYears());
    }

    @GetMapping("/{year}")
    @Operation(summary = "A year's non-ordinary days (statutory holidays, adjusted rest and working days); for a "
            + "year not loaded but in 2021–2035, its provisional statutory holidays (provisional: true); else 404")
    YearView year(@PathVariable @Min(YEAR_MIN) @Max(YEAR_MAX) int year) {
        return calendars.yearOrProvisional(year).map(YearView::of)
                .orElseThrow(() -> new NotFoundException("The working-day calendar for " + year + " is not loaded"
                        + " (and " + year + " is outside the years counted provisionally, "
                        + StatutoryHolidays.FIRST_YEAR + "–" + StatutoryHolidays.LAST_YEAR + ")."));
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Load or replace a year's holiday schedule as published by the State Council (ADMIN)")
    YearView load(@PathVariable @Min(YEAR_MIN) @Max(YEAR_MAX) int year, @RequestBody Schedule schedule) {
        return YearView.of(calendars.load(year, schedule.source(), schedule.calendarDays(), CurrentUser.actorName()));
    }

    record After(LocalDate from, int add, LocalDate date, boolean provisional, List<Integer> provisionalYears) {
    }

    record Between(LocalDate from, LocalDate to, int workingDays, boolean provisional,
                   List<Integer> provisionalYears) {
    }

    record Day(LocalDate date, boolean workingDay, DayKind kind, String name, boolean provisional) {
    }

    /** A non-ordinary day in a year's listing. */
    record YearDay(LocalDate date, boolean workingDay, DayKind kind, String name) {
    }

    /** {@code years}: loaded; {@code provisionalYears}: not loaded, counted on their statutory holidays. */
    record Years(List<Integer> years, List<Integer> provisionalYears) {
    }

    /** PUT body: the notice and every non-ordinary day of the year. */
    record Schedule(String source, List<ScheduledDay> days) {
        /** The days as the service takes them (null entries kept, for it to name). */
        List<CalendarDay> calendarDays() {
            return days == null ? null : days.stream()
                    .map(d -> d == null ? null : new CalendarDay(d.date(), d.kind(), d.name())).toList();
        }
    }

    record ScheduledDay(LocalDate date, DayKind kind, String name) {
    }

    record YearView(int year, boolean provisional, String source, Instant loadedAt, int workingDays,
                    int statutoryHolidays, List<YearDay> days) {
        static YearView of(CalendarYear y) {
            return new YearView(y.year(), y.provisional(), y.source(), y.loadedAt(), y.workingDays(),
                    y.statutoryHolidays(),
                    y.days().stream().map(d -> new YearDay(d.date(), d.workingDay(), d.kind(), d.name())).toList());
        }
    }
}
