package org.ffw.certification;

import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.TimeLimits;
import org.springframework.stereotype.Component;

/** The certification's periods for an application made now (办理设置 or {@code ffw.certification.*}), for the home page. */
@Component
class CertificationTimeLimits implements TimeLimits {

    private final CertificationProperties properties;
    private final CertificationSettings settings;

    CertificationTimeLimits(CertificationProperties properties, CertificationSettings settings) {
        this.properties = properties;
        this.settings = settings;
    }

    @Override
    public List<Limit> limits() {
        return List.of(
                new Limit(Procedure.FRIENDLY_POST, "certification.review", settings.current(CertificationSettings.REVIEW_DAYS),
                        Unit.WORKING_DAYS, false),
                new Limit(Procedure.FRIENDLY_POST, "certification.notice", properties.noticeDays(),
                        Unit.WORKING_DAYS, false),
                new Limit(Procedure.FRIENDLY_POST, "certification.validity", settings.current(CertificationSettings.VALIDITY_YEARS),
                        Unit.YEARS, false));
    }
}
