package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.settings.SettingChanges;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The certification reads its reviews' working days, the certificate's validity and its renewal reminder from the
 * settings the application was opened under: an application made before a change keeps the old values to the end.
 */
class CertificationSettingsTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Timeline timeline;
    @Autowired
    org.ffw.rules.WorkCalendarService calendars;

    @Test
    void changed_periods_apply_to_the_applications_made_after_the_change() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        String validity = SettingChanges.current(api, CertificationSettings.VALIDITY_YEARS);
        String review = SettingChanges.current(api, CertificationSettings.REVIEW_DAYS);
        String reminder = SettingChanges.current(api, CertificationSettings.REMINDER_DAYS);
        int years = Integer.parseInt(validity);
        int days = Integer.parseInt(review);
        int remind = Integer.parseInt(reminder);
        try {
            Api first = holder();
            String open = Certifications.applyCase(first);
            SettingChanges.set(api, CertificationSettings.VALIDITY_YEARS, years == 5 ? 4 : years + 1);
            SettingChanges.set(api, CertificationSettings.REVIEW_DAYS, days + 3);
            SettingChanges.set(api, CertificationSettings.REMINDER_DAYS, remind + 10);
            int newYears = years == 5 ? 4 : years + 1;
            Api second = holder();
            String opened = Certifications.applyCase(second);

            assertThat(due(open, "hrbReview")).isEqualTo(workingDays.due(days));
            assertThat(due(opened, "hrbReview")).isEqualTo(workingDays.due(days + 3));
            assertThat(settingsNote(opened)).contains("证书有效期 " + newYears + " 年",
                    "人社局、工会审核期限（各方） " + (days + 3) + " 个工作日");

            LocalDate today = LocalDate.now(Shanghai.ZONE);
            String oldNumber = certify(open, first);
            String newNumber = certify(opened, second);
            LocalDate oldEnd = LocalDate.parse(first.get(CertificationController.CERTIFICATES + "/" + oldNumber).json()
                    .path("validTo").asText());
            LocalDate newEnd = LocalDate.parse(second.get(CertificationController.CERTIFICATES + "/" + newNumber)
                    .json().path("validTo").asText());
            assertThat(oldEnd).isEqualTo(today.plusYears(years).minusDays(1));
            assertThat(newEnd).isEqualTo(today.plusYears(newYears).minusDays(1));
            assertThat(firstTimer(oldNumber)).isEqualTo(startOf(oldEnd.minusDays(remind)));
            assertThat(firstTimer(newNumber)).isEqualTo(startOf(newEnd.minusDays(remind + 10)));
        } finally {
            SettingChanges.restore(api, CertificationSettings.VALIDITY_YEARS, validity);
            SettingChanges.restore(api, CertificationSettings.REVIEW_DAYS, review);
            SettingChanges.restore(api, CertificationSettings.REMINDER_DAYS, reminder);
        }
    }

    private Api holder() {
        CertificationEmployers.Fresh e = CertificationEmployers.create(employers, users);
        return api.as(e.username(), CertificationEmployers.PASSWORD);
    }

    private String certify(String caseNo, Api holder) {
        Certifications.complete(api.as("inspector"), tasks, caseNo, "hrbReview", Map.of("decision", "APPROVE"));
        Certifications.complete(api.as("union"), tasks, caseNo, "unionReview", Map.of("decision", "APPROVE"));
        Certifications.complete(api.as("inspector"), tasks, caseNo, "siteVisit", Map.of("result", "CONFIRMED",
                "visitDate", LocalDate.now(Shanghai.ZONE).toString(), "findings", "岗位设置与申报一致，职工知晓弹性安排。"));
        Certifications.endNotice(runtime, management, caseNo);
        String number = holder.get(CertificationController.BASE + "/" + caseNo).json().path("certificateNo").asText();
        assertThat(number).startsWith("FC-");
        return number;
    }

    private Date due(String caseNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult()
                .getDueDate();
    }

    /** The certificate's earliest timer: the renewal reminder. */
    private Date firstTimer(String number) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(number).singleResult().getId();
        return management.createJobQuery().processInstanceId(pi).timers().list().stream()
                .map(Job::getDuedate).min(Date::compareTo).orElseThrow();
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(WorkingDays.ZONE).toInstant());
    }

    private String settingsNote(String caseNo) {
        return timeline.of(caseNo, Visibility.forStaff()).stream().filter(e -> "SETTINGS".equals(e.action()))
                .map(TimelineEntry::note).findFirst().orElseThrow();
    }
}
