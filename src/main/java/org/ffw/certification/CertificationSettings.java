package org.ffw.certification;

import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.settings.Setting;
import org.ffw.platform.settings.Setting.Unit;
import org.ffw.platform.settings.SettingDeclarations;
import org.ffw.platform.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * The certification's settings on the administrator's settings page, their defaults from {@code ffw.certification.*}
 * (the pilot notice publishes no period: every one is a choice). They belong to the application (FP-…): its reviews'
 * working days, the validity of the certificate it issues and that certificate's renewal reminder are read from the
 * values the application was opened under.
 */
@Component
class CertificationSettings implements SettingDeclarations {

    static final String REVIEW_DAYS = "certification.review-days";
    static final String VALIDITY_YEARS = "certification.validity-years";
    static final String REMINDER_DAYS = "certification.reminder-days";

    private final CertificationProperties properties;
    private final Settings settings;

    CertificationSettings(CertificationProperties properties, Settings settings) {
        this.properties = properties;
        this.settings = settings;
    }

    @Override
    public List<Setting> settings() {
        return List.of(
                Setting.configurable(REVIEW_DAYS, Procedure.FRIENDLY_POST, Unit.WORKING_DAYS, 5, 60,
                        properties.reviewDays()),
                Setting.configurable(VALIDITY_YEARS, Procedure.FRIENDLY_POST, Unit.YEARS, 1, 5,
                        properties.validityYears()),
                Setting.configurable(REMINDER_DAYS, Procedure.FRIENDLY_POST, Unit.DAYS, 7, 180,
                        properties.reminderDays()));
    }

    /** The value an application made now gets (the public home page promises it). */
    int current(String key) {
        return settings.current(key).intValueExact();
    }

    /** The working days each reviewer of this application has. */
    int reviewDays(String applicationCaseNo) {
        return settings.of(applicationCaseNo).integer(REVIEW_DAYS);
    }

    /** The years a certificate issued (or renewed) by this application is valid. */
    int validityYears(String applicationCaseNo) {
        return settings.of(applicationCaseNo).integer(VALIDITY_YEARS);
    }

    /** The days before its end a certificate's holder is reminded, as its last application set them. */
    int reminderDays(Certificate c) {
        return settings.of(c.renewedByCase() != null ? c.renewedByCase() : c.issuedByCase()).integer(REMINDER_DAYS);
    }
}
