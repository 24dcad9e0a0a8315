package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;


import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaint procedure as its users click through it in a real (headless) Chromium: the employee lodges and
 * checks the status anonymously, the inspector triages in the worktable with the conditional fields of the form, the
 * employer then sees the case without the complainant, and a bad submission is explained next to its field.
 * Screenshots of the pages are saved to target/screenshots/.
 */
class ComplaintBrowserTest extends BrowserTest {

    static final String NAME = ComplaintApiTest.NAME;

    @Autowired
    ComplaintMapper mapper;
    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    String lodgeByApi() {
        return Complaints.lodge(api);
    }

    String triageTask(String caseNo) {
        return Complaints.taskId(tasks, caseNo, "triage");
    }

    /** The inspector finds the case's triage task under 待认领 with the case-number filter and claims it. */
    void claimTriage(String caseNo) {
        String id = triageTask(caseNo);
        login("inspector");
        clickAndWait(By.id("nav-tasks"));
        clickAndWait(By.id("tab-group"));
        type(By.id("filter-caseNo"), caseNo);
        clickAndWait(By.id("filter-submit"));
        assertThat(find(By.id("task-" + id)).getText()).contains(caseNo).contains("受理审查")
                .contains("上海示例科技有限公司 · 生育假").contains("正常");
        screenshot("worktable-queue-group");
        clickAndWait(By.id("claim-" + id));
        assertThat(find(By.id("notice")).getText()).contains("已认领");
        assertThat(find(By.id("task-assignee")).getText()).isEqualTo("我");
    }

    @Test
    void the_employee_lodges_through_the_form_and_checks_the_status_with_the_query_code() {
        login("employee");
        screenshot("home-employee");
        clickAndWait(By.id("nav-new-complaint"));
        assertThat(find(By.id("complainant-name")).getText()).isEqualTo(NAME);
        type(By.id("f-phone"), "13800000000");
        type(By.id("f-employerName"), "上海示例科技有限公司");
        type(By.id("f-employerCreditCode"), ComplaintApiTest.PUDONG_CO);
        select(By.id("f-workplaceDistrict"), "310115");
        select(By.id("f-leaveType"), "BIRTH");
        setValue(By.id("f-childBirthDate"), "2026-03-10");
        setValue(By.id("f-violationDate"), "2026-06-16");
        type(By.id("f-daysGranted"), "98");
        type(By.id("f-facts"), "公司只批准了98天产假，拒绝给予60天生育假。");
        type(By.id("f-request"), "补足生育假");
        assertThat(find(By.id("f-confidential")).isSelected()).isTrue();
        screenshot("complaint-new");
        int before = mapper.forComplainant("employee").size();
        clickAndWait(By.id("lodge-submit"));

        String caseNo = waitFor(By.id("lodged-case")).getText();
        String code = find(By.id("lodged-code")).getText();
        assertThat(caseNo).matches("LC-\\d{4}-\\d{6}");
        assertThat(code).matches("[A-Z2-9]{10}");
        assertThat(pageText()).contains("请保存查询码").contains(find(By.id("lodged-due")).getText());
        screenshot("complaint-lodged");
        assertThat(mapper.forComplainant("employee")).hasSize(before + 1);

        clickAndWait(By.id("to-case"));
        assertThat(find(By.id("case-status")).getText()).isEqualTo("待受理");
        assertThat(find(By.id("entitled-days")).getText()).isEqualTo("159 天"); // 98 + 60 + 端午
        screenshot("complaint-mine");

        // anyone with the number and the code: status and dates, without signing in
        browser.manage().deleteAllCookies();
        open("/public/case-status");
        type(By.id("caseNo"), caseNo);
        type(By.id("queryCode"), code);
        clickAndWait(By.id("status-submit"));
        assertThat(find(By.id("status-label")).getText()).isEqualTo("待受理");
        assertThat(pageText()).doesNotContain(NAME, "上海示例科技", "13800000000").doesNotContain("退出登录");
        screenshot("public-case-status");
        type(By.id("caseNo"), caseNo);
        type(By.id("queryCode"), "WRONGCODE2");
        clickAndWait(By.id("status-submit"));
        assertThat(find(By.id("status-error")).getText()).contains("案件编号或查询码不正确");
    }

