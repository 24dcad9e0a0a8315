package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.springframework.stereotype.Service;

/**
 * The subsidies' figures for the reports, summed by the database (GROUP BY over the applications): the amounts
 * approved per month of approval and paid per month of payment. A district is the application's; {@code null} is the
 * whole city.
 */
@Service
public class SubsidyFigures {

    /** One month: the applications approved in it and their amount, those paid in it and theirs. */
    public record Month(YearMonth month, long approved, BigDecimal approvedAmount, long paid, BigDecimal paidAmount) {
    }

    /** A month's count and sum as the database gives them. */
    record MonthSum(int inYear, int inMonth, long applications, BigDecimal amount) {
    }

    private final FiguresMapper mapper;

    SubsidyFigures(FiguresMapper mapper) {
        this.mapper = mapper;
    }

    /** The months of the period with an approval or a payment, oldest first. */
    public List<Month> approvedAndPaidPerMonth(String district, LocalDate from, LocalDate to) {
        Map<YearMonth, Month> months = new TreeMap<>();
        for (MonthSum s : mapper.approvedPerMonth(district, from, to)) {
            YearMonth m = YearMonth.of(s.inYear(), s.inMonth());
            Month old = months.getOrDefault(m, empty(m));
            months.put(m, new Month(m, s.applications(), amount(s), old.paid(), old.paidAmount()));
        }
        for (MonthSum s : mapper.paidPerMonth(district, from, to)) {
            YearMonth m = YearMonth.of(s.inYear(), s.inMonth());
            Month old = months.getOrDefault(m, empty(m));
            months.put(m, new Month(m, old.approved(), old.approvedAmount(), s.applications(), amount(s)));
        }
        return List.copyOf(months.values());
    }

    private static Month empty(YearMonth m) {
        return new Month(m, 0, BigDecimal.ZERO.setScale(2), 0, BigDecimal.ZERO.setScale(2));
    }

    private static BigDecimal amount(MonthSum s) {
        return s.amount() == null ? BigDecimal.ZERO.setScale(2) : s.amount().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    @Mapper
    interface FiguresMapper {

        @Select("""
                <script>SELECT YEAR(approved_on) AS in_year, MONTH(approved_on) AS in_month, COUNT(*) AS applications,
                  SUM(approved_amount) AS amount FROM subsidy_application
                WHERE approved_on &gt;= #{from} AND approved_on &lt;= #{to} AND approved_amount IS NOT NULL
                <if test="district != null">AND district = #{district}</if>
                GROUP BY YEAR(approved_on), MONTH(approved_on)</script>""")
        List<MonthSum> approvedPerMonth(@Param("district") String district, @Param("from") LocalDate from,
                                        @Param("to") LocalDate to);

        @Select("""
                <script>SELECT YEAR(paid_on) AS in_year, MONTH(paid_on) AS in_month, COUNT(*) AS applications,
                  SUM(approved_amount) AS amount FROM subsidy_application
                WHERE paid_on &gt;= #{from} AND paid_on &lt;= #{to} AND approved_amount IS NOT NULL
                <if test="district != null">AND district = #{district}</if>
                GROUP BY YEAR(paid_on), MONTH(paid_on)</script>""")
        List<MonthSum> paidPerMonth(@Param("district") String district, @Param("from") LocalDate from,
                                    @Param("to") LocalDate to);
    }
}
