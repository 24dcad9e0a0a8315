package org.ffw.certification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ffw.certification.*: every period of the procedure. The pilot notice (REFERENCE §2.2) publishes none, so each is
 * configuration with a default chosen here (application.yml says which).
 */
@ConfigurationProperties("ffw.certification")
record CertificationProperties(Integer reviewDays, Integer leadDays, Integer reviseDays, Integer siteVisitDays,
                               Integer noticeDays, Integer objectionDays, Integer revocationDays,
                               Integer violationLookbackMonths, Integer validityYears, Integer reminderDays,
                               Integer renewalWindowDays, Integer objectionsPerHour) {

    CertificationProperties {
        reviewDays = or(reviewDays, 15);
        leadDays = or(leadDays, 5);
        reviseDays = or(reviseDays, 10);
        siteVisitDays = or(siteVisitDays, 10);
        noticeDays = or(noticeDays, 5);
        objectionDays = or(objectionDays, 5);
        revocationDays = or(revocationDays, 10);
        violationLookbackMonths = or(violationLookbackMonths, 12);
        validityYears = or(validityYears, 2);
        reminderDays = or(reminderDays, 60);
        renewalWindowDays = or(renewalWindowDays, 90);
        objectionsPerHour = or(objectionsPerHour, 5);
    }

    private static Integer or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }
}
