package org.ffw.subsidy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What the social-insurance agency recorded an employer as having paid for one employee in one month (先缴后补): the
 * EMPLOYER's contributions only, per insurance, in yuan with scale 2.
 *
 * @param medical basic medical insurance, maternity insurance included
 */
public record RecordedContribution(YearMonth month, BigDecimal pension, BigDecimal medical, BigDecimal unemployment,
                                   BigDecimal workInjury) {

    public RecordedContribution {
        Objects.requireNonNull(month, "month");
        pension = money(pension, "pension");
        medical = money(medical, "medical");
        unemployment = money(unemployment, "unemployment");
        workInjury = money(workInjury, "workInjury");
    }

    /** The four employer contributions together, scale 2 (exact: nothing is rounded). */
    public BigDecimal total() {
        return pension.add(medical).add(unemployment).add(workInjury);
    }

    /** Scale 2; an amount with more decimals than that is a programming error, not something to round away. */
    private static BigDecimal money(BigDecimal amount, String name) {
        Objects.requireNonNull(amount, name);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
