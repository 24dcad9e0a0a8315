package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.Shanghai;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The certification as its users click through it in headless Chromium: the employer applies with two posts (the
 * second added in place by JavaScript), both reviewers approve on their task pages seeing each other's answer, the
 * inspector confirms the site visit, the notice period passes (Camunda's clock moved, its timer executed), the employer
 * prints its certificate, and a visitor verifies it by number and finds the employer in the register. Screenshots at
 * 1280 and 375 px go to target/screenshots/certification-*.png.
 */
class CertificationBrowserTest extends BrowserTest {

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
    WorkCalendarService calendars;

    @BeforeEach
    void calendars() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    /** Signs in with a password of the test's own account (the demo accounts' is "demo"). */
    void loginWith(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("display-name"));
        assertWordsOnly();
    }

    String task(String caseNo, String key) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
        assertThat(t).as("task " + key + " of " + caseNo).isNotNull();
        return t.getId();
    }

    void fillPost(int i, String title, String headcount, String... measures) {
        String p = "f-posts[" + i + "].";
        type(By.id(p + "title"), title);
        type(By.id(p + "department"), "质量部");
        type(By.id(p + "headcount"), headcount);
        type(By.id(p + "workingTime"), "核心时间 10:00-16:00，其余时间弹性安排");
        for (String m : measures) {
            find(By.id(p + "measures-" + m)).click();
        }
    }

    void review(String user, String caseNo, String key, String screenshot) {
        login(user);
        open("/tasks/" + task(caseNo, key));
        clickAndWait(By.id("claim"));
        find(By.cssSelector("input[name=decision][value=APPROVE]")).click();
        if (screenshot != null) {
            screenshot(screenshot);
        }
        clickAndWait(By.id("complete"));
        assertThat(find(By.id("notice")).getText()).contains("已办结");
    }

    @Test
    void the_employer_applies_both_reviewers_approve_the_notice_passes_and_a_visitor_verifies_the_certificate() {
        // its name sorts first in the register, whatever other tests certified in the district
        String name = "一帆生育友好示范科技有限公司";
        String username = CertificationPagesTest.newEmployer(employers, users, name);

        // the employer applies: two posts, the second added in place
        loginWith(username, CertificationPagesTest.PASSWORD);
        clickAndWait(By.id("nav-employer-certifications"));
        clickAndWait(By.id("new-application"));
        assertThat(pageText()).contains("弹性上下班", Measure.FLEXIBLE_LEAVE.explanation());
        fillPost(0, "软件测试工程师", "3", "FLEXIBLE_HOURS", "REMOTE_WORK");
        find(By.id("add-post")).click();
        waitFor(By.id("f-posts[1].title"));
        assertThat(find(By.id("f-posts[1].headcount")).getAttribute("value")).isEqualTo("1");
        assertThat(find(By.id("f-posts[1].measures-FLEXIBLE_HOURS")).isSelected()).isFalse();
        fillPost(1, "客户服务专员", "2", "FLEXIBLE_LEAVE", "PERFORMANCE_BASED");
        find(By.id("f-writtenInContract")).click();
        setValue(By.id("f-consultationDate"), LocalDate.now(Shanghai.ZONE).minusDays(20).toString());
        type(By.id("f-consultationSummary"), "职工代表 42 人参加，一致同意岗位方案");
        type(By.id("f-contactName"), "张敏");
        type(By.id("f-contactPhone"), "13900000000");
        screenshot("certification-new");
        clickAndWait(By.id("submit"));
        String caseNo = find(By.id("applied-case")).getText();
        assertThat(caseNo).startsWith("FP-");
        assertThat(find(By.id("applied-posts")).getText()).isEqualTo("2 个");
        clickAndWait(By.id("to-case"));
        assertThat(find(By.id("case-status")).getText()).isEqualTo("审核中");
        assertThat(find(By.id("posts")).getText()).contains("软件测试工程师", "客户服务专员", "居家或远程办公", "灵活休假");
        assertThat(find(By.id("waiting")).getText()).contains("人社局审核", "区人社局", "工会审核", "区总工会");
        assertThat(find(By.id("timeline")).getText()).contains("申请生育友好岗认定").doesNotContain("补贴");
        screenshot("certification-employer-case");

        // both reviewers approve on their task pages; the second sees the first's answer
        review("inspector", caseNo, "hrbReview", null);
        login("union");
        open("/tasks/" + task(caseNo, "unionReview"));
        assertThat(find(By.id("answers")).getText()).contains("区人社局", "同意", "区总工会", "尚未审核");
        assertThat(find(By.id("posts")).getText()).contains("软件测试工程师", "客户服务专员");
        assertThat(find(By.id("compliance")).getText()).isNotBlank();
        review("union", caseNo, "unionReview", "certification-review");

        // a first application is visited: the inspector confirms it
        if (tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("siteVisit").count() > 0) {
            login("inspector");
            open("/tasks/" + task(caseNo, "siteVisit"));
            clickAndWait(By.id("claim"));
            find(By.cssSelector("input[name=result][value=CONFIRMED]")).click();
            setValue(By.id("f-visitDate"), LocalDate.now(Shanghai.ZONE).toString());
            type(By.id("f-findings"), "到岗核对：两个岗位的弹性安排与申报一致");
            clickAndWait(By.id("complete"));
            assertThat(find(By.id("notice")).getText()).contains("已办结");
        }

        // the notice: anyone reads it, with the objection form
        browser.manage().deleteAllCookies();
        open("/public/certification-notices");
        assertThat(find(By.id("notice-" + caseNo)).getText()).contains(name, "软件测试工程师", "公示期", "提出异议");
        screenshot("certification-notices");

        // the notice period passes: Camunda's clock moved past the timer, the timer executed
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().activityId("noticePeriod")
                .singleResult();
        assertThat(timer).as("the notice period's timer").isNotNull();
        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        management.executeJob(timer.getId());

        // the employer: certified, its certificate, the printable one
        loginWith(username, CertificationPagesTest.PASSWORD);
        open("/employer/certifications/" + caseNo);
        assertThat(find(By.id("case-status")).getText()).isEqualTo("已认定");
        String number = find(By.id("certificate-link")).getText();
        assertThat(number).startsWith("FC-");
        clickAndWait(By.id("certificate-link"));
        assertThat(find(By.id("certificate-facts")).getText()).contains(number, name, "有效", "还有");
        assertThat(find(By.id("posting-label")).getText()).contains("【生育友好岗】", number);
        assertThat(find(By.id("timeline")).getText()).contains("颁发证书");
        screenshot("certification-certificate");
        clickAndWait(By.id("print-link"));
        assertThat(find(By.id("sheet-number")).getText()).isEqualTo(number);
        assertThat(find(By.id("sheet-posts")).getText()).contains("软件测试工程师", "客户服务专员", "弹性上下班");
        assertThat(find(By.id("verify-address")).getText()).endsWith("/public/certificates/" + number);
        Object qrWidth = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "var i = document.getElementById('sheet-qr'); return i.complete ? i.naturalWidth : -1;");
        assertThat(((Number) qrWidth).intValue()).as("the QR code image loads").isGreaterThan(0);
        screenshot("certification-print");
        // as printed: no menu, no links, the sheet alone (print media emulated)
        var chrome = (org.openqa.selenium.chromium.HasCdp) browser;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertThat(find(By.id("nav-home")).isDisplayed()).isFalse();
            assertThat(find(By.id("print-button")).isDisplayed()).isFalse();
            screenshot("certification-print-media");
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }

        // a visitor verifies it by number and finds the employer in the register
        browser.manage().deleteAllCookies();
        open("/public/certificates");
        type(By.id("number"), number);
        clickAndWait(By.id("verify-submit"));
        assertThat(find(By.id("verdict-status")).getText()).isEqualTo("证书有效");
        assertThat(find(By.id("verdict-facts")).getText()).contains(name, "2 个，共 5 人", "居家或远程办公");
        screenshot("certification-verify");
        open("/public/certified-employers");
        select(By.id("filter-district"), "310115");
        select(By.id("filter-measure"), "REMOTE_WORK");
        clickAndWait(By.id("filter-submit"));
        assertThat(find(By.id("register")).getText()).contains(name, "软件测试工程师");
        assertThat(find(By.cssSelector("li[data-certificate='" + number + "']")).getText()).contains(name);
        screenshot("certification-register");

        // the forged twin of the number says so
        char last = number.charAt(number.length() - 1);
        open("/public/certificates/" + number.substring(0, number.length() - 1) + (last == '0' ? '1' : '0'));
        assertThat(find(By.id("verdict-status")).getText()).contains("伪造");
        screenshot("certification-verify-forged");

        // the employer gives the certificate back: the verification says so, the register no longer lists it
        loginWith(username, CertificationPagesTest.PASSWORD);
        open("/employer/certificates/" + number);
        type(By.id("surrender-reason"), "岗位调整，不再提供这些灵活岗位");
        org.openqa.selenium.WebElement surrender = find(By.id("surrender-submit"));
        surrender.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(surrender));
        assertWordsOnly();
        assertThat(find(By.id("notice")).getText()).contains("证书已交回");
        assertThat(find(By.id("case-status")).getText()).isEqualTo("已交回");
        assertThat(find(By.id("timeline")).getText()).contains("交回证书");
        browser.manage().deleteAllCookies();
        open("/public/certificates/" + number);
        assertThat(find(By.id("verdict-status")).getText()).isEqualTo("证书已交回");
        open("/public/certified-employers?district=310115");
        assertThat(findAll(By.cssSelector("li[data-certificate='" + number + "']"))).isEmpty();
    }
}
