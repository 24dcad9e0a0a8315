package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** The worktable in a real (headless) Chromium: the dashboard, bulk claim with "select all", the supervisor's views. */
class WorktableBrowserTest extends BrowserTest {

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    String startCase() {
        String caseNo = "WT-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey("worktable-test", caseNo, Map.of("district", "310115",
                "employerCreditCode", "91310115MA1H8R7C41", "complainant", "employee"));
        return caseNo;
    }

    @Test
    void bulk_claim_with_select_all_and_the_supervisors_views() {
        String caseNo = startCase();
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();

        login("inspector2");
        assertThat(find(By.id("dashboard")).getText()).contains("我的任务").contains("待认领");
        assertThat(find(By.id("sla-counts")).getText()).contains("正常").contains("临期").contains("逾期");
        screenshot("home-inspector");

        open("/tasks?view=group&process=worktable-test&caseNo=" + caseNo);
        assertThat(findAll(By.name("ids"))).hasSize(1);
        find(By.id("select-all")).click();
        assertThat(find(By.cssSelector("input[name=ids][value='" + id + "']")).isSelected()).isTrue();
        clickAndWait(By.id("bulk-claim-submit"));
        assertThat(find(By.id("notice")).getText()).isEqualTo("已认领 1 项任务。");
        assertThat(find(By.id("task-" + id)).getText()).contains("我");
        screenshot("worktable-queue-mine");
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector2");

        login("supervisor");
        clickAndWait(By.id("nav-tasks"));
        clickAndWait(By.id("tab-district"));
        type(By.id("filter-caseNo"), caseNo);
        clickAndWait(By.id("filter-submit"));
        assertThat(find(By.id("task-" + id)).getText()).contains("陈静（浦东监察）");
        assertThat(find(By.id("tab-escalated")).getText()).contains("督办");
        screenshot("worktable-queue-district");
        clickAndWait(By.linkText("Review the case"));
        select(By.id("assign-user"), "inspector");
        clickAndWait(By.id("assign"));
        assertThat(find(By.id("notice")).getText()).contains("已指派给 张伟（浦东监察）");
        assertThat(find(By.id("task-assignee")).getText()).isEqualTo("张伟（浦东监察） · 劳动监察员");
        screenshot("worktable-task-supervisor");
    }
}
