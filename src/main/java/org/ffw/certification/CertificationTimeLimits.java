package org.ffw.certification;

import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.TimeLimits;
import org.springframework.stereotype.Component;

/** The certification's configured periods ({@code ffw.certification.*}), for the public home page. */
@Component
class CertificationTimeLimits implements TimeLimits {

    private final CertificationProperties properties;

    CertificationTimeLimits(CertificationProperties properties) {
        this.properties = properties;
    }

    @Override
    public List<Limit> limits() {
        return List.of(
                new Limit(Procedure.FRIENDLY_POST, "certification.review", properties.reviewDays(),
                        Unit.WORKING_DAYS, false),
                new Limit(Procedure.FRIENDLY_POST, "certification.notice", properties.noticeDays(),
                        Unit.WORKING_DAYS, false),
                new Limit(Procedure.FRIENDLY_POST, "certification.validity", properties.validityYears(),
                        Unit.YEARS, false));
    }
}
