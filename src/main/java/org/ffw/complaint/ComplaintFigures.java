package org.ffw.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.Shanghai;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;

/**
 * The complaints' figures for the reports, counted by the database over the complaint table (GROUP BY), never by
 * loading the complaints: the complaints lodged in a period by leave type and finding, and the working days from
 * acceptance to finding. A district is the one handling the complaint now; {@code null} is the whole city.
 */
@Service
public class ComplaintFigures {

    /**
     * Complaints (and reports, 举报) lodged in the period with this leave type and finding; finding {@code null}: none
     * yet (not accepted, or still investigated).
     */
    public record LeaveTypeFinding(LeaveType leaveType, String finding, long complaints) {
    }

    /** The month of the findings, how many complaints were found in it and their average working days since acceptance. */
    public record FindingMonth(YearMonth month, long complaints, double averageWorkingDays) {
    }

    /** Complaints accepted on one day and found on another, as the database counts them. */
    record DatePair(LocalDate acceptedOn, LocalDate foundOn, long complaints) {
    }

    private final FiguresMapper mapper;
    private final WorkingDays workingDays;

    ComplaintFigures(FiguresMapper mapper, WorkingDays workingDays) {
        this.mapper = mapper;
        this.workingDays = workingDays;
    }

    public List<LeaveTypeFinding> byLeaveTypeAndFinding(String district, LocalDate from, LocalDate to) {
        return mapper.byLeaveTypeAndFinding(district, from.atStartOfDay(Shanghai.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(Shanghai.ZONE).toInstant());
    }

    /**
     * Per month of the finding ({@code found_on} in the period): the average of the working days after the day of
     * acceptance up to and including the day of the finding, on the working-day calendar (complaints in a year it
     * cannot count are left out).
     */
    public List<FindingMonth> acceptanceToFinding(String district, LocalDate from, LocalDate to) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        var counter = workingDays.counter(); // each day's kind looked up once for all the pairs
        for (DatePair p : mapper.acceptedAndFound(district, from, to)) {
            int days;
            try {
                days = counter.between(p.acceptedOn(), p.foundOn());
            } catch (CalendarYearNotLoadedException e) {
                continue; // a year the calendar cannot count (before 2021, not loaded): left out of the average
            }
            long[] m = months.computeIfAbsent(YearMonth.from(p.foundOn()), k -> new long[2]);
            m[0] += p.complaints();
            m[1] += days * p.complaints();
        }
        return months.entrySet().stream().map(e -> new FindingMonth(e.getKey(), e.getValue()[0],
                Math.round(e.getValue()[1] * 10.0 / e.getValue()[0]) / 10.0)).toList();
    }

    @Mapper
    interface FiguresMapper {

        @Select("""
                <script>SELECT leave_type, finding, COUNT(*) AS complaints FROM complaint
                WHERE created_at &gt;= #{start} AND created_at &lt; #{end}
                <if test="district != null">AND district = #{district}</if>
                GROUP BY leave_type, finding ORDER BY leave_type, finding</script>""")
        List<LeaveTypeFinding> byLeaveTypeAndFinding(@Param("district") String district,
                                                     @Param("start") Instant start, @Param("end") Instant end);

        @Select("""
                <script>SELECT accepted_on, found_on, COUNT(*) AS complaints FROM complaint
                WHERE found_on &gt;= #{from} AND found_on &lt;= #{to} AND accepted_on IS NOT NULL
                <if test="district != null">AND district = #{district}</if>
                GROUP BY accepted_on, found_on</script>""")
        List<DatePair> acceptedAndFound(@Param("district") String district, @Param("from") LocalDate from,
                                        @Param("to") LocalDate to);
    }
}
