package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workingDays bean and the "5WD" business calendar over the seeded calendar, without Spring or a database. */
class WorkingDayBusinessCalendarTest {

    private final WorkingDays workingDays = new WorkingDays(new WorkCalendarService(new SeededMapper(), event -> { }));

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void due_is_the_end_of_the_nth_working_day_in_shanghai() {
        ClockUtil.setCurrentTime(shanghai(2026, 9, 30, 10, 0));
        assertThat(workingDays.today()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(workingDays.due(5).toInstant()).isEqualTo(Instant.parse("2026-10-13T15:59:59Z"));
        assertThat(workingDays.due(0).toInstant()).isEqualTo(Instant.parse("2026-09-30T15:59:59Z"));
    }

    @Test
    void due_after_takes_what_a_process_variable_holds() {
        Date expected = workingDays.endOf(LocalDate.of(2026, 10, 13));
        assertThat(workingDays.dueAfter(LocalDate.of(2026, 9, 30), 5)).isEqualTo(expected);
        assertThat(workingDays.dueAfter("2026-09-30", 5)).isEqualTo(expected);
        // 30 Sep 20:00 UTC is 1 Oct 04:00 in Shanghai: counted from 1 Oct, still the 13th
        assertThat(workingDays.dueAfter(Date.from(Instant.parse("2026-09-30T20:00:00Z")), 5)).isEqualTo(expected);
        // 29 Sep 17:00 UTC is 30 Sep in Shanghai, not 29 Sep
        assertThat(workingDays.dueAfter(Date.from(Instant.parse("2026-09-29T17:00:00Z")), 5)).isEqualTo(expected);
        assertThatThrownBy(() -> workingDays.dueAfter("30.09.2026", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> workingDays.dueAfter(42, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_bean_answers_the_simple_questions() {
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(workingDays.after(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        assertThat(workingDays.between(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 13))).isEqualTo(5);
    }

    @Test
    void a_year_not_loaded_is_counted_provisionally_and_the_bean_says_so() {
        // Monday 28 Dec 2026; 2027 is not loaded: 1 Jan 2027 is statutory, no 调休 → Tuesday 5 Jan 2027
        ClockUtil.setCurrentTime(shanghai(2026, 12, 28, 10, 0));
        Date due = workingDays.endOf(LocalDate.of(2027, 1, 5));
        assertThat(workingDays.due(5)).isEqualTo(due);
        assertThat(new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), workingDays).resolveDuedate("5WD"))
                .isEqualTo(due);
        assertThat(workingDays.deadline(LocalDate.of(2026, 12, 28), 5))
                .isEqualTo(new Deadline(LocalDate.of(2027, 1, 5), true, List.of(2027)));
        assertThat(workingDays.deadline(LocalDate.of(2026, 12, 28), 3).provisional()).isFalse();
        assertThat(workingDays.isProvisional(LocalDate.of(2027, 1, 5))).isTrue();
        assertThat(workingDays.isProvisional(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(workingDays.between(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 5))).isEqualTo(5);
        // outside the table of statutory holidays: not guessed
        assertThatThrownBy(() -> workingDays.after(LocalDate.of(2035, 12, 28), 5))
                .isInstanceOf(CalendarYearNotLoadedException.class);
        assertThat(workingDays.isProvisional(LocalDate.of(2036, 1, 2))).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" means 5 working days")
    @ValueSource(strings = {"5WD", "5wd", " 5 WD "})
    void working_day_descriptions(String description) {
        ClockUtil.setCurrentTime(shanghai(2026, 9, 30, 10, 0));
        Date due = workingDays.endOf(LocalDate.of(2026, 10, 13));
        WorkingDayBusinessCalendar dueDates = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), workingDays);
        WorkingDayBusinessCalendar durations = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), workingDays);
        assertThat(dueDates.resolveDuedate(description)).isEqualTo(due);
        assertThat(dueDates.resolveDuedate(description, (org.camunda.bpm.engine.task.Task) null)).isEqualTo(due);
        assertThat(durations.resolveDuedate(description)).isEqualTo(due);
        // a timer's own start date counts, not the clock
        assertThat(durations.resolveDuedate(description, shanghai(2026, 5, 8, 9, 0)))
                .isEqualTo(workingDays.endOf(LocalDate.of(2026, 5, 14)));
    }

    @Test
    void everything_else_goes_to_camundas_own_calendars() {
        ClockUtil.setCurrentTime(shanghai(2026, 9, 30, 10, 0));
        Date now = ClockUtil.getCurrentTime();
        WorkingDayBusinessCalendar durations = new WorkingDayBusinessCalendar(new DurationBusinessCalendar(), workingDays);
        WorkingDayBusinessCalendar dueDates = new WorkingDayBusinessCalendar(new DueDateBusinessCalendar(), workingDays);
        assertThat(durations.resolveDuedate("PT2H").toInstant())
                .isEqualTo(now.toInstant().plus(2, ChronoUnit.HOURS));
        assertThat(dueDates.resolveDuedate("P1D").toInstant()).isEqualTo(now.toInstant().plus(1, ChronoUnit.DAYS));
        assertThat(dueDates.resolveDuedate("2026-10-02T09:00:00")).isNotNull();
    }

    private static Date shanghai(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(WorkingDays.ZONE).toInstant());
    }

    /** The seeded rows instead of the database. */
    private static final class SeededMapper implements WorkCalendarMapper {
        @Override
        public YearRow findYear(int year) {
            return SeededCalendar.YEARS.contains(year) ? new YearRow(year, "seed", Instant.EPOCH, "test") : null;
        }

        @Override
        public List<Integer> years() {
            return SeededCalendar.YEARS.stream().sorted().toList();
        }

        @Override
        public List<CalendarDay> days(int year) {
            return SeededCalendar.DAYS.stream().filter(d -> d.date().getYear() == year).toList();
        }

        @Override
        public int updateYear(YearRow row) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int insertYear(YearRow row) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int deleteDays(int year) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int insertDays(int year, List<CalendarDay> days) {
            throw new UnsupportedOperationException();
        }
    }
}
