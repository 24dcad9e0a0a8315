package org.ffw.platform.cases;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.Shanghai;
import org.springframework.stereotype.Service;

/**
 * The registry's figures for the reports: cases opened and closed per week (weeks begin on Monday, Shanghai days) and
 * procedure. The database counts per day and procedure (GROUP BY over the registry, V56/V59 indexes); the days are
 * folded into weeks here, at most 7 × procedures rows a week.
 */
@Service
public class CaseFigures {

    /** One week of one procedure: the Monday it begins, how many cases were opened and closed in it. */
    public record Week(LocalDate monday, Procedure procedure, long opened, long closed) {
    }

    /** The count of one Shanghai day and procedure, as the database gives it. */
    record DayCount(LocalDate onDay, String procedure, long cases) {
    }

    private final FiguresMapper mapper;

    CaseFigures(FiguresMapper mapper) {
        this.mapper = mapper;
    }

    /** Weeks of the period with anything opened or closed, oldest first; {@code district} null for the whole city. */
    public List<Week> openedAndClosedPerWeek(String district, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(Shanghai.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Shanghai.ZONE).toInstant();
        Map<String, long[]> weeks = new TreeMap<>();
        for (DayCount d : mapper.openedPerDay(district, start, end)) {
            weeks.computeIfAbsent(key(d), k -> new long[2])[0] += d.cases();
        }
        for (DayCount d : mapper.closedPerDay(district, start, end)) {
            weeks.computeIfAbsent(key(d), k -> new long[2])[1] += d.cases();
        }
        return weeks.entrySet().stream().map(e -> {
            String[] k = e.getKey().split(" ");
            return new Week(LocalDate.parse(k[0]), Procedure.valueOf(k[1]), e.getValue()[0], e.getValue()[1]);
        }).toList();
    }

    private static String key(DayCount d) {
        return d.onDay().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) + " " + d.procedure();
    }

    @Mapper
    interface FiguresMapper {

        // the Shanghai day of a UTC instant column (Shanghai keeps no summer time): the same SQL on H2 and MariaDB
        @Select("<script>SELECT CAST(TIMESTAMPADD(HOUR, 8, opened_at) AS DATE) AS on_day, procedure_code AS "
                + "`procedure`, COUNT(*) AS cases FROM case_registry WHERE opened_at &gt;= #{start} AND opened_at &lt; "
                + "#{end} <if test=\"district != null\">AND district = #{district}</if> GROUP BY "
                + "CAST(TIMESTAMPADD(HOUR, 8, opened_at) AS DATE), procedure_code</script>")
        List<DayCount> openedPerDay(@Param("district") String district, @Param("start") Instant start,
                                    @Param("end") Instant end);

        @Select("<script>SELECT CAST(TIMESTAMPADD(HOUR, 8, closed_at) AS DATE) AS on_day, procedure_code AS "
                + "`procedure`, COUNT(*) AS cases FROM case_registry WHERE closed_at &gt;= #{start} AND closed_at &lt; "
                + "#{end} <if test=\"district != null\">AND district = #{district}</if> GROUP BY "
                + "CAST(TIMESTAMPADD(HOUR, 8, closed_at) AS DATE), procedure_code</script>")
        List<DayCount> closedPerDay(@Param("district") String district, @Param("start") Instant start,
                                    @Param("end") Instant end);
    }
}
