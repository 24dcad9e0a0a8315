package org.ffw.subsidy;

import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.TimeLimits;
import org.springframework.stereotype.Component;

/** The subsidy review's configured working days ({@code ffw.subsidy.review-days}), for the public home page. */
@Component
class SubsidyTimeLimits implements TimeLimits {

    private final SubsidyProperties properties;

    SubsidyTimeLimits(SubsidyProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Limit> limits() {
        return List.of(new Limit(Procedure.EMPLOYER_SUBSIDY, "subsidy.review", properties.reviewDays(),
                Unit.WORKING_DAYS, false));
    }
}
