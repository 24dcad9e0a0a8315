package org.ffw.inspection;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;

/**
 * The inspection campaigns' figures for the reports, counted by the database over the inspection cases (GROUP BY per
 * campaign; the inspection package owns those rows, the campaign package reads them through here): the employers
 * inspected — an inspection whose finding was recorded in the period —, the violations found among them, and those put
 * right (rectification verified). {@code district} null is the whole city.
 */
@Service
public class InspectionFigures {

    /** One campaign's employers inspected in the period, violations found and violations put right. */
    public record CampaignResult(long campaignId, String title, long inspected, long violations, long rectified) {
    }

    private final FiguresMapper mapper;

    InspectionFigures(FiguresMapper mapper) {
        this.mapper = mapper;
    }

    public List<CampaignResult> perCampaign(String district, LocalDate from, LocalDate to) {
        return mapper.perCampaign(district, from, to);
    }

    @Mapper
    interface FiguresMapper {

        @Select("""
                <script>SELECT campaign_id, MAX(campaign_title) AS title, COUNT(*) AS inspected,
                  SUM(CASE WHEN finding = 'VIOLATION' THEN 1 ELSE 0 END) AS violations,
                  SUM(CASE WHEN finding = 'VIOLATION' AND verification = 'RECTIFIED' THEN 1 ELSE 0 END) AS rectified
                FROM inspection WHERE found_on &gt;= #{from} AND found_on &lt;= #{to}
                <if test="district != null">AND district = #{district}</if>
                GROUP BY campaign_id ORDER BY campaign_id</script>""")
        List<CampaignResult> perCampaign(@Param("district") String district, @Param("from") LocalDate from,
                                         @Param("to") LocalDate to);
    }
}
