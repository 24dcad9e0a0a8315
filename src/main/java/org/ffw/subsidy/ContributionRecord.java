package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A row of {@code contribution_record} as the listing shows it: whose, which month, the amounts, which import. */
record ContributionRecord(String creditCode, String residentId, YearMonth month, BigDecimal pension,
                          BigDecimal medical, BigDecimal unemployment, BigDecimal workInjury, long importId,
                          Instant importedAt) {

    @JsonProperty("total")
    BigDecimal total() {
        return recorded().total();
    }

    RecordedContribution recorded() {
        return new RecordedContribution(month, pension, medical, unemployment, workInjury);
    }
}
