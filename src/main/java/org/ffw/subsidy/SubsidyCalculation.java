package org.ffw.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;

/**
 * The arithmetic of the subsidy (REFERENCE §2.1): {@code rate × Σ (pension + medical + unemployment + work injury)}
 * of the employer's contributions over exactly the birth month and the following months of the policy's term, in
 * yuan, rounded half-up to the fen once, on the sum. Months outside the term are not counted. Pure.
 */
final class SubsidyCalculation {

    private SubsidyCalculation() {
    }

    /** The months the subsidy covers: the birth month and the next {@code months - 1}. */
    static List<YearMonth> window(LocalDate birth, int months) {
        List<YearMonth> out = new ArrayList<>();
        YearMonth first = YearMonth.from(birth);
        for (int i = 0; i < months; i++) {
            out.add(first.plusMonths(i));
        }
        return out;
    }

    /** The declared contributions by month (the request's months are distinct, checked before). */
    static Map<YearMonth, MonthlyContribution> byMonth(List<MonthlyContribution> contributions) {
        Map<YearMonth, MonthlyContribution> out = new TreeMap<>();
        for (MonthlyContribution c : contributions) {
            out.put(YearMonth.parse(c.month()), c);
        }
        return out;
    }

    /** The amount: the rate of the sum over the window's months, half-up to two decimals, once. */
    static BigDecimal amount(Map<YearMonth, MonthlyContribution> declared, List<YearMonth> window, int ratePercent) {
        BigDecimal sum = BigDecimal.ZERO;
        for (YearMonth m : window) {
            MonthlyContribution c = declared.get(m);
            if (c != null) {
                sum = sum.add(c.total());
            }
        }
        return sum.multiply(BigDecimal.valueOf(ratePercent)).divide(BigDecimal.valueOf(100))
                .setScale(2, RoundingMode.HALF_UP);
    }
}
