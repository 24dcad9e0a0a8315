package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Provisional dates as users see them in December with next year's schedule not loaded: marked 暂定, explained. */
class ProvisionalBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    TaskService tasks;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        forget2027();
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    private void forget2027() {
        org.ffw.support.TestCalendars.forget(jdbc, 2027);
    }

    @Test
    void provisional_deadlines_are_marked_on_the_case_the_queue_and_the_home_page() {
        forget2027();
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-21T02:00:00Z")));
        String caseNo = Complaints.lodge(api);
        String triage = Complaints.taskId(tasks, caseNo, "triage");
        api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null);
        var done = api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。")));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);

        login("employee");
        open("/complaints/" + caseNo);
        assertThat(find(By.id("case-progress")).getText()).contains("调查期限").contains("暂定");
        screenshot("complaint-mine-provisional");

        login("inspector");
        assertThat(find(By.id("calendar-flag")).getText()).contains("2027 年节假日安排尚未载入");
        screenshot("home-inspector-provisional");
        open("/tasks?view=all&caseNo=" + caseNo);
        assertThat(pageText()).contains("暂定");
        screenshot("worktable-queue-provisional");
    }
}
