package org.ffw.subsidy;

import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.TimeLimits;
import org.springframework.stereotype.Component;

/** The subsidy review's working days for an application made now (办理设置, default {@code ffw.subsidy.review-days}). */
@Component
class SubsidyTimeLimits implements TimeLimits {

    private final SubsidySettings settings;

    SubsidyTimeLimits(SubsidySettings settings) {
        this.settings = settings;
    }

    @Override
    public List<Limit> limits() {
        return List.of(new Limit(Procedure.EMPLOYER_SUBSIDY, "subsidy.review", settings.currentReviewDays(),
                Unit.WORKING_DAYS, false));
    }
}
