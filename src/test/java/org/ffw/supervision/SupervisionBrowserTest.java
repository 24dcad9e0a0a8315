package org.ffw.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The union's supervision in a real browser: a union reviewer opens a case through the form and reads its page; the
 * employer reads the opinion on its page and answers on its task page. Screenshots at 1280 and 375 px
 * (target/screenshots/supervision-*.png).
 */
class SupervisionBrowserTest extends BrowserTest {

    @Autowired
    TaskService tasks;

    @Test
    void the_union_opens_a_case_and_the_employer_reads_and_answers_it() {
        login("union");
        open("/union-supervision");
        browser.findElement(By.id("open-supervision")).click();
        waitFor(By.id("open-form"));
        type(By.id("f-employerName"), "上海示例科技有限公司");
        type(By.id("f-employerCreditCode"), SupervisionApiTest.PUDONG_CO);
        select(By.id("f-leaveType"), "BIRTH");
        type(By.id("f-supervisors[0].name"), "王建国");
        type(By.id("f-supervisors[0].certificateNo"), "SH-JD-0012");
        type(By.id("f-supervisors[1].name"), "李秀英");
        type(By.id("f-supervisors[1].certificateNo"), "SH-JD-0047");
        type(By.id("f-facts"), "经两名工会劳动法律监督员调查，该单位 2026 年以来对生育职工只批准 98 天产假，未依法给予 60 天生育假。");
        type(By.id("f-requiredCorrection"), "依法为相关职工补足 60 天生育假，并修订本单位休假制度。");
        type(By.id("f-affectedEmployees"), "3");
        assertAccessible();
        screenshot("supervision-new");
        clickAndWait(By.id("open-submit"));
        waitFor(By.id("case-no"));
        String caseNo = find(By.id("case-no")).getText();
        assertThat(caseNo).startsWith("US-");
        assertThat(find(By.id("supervisors")).getText()).contains("王建国（证号 SH-JD-0012）");
        assertThat(pageText()).contains("待单位书面答复", "发出监督意见书");
        assertAccessible();
        screenshot("supervision-staff");

        login("employer");
        open("/employer/home");
        assertThat(find(By.id("employer-supervisions")).getText()).contains(caseNo, "待本单位书面答复");
        open("/employer/union-supervision/" + caseNo);
        assertThat(find(By.id("required-correction")).getText()).contains("补足 60 天生育假");
        assertThat(find(By.id("letter-SUPERVISION_OPINION")).getText()).contains("工会劳动法律监督意见书", caseNo + "-01",
                "尚未送达");
        assertAccessible();
        screenshot("supervision-employer");
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        open("/tasks/" + taskId);
        assertThat(pageText()).contains("书面答复工会劳动法律监督意见书", "补足 60 天生育假");
        assertAccessible();
        screenshot("supervision-employer-task");
    }

    @Test
    void the_union_list_reads_in_words() {
        api.as("union").header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/union-supervision",
                SupervisionApiTest.opening(SupervisionApiTest.PUDONG_CO));
        login("union");
        open("/union-supervision");
        assertThat(find(By.id("supervisions")).getText()).contains("待单位书面答复", "上海示例科技有限公司");
        assertAccessible();
        screenshot("supervision-list");
    }
}
