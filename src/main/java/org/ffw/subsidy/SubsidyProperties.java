package org.ffw.subsidy;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ffw.subsidy.*: the review's working days (default 20 — a consultancy's figure, REFERENCE §2.1 [U]) and the amount
 * above which a supervisor reviews again (default RMB 50,000.00).
 */
@ConfigurationProperties("ffw.subsidy")
record SubsidyProperties(Integer reviewDays, BigDecimal secondReviewAbove) {

    SubsidyProperties {
        reviewDays = reviewDays == null ? 20 : reviewDays;
        secondReviewAbove = (secondReviewAbove == null ? new BigDecimal("50000.00") : secondReviewAbove)
                .setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