    @Test
    void the_inspector_triages_with_conditional_fields_and_the_employer_sees_the_case_anonymised() {
        String caseNo = lodgeByApi();
        String id = triageTask(caseNo);
        claimTriage(caseNo);

        // the form's conditional fields follow the decision
        By allegation = By.id("f-allegation");
        By supplement = By.id("f-supplementRequest");
        By transfer = By.id("f-transferDistrict");
        By notAccepted = By.id("f-notAcceptedReason");
        assertThat(visible(allegation)).isFalse();
        assertThat(visible(supplement)).isFalse();
        assertThat(visible(By.id("f-note"))).isTrue();
        find(By.cssSelector("input[name=triageDecision][value=REQUEST_SUPPLEMENT]")).click();
        assertThat(visible(supplement)).isTrue();
        assertThat(visible(allegation)).isFalse();
        find(By.cssSelector("input[name=triageDecision][value=TRANSFER]")).click();
        assertThat(visible(transfer)).isTrue();
        assertThat(visible(supplement)).isFalse();
        find(By.cssSelector("input[name=triageDecision][value=NOT_ACCEPTED]")).click();
        assertThat(visible(notAccepted)).isTrue();
        find(By.cssSelector("input[name=triageDecision][value=ACCEPT]")).click();
        assertThat(visible(allegation)).isTrue();
        assertThat(visible(transfer)).isFalse();
        assertThat(visible(notAccepted)).isFalse();
        type(allegation, "职工反映：单位仅批准98天产假，未依法给予60天生育假。");
        assertThat(find(By.id("case-details")).getText()).contains(NAME).contains("159 天").contains("61 天");
        screenshot("worktable-task-triage");
        clickAndWait(By.id("complete"));

        assertThat(find(By.id("notice")).getText()).contains("已办结").contains(caseNo);
        assertThat(findAll(By.id("task-" + id))).isEmpty();
        open("/tasks?view=all&caseNo=" + caseNo);
        assertThat(findAll(By.id("task-" + id))).as("the triage task has left the queue").isEmpty();
        assertThat(find(By.id("queue")).getText()).contains("调查取证");
        assertThat(mapper.find(caseNo).status()).isEqualTo(Status.INVESTIGATING);

        open("/complaints/" + caseNo);
        assertThat(find(By.id("allegation")).getText()).contains("60天生育假");
        screenshot("complaint-staff");

        login("employer");
        clickAndWait(By.id("nav-employer-complaints"));
        assertThat(find(By.id("case-" + caseNo)).getText()).contains("调查中").contains("生育假");
        screenshot("employer-complaints");
        clickAndWait(By.linkText(caseNo));
        assertThat(find(By.id("complainant")).getText()).isEqualTo("（投诉人身份保密）");
        assertThat(find(By.id("allegation")).getText()).contains("60天生育假");
        assertThat(browser.getPageSource()).doesNotContain(NAME, "310101198808080025", "13800000000");
        screenshot("employer-complaint");
        // its statement is asked for in its own queue: with one account, the task is already its own
        clickAndWait(By.id("nav-tasks"));
        clickAndWait(By.id("tab-mine"));
        // the demo employer has other tasks too (other tests' inspections and complaints): its own queue, this case
        open("/tasks?view=mine&caseNo=" + caseNo);
        assertThat(find(By.id("queue")).getText()).contains(caseNo).contains("单位陈述申辩");
        assertThat(browser.getPageSource()).doesNotContain(NAME);
        screenshot("worktable-queue-employer");
    }

    @Test
    void a_triage_without_a_decision_is_explained_next_to_the_field_and_changes_nothing() {
        String caseNo = lodgeByApi();
        String id = triageTask(caseNo);
        claimTriage(caseNo);
        type(By.id("f-note"), "先看材料");
        clickAndWait(By.id("complete"));

        assertThat(find(By.id("err-triageDecision")).getText()).contains("此项必填");
        assertThat(find(By.id("f-triageDecision")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(find(By.id("error-summary")).getText()).contains("受理决定").contains("此项必填");
        assertThat(find(By.id("f-note")).getAttribute("value")).isEqualTo("先看材料");
        assertThat(visible(By.id("f-allegation"))).isFalse();
        screenshot("worktable-task-error");

        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector");
        assertThat(mapper.find(caseNo).status()).isEqualTo(Status.SUBMITTED);
        open("/tasks?view=mine&caseNo=" + caseNo);
        assertThat(findAll(By.id("task-" + id))).hasSize(1);
    }
}
