package org.ffw.certification;

import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;

/**
 * The certificates' figures for the reports, counted by the database (GROUP BY over the certificates): per district,
 * the certificates whose validity meets the period, by their state today — valid, expired, revoked (and surrendered).
 * {@code district} null is the whole city.
 */
@Service
public class CertificationFigures {

    /** One district's certificates by state. */
    public record DistrictCertificates(String district, long valid, long expired, long revoked, long surrendered) {
    }

    private final FiguresMapper mapper;

    CertificationFigures(FiguresMapper mapper) {
        this.mapper = mapper;
    }

    public List<DistrictCertificates> byDistrict(String district, LocalDate from, LocalDate to) {
        return mapper.byDistrict(district, from, to);
    }

    @Mapper
    interface FiguresMapper {

        @Select("""
                <script>SELECT district,
                  SUM(CASE WHEN status = 'VALID' THEN 1 ELSE 0 END) AS valid,
                  SUM(CASE WHEN status = 'EXPIRED' THEN 1 ELSE 0 END) AS expired,
                  SUM(CASE WHEN status = 'REVOKED' THEN 1 ELSE 0 END) AS revoked,
                  SUM(CASE WHEN status = 'SURRENDERED' THEN 1 ELSE 0 END) AS surrendered
                FROM friendly_certificate WHERE valid_from &lt;= #{to} AND valid_to &gt;= #{from}
                <if test="district != null">AND district = #{district}</if>
                GROUP BY district ORDER BY district</script>""")
        List<DistrictCertificates> byDistrict(@Param("district") String district, @Param("from") LocalDate from,
                                              @Param("to") LocalDate to);
    }
}
