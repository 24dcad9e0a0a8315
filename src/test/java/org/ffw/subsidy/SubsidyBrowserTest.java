package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.camunda.bpm.engine.TaskService;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subsidy as its users click through it in headless Chromium: the employer fills in the application and sees
 * the amount and every check live (JavaScript), submits and keeps the query code; the officer approves on the
 * review task page with the calculation beside the form; finance confirms the payment; the employer sees PAID.
 * Screenshots at 1280 and 375 px go to target/screenshots/subsidy-*.png.
 */
class SubsidyBrowserTest extends BrowserTest {

    @Autowired
    TaskService tasks;

    void waitText(By by, String text) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(by).getText().contains(text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited for '" + text + "' in " + by + ", which says '" + find(by).getText()
                    + "'; the result panel says: " + find(By.id("result")).getText(), e);
        }
    }

    @Test
    void the_employer_applies_with_the_live_amount_the_officer_approves_finance_pays_the_employer_sees_it_paid() {
        String residentId = Contributions.residentId();
        // the agency recorded March: the page fills it in from the resident ID
        var imported = api.as("admin").upload("/api/v1/contribution-records?replace=EMPLOYER_MONTHS", "r.csv",
                "text/csv", Contributions.csv(Contributions.row(Contributions.DEMO_EMPLOYER, residentId, "2026-03",
                        "2000.00", "1000.00", "50.00", "20.00")));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        login("employer");
        clickAndWait(By.id("nav-employer-subsidies"));
        screenshot("subsidy-employer-list-before");
        clickAndWait(By.id("new-application"));
        setValue(By.id("f-childBirthDate"), "2026-03-10");
        type(By.id("f-residentId"), residentId);
        setValue(By.id("f-residentId"), residentId);
        waitText(By.id("hint-residentId"), "找到 1 个月的社保缴费记录");
        assertThat(find(By.id("f-contributions[0].month")).getAttribute("value")).isEqualTo("2026-03");
        assertThat(find(By.id("f-contributions[5].month")).getAttribute("value")).isEqualTo("2026-08");
        assertThat(find(By.id("f-contributions[0].pension")).getAttribute("value")).isEqualTo("2000.00");
        type(By.id("f-employeeName"), "王芳");
        type(By.id("f-childOrder"), "2");
        find(By.id("f-employeeConfirmedChildOrder")).click();
        type(By.id("f-birthCertificateNo"), "P310000003");
        setValue(By.id("f-leaveStart"), "2026-03-10");
        setValue(By.id("f-leaveEnd"), "2026-08-15");
        for (int i = 1; i < 6; i++) {
            type(By.id("f-contributions[" + i + "].pension"), "2000.00");
            type(By.id("f-contributions[" + i + "].medical"), "1000.00");
            type(By.id("f-contributions[" + i + "].unemployment"), "50.00");
            type(By.id("f-contributions[" + i + "].workInjury"), "20.00");
        }
        // the amount so far, before the declaration: one check still open
        waitText(By.id("amount"), "9210.00 元");
        assertThat(find(By.id("live-checks")).getText()).contains("不重复享受", "未通过");
        find(By.id("f-noOtherSubsidy")).click();
        type(By.id("f-bankName"), "中国工商银行上海浦东分行");
        type(By.id("f-accountName"), "上海示例科技有限公司");
        type(By.id("f-accountNo"), "1001234567890123");
        waitText(By.id("amount-note"), "所有资格条件均已满足");
        assertThat(find(By.id("live-checks")).getText()).contains("政策范围", "假期", "实际缴费", "2026-08-15")
                .doesNotContain("未通过");
        screenshot("subsidy-new");
        clickAndWait(By.id("submit"));
        String caseNo = find(By.id("applied-case")).getText();
        assertThat(caseNo).startsWith("ES-");
        assertThat(find(By.id("applied-amount")).getText()).isEqualTo("9210.00 元");
        screenshot("subsidy-submitted");

        // the officer: the review task page with the calculation, the checks, the standing
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("review")
                .singleResult().getId();
        login("officer");
        open("/tasks/" + taskId);
        clickAndWait(By.id("claim"));
        assertThat(find(By.id("case-section")).getText()).contains("资格条件", "每月单位缴费", "9210.00 元",
                "与缴费记录一致", "无记录，无法核对", "违法记录");
        find(By.cssSelector("input[name=reviewDecision][value=APPROVE]")).click();
        screenshot("subsidy-review");
        clickAndWait(By.id("complete"));
        assertThat(find(By.id("notice")).getText()).contains("已办结");
        Subsidies.secondApprovalIfAsked(api, tasks, caseNo);

        // finance: the day's instructions, the confirmation
        login("admin");
        clickAndWait(By.id("nav-subsidy-payments"));
        assertThat(find(By.id("pay-" + caseNo)).getText()).contains("9210.00", "上海示例科技有限公司");
        type(By.id("ref-" + caseNo), "ICBC-2026-BROWSER");
        screenshot("subsidy-payments");
        clickAndWait(By.id("pay-submit-" + caseNo));
        assertThat(find(By.id("notice")).getText()).contains(caseNo, "已确认支付 9210.00 元");

        // the employer sees it paid, with the reference, on its case and its list
        login("employer");
        clickAndWait(By.id("nav-employer-subsidies"));
        assertThat(find(By.id("case-" + caseNo)).getText()).contains("已支付", "9210.00");
        screenshot("subsidy-employer-list");
        clickAndWait(By.linkText(caseNo));
        assertThat(find(By.id("case-status")).getText()).isEqualTo("已支付");
        assertThat(find(By.id("paid")).getText()).contains("ICBC-2026-BROWSER");
        assertThat(find(By.id("timeline")).getText()).contains("批准补贴", "补贴已支付");
        screenshot("subsidy-employer-case");
    }
}
