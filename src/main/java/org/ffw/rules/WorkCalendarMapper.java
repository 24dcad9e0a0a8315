package org.ffw.rules;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface WorkCalendarMapper {

    /** The loaded year, or null. */
    YearRow findYear(@Param("year") int year);

    List<Integer> years();

    /** The non-ordinary days of a year in date order. */
    List<CalendarDay> days(@Param("year") int year);

    int updateYear(YearRow row);

    int insertYear(YearRow row);

    int deleteDays(@Param("year") int year);

    int insertDays(@Param("year") int year, @Param("days") List<CalendarDay> days);

    record YearRow(int calYear, String source, Instant loadedAt, String loadedBy) {
    }
}
