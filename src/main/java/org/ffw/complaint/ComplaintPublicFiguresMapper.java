package org.ffw.complaint;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The published complaint figures: GROUP BY district and pair of dates with a count, so a result row stands for every
 * case with the same two dates (at most a few thousand rows a year, however many cases), never a case row.
 */
@Mapper
interface ComplaintPublicFiguresMapper {

    /** One group: the district, two days (the second null for a complaint not accepted) and how many cases. */
    record DayPair(String district, LocalDate firstDay, LocalDate secondDay, long cases) {
    }

    /**
     * Complaints and reports decided on acceptance between the days (accepted, or closed as not accepted): the day
     * received (Shanghai) and the day accepted (null when not accepted).
     */
    List<DayPair> acceptanceDecisions(@Param("from") LocalDate from, @Param("to") LocalDate to);

    /** Findings made between the days: the day the case was accepted and the day of the finding. */
    List<DayPair> findings(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
