package org.ffw.subsidy;

import java.math.BigDecimal;
import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.settings.Setting;
import org.ffw.platform.settings.Setting.Unit;
import org.ffw.platform.settings.SettingDeclarations;
import org.ffw.platform.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The subsidy's settings on the administrator's settings page, their defaults from {@code ffw.subsidy.*}: the review's
 * working days and the amount above which the supervisor reviews again. Both are read from the values the case was
 * opened under.
 */
@Component
class SubsidySettings implements SettingDeclarations {

    static final String REVIEW_DAYS = "subsidy.review-days";
    static final String SECOND_REVIEW_ABOVE = "subsidy.second-review-above";

    private final SubsidyProperties properties;
    private final Settings settings;

    SubsidySettings(SubsidyProperties properties, Settings settings) {
        this.properties = properties;
        this.settings = settings;
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.configurable(REVIEW_DAYS, Procedure.EMPLOYER_SUBSIDY, Unit.WORKING_DAYS, 5, 60,
                        properties.reviewDays()),
                Setting.configurable(SECOND_REVIEW_ABOVE, Procedure.EMPLOYER_SUBSIDY, Unit.YUAN,
                        new BigDecimal("1000.00"), new BigDecimal("1000000.00"), properties.secondReviewAbove()));
    }

    /** The review's working days of an application made now (the public home page promises them). */
    int currentReviewDays() {
        return settings.current(REVIEW_DAYS).intValueExact();
    }

    /** The review's working days of this case. */
    int reviewDays(String caseNo) {
        return settings.of(caseNo).integer(REVIEW_DAYS);
    }

    /** The amount above which this case's approval is reviewed again. */
    BigDecimal secondReviewAbove(String caseNo) {
        return settings.of(caseNo).decimal(SECOND_REVIEW_ABOVE).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
