package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.ffw.platform.settings.SettingChanges;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The subsidy reads its review period and its second-review threshold from the settings the case was opened under: a
 * change applies to the applications made after it, an open one keeps its values; the new case's timeline says so.
 */
class SubsidySettingsTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Timeline timeline;

    @Test
    void a_changed_review_period_applies_to_the_applications_made_after_it() {
        String key = SubsidySettings.REVIEW_DAYS;
        String before = SettingChanges.current(api, key);
        int old = Integer.parseInt(before);
        try {
            String open = Subsidies.applyCase(api, Subsidies.application());
            SettingChanges.set(api, key, old + 5);
            String opened = Subsidies.applyCase(api, Subsidies.application());

            assertThat(reviewDue(open)).isEqualTo(workingDays.due(old));
            assertThat(reviewDue(opened)).isEqualTo(workingDays.due(old + 5));
            assertThat(settingsNote(opened)).contains("补贴审核期限 " + (old + 5) + " 个工作日");
            assertThat(settingsNote(open)).contains("补贴审核期限 " + old + " 个工作日");
        } finally {
            SettingChanges.restore(api, key, before);
        }
    }

    @Test
    void a_lower_threshold_sends_only_the_new_applications_to_the_second_review() {
        String key = SubsidySettings.SECOND_REVIEW_ABOVE;
        String before = SettingChanges.current(api, key);
        try {
            String open = Subsidies.applyCase(api, Subsidies.application());
            SettingChanges.set(api, key, "1000.00");
            String opened = Subsidies.applyCase(api, Subsidies.application());

            JsonNode old = api.as("officer").get("/api/v1/subsidy-applications/" + open).json();
            JsonNode now = api.as("officer").get("/api/v1/subsidy-applications/" + opened).json();
            assertThat(old.path("secondReviewThreshold").decimalValue()).isEqualByComparingTo(before);
            assertThat(now.path("secondReviewThreshold").decimalValue()).isEqualByComparingTo("1000.00");
            assertThat(now.path("aboveSecondReviewThreshold").asBoolean()).isTrue();
            assertThat(settingsNote(opened)).contains("超过此金额须经复核 1000.00 元（已调整，默认 50000.00 元）");

            // approved by the officer, the new application goes to the supervisor because of the amount
            Subsidies.complete(api, tasks, opened, "review", "officer", java.util.Map.of("reviewDecision", "APPROVE"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(opened).taskDefinitionKey("secondReview")
                    .count()).isEqualTo(1);
            List<TimelineEntry> reasons = timeline.of(opened, Visibility.forStaff()).stream()
                    .filter(e -> "SECOND_REVIEW_REASON".equals(e.action())).toList();
            assertThat(reasons).singleElement().satisfies(e -> assertThat(e.note()).contains("1000.00"));
            assertThat(new BigDecimal(before)).isGreaterThan(new BigDecimal("1000.00"));
        } finally {
            SettingChanges.restore(api, key, before);
        }
    }

    private java.util.Date reviewDue(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("review").singleResult()
                .getDueDate();
    }

    private String settingsNote(String caseNo) {
        return timeline.of(caseNo, Visibility.forStaff()).stream().filter(e -> "SETTINGS".equals(e.action()))
                .map(TimelineEntry::note).findFirst().orElseThrow();
    }
}
