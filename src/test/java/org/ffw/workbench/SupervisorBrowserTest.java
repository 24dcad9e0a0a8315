package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 督办 in a real browser: Pudong's supervisor (赵敏) sees a task of 张伟 overdue (the clock moved a week on), ticks it,
 * first forgets whom to give it to (said beside the field), then gives it to 陈静, and the workload table moves with
 * it. Screenshots at 1280 and 375 px: target/screenshots/supervisor*.png.
 */
class SupervisorBrowserTest extends BrowserTest {

    /** Monday 16 November 2026, 10:00 in Shanghai; due five working days on, end of Monday 23. */
    static final Instant CREATED = Instant.parse("2026-11-16T02:00:00Z");
    /** Tuesday 24 November 2026, 16:00 in Shanghai: one working day over. */
    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private long cell(String row, String column) {
        return Long.parseLong(find(By.cssSelector("#load-" + row + " ." + column)).getText().strip());
    }

    @Test
    void the_supervisor_sees_an_overdue_task_reassigns_it_and_the_workload_moves() {
        ClockUtil.setCurrentTime(Date.from(CREATED));
        String caseNo = "SB-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey("worktable-test", caseNo, Map.of("district", "310115",
                "employerCreditCode", "91310115MA1H8R7C41", "complainant", "employee"));
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        tasks.claim(id, "inspector");
        ClockUtil.setCurrentTime(Date.from(NOW));

        login("supervisor");
        assertThat(find(By.id("district-work")).getText()).contains("本区待办", "逾期");
        screenshot("supervisor-home");
        find(By.id("nav-supervisor")).click();
        waitFor(By.id("escalations"));
        String row = find(By.id("esc-" + id)).getText();
        assertThat(row).contains(caseNo, "张伟（浦东监察）", "逾期", "逾期 1 个工作日");
        // the workload lists the district's staff, not an employer holding its own task
        assertThat(find(By.id("workload")).getText()).doesNotContain("用人单位");
        long inspectorOpen = cell("inspector", "n-open");
        long inspector2Open = cell("inspector2", "n-open");
        long inspector2Overdue = cell("inspector2", "n-overdue");
        screenshot("supervisor");

        // ticked, but nobody chosen: said beside the field, the tick kept, nothing changed
        find(By.id("pick-" + id)).click();
        clickAndWait(By.id("reassign-submit"));
        assertThat(find(By.id("err-assignee")).getText()).isEqualTo("请选择改派给谁");
        assertThat(find(By.id("pick-" + id)).isSelected()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector");
        screenshot("supervisor-error");

        select(By.id("assignee"), "inspector2");
        clickAndWait(By.id("reassign-submit"));
        assertThat(find(By.id("notice")).getText()).contains("已将 1 项任务改派给", "陈静");
        assertThat(find(By.id("esc-" + id)).getText()).contains("陈静（浦东监察）").doesNotContain("张伟");
        assertThat(cell("inspector2", "n-open")).isEqualTo(inspector2Open + 1);
        assertThat(cell("inspector2", "n-overdue")).isEqualTo(inspector2Overdue + 1);
        assertThat(cell("inspector", "n-open")).isEqualTo(inspectorOpen - 1);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector2");
        screenshot("supervisor-reassigned");
    }
}
