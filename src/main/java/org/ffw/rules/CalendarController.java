package org.ffw.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.security.CurrentUser;
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
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The working-day calendar: public arithmetic and year listings; loading a year's schedule is for ADMIN.
 * A calculation that reaches a year that is not loaded is 422 problem+json naming the year.
 */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "calendar")
class CalendarController {

    private final WorkCalendarService calendars;
    private final WorkingDays workingDays;

    CalendarController(WorkCalendarService calendars, WorkingDays workingDays) {
        this.calendars = calendars;
        this.workingDays = workingDays;
    }

    @GetMapping("/working-days")
    @Operation(summary = "The add-th working day after a date (422 naming the year if it needs a year not loaded)")
    After after(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                @RequestParam int add) {
        if (add < 0) {
            throw new InvalidInputException("add", "must not be negative");
        }
        return new After(from, add, workingDays.after(from, add));
    }

    @GetMapping("/working-days/count")
    @Operation(summary = "The number of working days after 'from' up to and including 'to'")
    Between between(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return new Between(from, to, workingDays.between(from, to));
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "Whether a date is a working day, and its kind if it is not an ordinary day")
    Day day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        WorkCalendar calendar = calendars.calendar();
        CalendarDay special = calendar.special(date).orElse(null);
        return new Day(date, calendar.isWorkingDay(date), special == null ? null : special.kind(),
                special == null ? null : special.name());
    }

    @GetMapping
    @Operation(summary = "The years whose holiday schedule is loaded")
    Years years() {
        return new Years(calendars.loadedYears());
    }

    @GetMapping("/{year}")
    @Operation(summary = "A loaded year's non-ordinary days (statutory holidays, adjusted rest and working days)")
    YearView year(@PathVariable int year) {
        return calendars.year(year).map(YearView::of)
                .orElseThrow(() -> new NotFoundException("The working-day calendar for " + year + " is not loaded."));
    }

    @PutMapping("/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Load or replace a year's holiday schedule as published by the State Council (ADMIN)")
    YearView load(@PathVariable int year, @RequestBody Schedule schedule) {
        List<CalendarDay> days = schedule.days() == null ? null : schedule.days().stream()
                .map(d -> d == null ? null : new CalendarDay(d.date(), d.kind(), d.name())).toList();
        return YearView.of(calendars.load(year, schedule.source(), days, CurrentUser.actorName()));
    }

    record After(LocalDate from, int add, LocalDate date) {
    }

    record Between(LocalDate from, LocalDate to, int workingDays) {
    }

    record Day(LocalDate date, boolean workingDay, DayKind kind, String name) {
    }

    record Years(List<Integer> years) {
    }

    /** PUT body: the notice and every non-ordinary day of the year. */
    record Schedule(String source, List<ScheduledDay> days) {
    }

    record ScheduledDay(LocalDate date, DayKind kind, String name) {
    }

    record YearView(int year, String source, Instant loadedAt, int workingDays, int statutoryHolidays,
                    List<Day> days) {
        static YearView of(CalendarYear y) {
            return new YearView(y.year(), y.source(), y.loadedAt(), y.workingDays(), y.statutoryHolidays(),
                    y.days().stream().map(d -> new Day(d.date(), d.workingDay(), d.kind(), d.name())).toList());
        }
    }
}
