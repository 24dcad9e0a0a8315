package org.ffw.worktable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.Procedure;
import org.springframework.stereotype.Service;

/**
 * The tasks' figure for the reports, counted by the database over Camunda's task history (ACT_HI_TASKINST, GROUP BY
 * process): the user tasks with a working-day deadline completed in the period, and how many of them were completed
 * by their deadline. A task of a called process (the order to correct, leave-correction) counts for the procedure of
 * its root process; a district is the case's, through the root process's business key (the case number) in the
 * registry; {@code null} is the whole city.
 */
@Service
public class TaskFigures {

    /** One procedure's tasks completed in the period, and those completed by their deadline. */
    public record OnTime(Procedure procedure, long completed, long withinDeadline) {
        public double share() {
            return completed == 0 ? 0 : Math.round(withinDeadline * 1000.0 / completed) / 10.0;
        }
    }

    /** The counts per process key as the database gives them. */
    record KeyCount(String processKey, long completed, long withinDeadline) {
    }

    private final FiguresMapper mapper;

    TaskFigures(FiguresMapper mapper) {
        this.mapper = mapper;
    }

    public List<OnTime> completedWithinDeadline(String district, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(Shanghai.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(Shanghai.ZONE).toInstant();
        return mapper.completed(district, start, end).stream()
                .flatMap(k -> Procedure.ofProcessKey(k.processKey()).stream()
                        .map(p -> new OnTime(p, k.completed(), k.withinDeadline())))
                .toList();
    }

    @Mapper
    interface FiguresMapper {

        @Select("""
                <script>SELECT r.PROC_DEF_KEY_ AS process_key, COUNT(*) AS completed,
                  SUM(CASE WHEN t.END_TIME_ &lt;= t.DUE_DATE_ THEN 1 ELSE 0 END) AS within_deadline
                FROM ACT_HI_TASKINST t
                JOIN ACT_HI_PROCINST r ON r.PROC_INST_ID_ = t.ROOT_PROC_INST_ID_
                <if test="district != null">
                  JOIN case_registry c ON c.case_no = r.BUSINESS_KEY_ AND c.district = #{district}
                </if>
                WHERE t.END_TIME_ &gt;= #{start} AND t.END_TIME_ &lt; #{end} AND t.DUE_DATE_ IS NOT NULL
                  AND t.DELETE_REASON_ = 'completed'
                GROUP BY r.PROC_DEF_KEY_ ORDER BY r.PROC_DEF_KEY_</script>""")
        List<KeyCount> completed(@Param("district") String district, @Param("start") Instant start,
                                 @Param("end") Instant end);
    }
}
