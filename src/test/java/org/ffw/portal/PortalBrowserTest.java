package org.ffw.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.certification.CertificationEmployers;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A visitor, without an account, reads the home page, checks her entitlement, verifies a certificate and looks up a
 * case, in Chinese and (after the switch on the home page) in English; an employer's home lists its cases of all
 * three procedures. Screenshots at 1280 and 375 px, in both languages (portal-*-en.png).
 */
class PortalBrowserTest extends BrowserTest {

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

    @Test
    void a_visitor_reads_the_home_page_checks_an_entitlement_verifies_a_certificate_and_looks_up_a_case() {
        PortalCases cases = PortalCases.create(api, tasks, runtime, management, employers, users);

        open("/");
        assertThat(find(By.id("portal-title")).getText()).isEqualTo("生育友好职场监管平台");
        assertThat(find(By.id("portal-limits")).getText()).contains("5 个工作日", "60 个工作日", "20 个工作日");
        assertThat(find(By.id("portal-hotline")).getText()).isEqualTo("12333");
        screenshot("portal-home");

        // the entitlement: one click from the home page, a bookmarkable answer
        clickAndWait(By.id("do-entitlement"));
        setValue(By.id("birthDate"), "2026-03-10");
        clickAndWait(By.id("leave-submit"));
        assertThat(browser.getCurrentUrl()).contains("event=BIRTH", "birthDate=2026-03-10");
        assertThat(find(By.id("line-maternity")).getText()).contains("98 天", "2026-03-10 至 2026-06-15",
                "女职工劳动保护特别规定");
        assertThat(find(By.id("extension-explained")).getText()).contains("法定节假日");
        screenshot("portal-leave");
        // a bad date stays in its field with the problem beside it
        open("/public/leave-entitlements?event=BIRTH&birthDate=2019-05-01");
        assertThat(find(By.id("err-birthDate")).getText()).contains("2021 年 5 月 31 日以后");
        screenshot("portal-leave-error");

        // the certificate
        open("/");
        clickAndWait(By.id("do-verify"));
        type(By.id("number"), cases.certificateNo());
        clickAndWait(By.id("verify-submit"));
        assertThat(find(By.id("verdict-status")).getText()).contains("有效");
        assertThat(find(By.id("verdict-employer")).getText()).isEqualTo(cases.employer().name());

        // the case
        open("/");
        clickAndWait(By.id("do-status"));
        type(By.id("caseNo"), cases.complaintCase());
        type(By.id("queryCode"), cases.complaintCode());
        clickAndWait(By.id("status-submit"));
        assertThat(find(By.id("status-label")).getText()).contains("调查中");
        assertThat(find(By.id("status-next")).getText()).contains("劳动监察员正在调查");
        screenshot("portal-case-status");
        type(By.id("caseNo"), cases.subsidyCase());
        type(By.id("queryCode"), cases.subsidyCode());
        clickAndWait(By.id("status-submit"));
        assertThat(find(By.id("status-next")).getText()).contains("区人社局补贴窗口正在审核");
    }

    @Test
    void a_visitor_does_the_same_in_english_after_the_switch_on_the_home_page() {
        PortalCases cases = PortalCases.create(api, tasks, runtime, management, employers, users);

        open("/");
        clickAndWait(By.id("lang-en"));
        assertThat(find(By.id("portal-title")).getText()).isEqualTo("Family-Friendly Workplace Supervision");
        assertThat(find(By.id("portal-limits")).getText()).contains("5 working days", "60 working days");
        assertThat(pageText().replace("中文", "")).as("only the switch back says 中文").doesNotContainPattern("[\\u4e00-\\u9fff]");
        screenshot("portal-home-en");

        clickAndWait(By.id("do-entitlement"));
        setValue(By.id("birthDate"), "2026-03-10");
        clickAndWait(By.id("leave-submit"));
        assertThat(browser.getCurrentUrl()).contains("event=BIRTH", "birthDate=2026-03-10");
        assertThat(find(By.id("line-maternity")).getText()).contains("98 days", "10 Mar 2026");
        assertThat(find(By.id("extension-explained")).getText()).containsIgnoringCase("public holiday");
        screenshot("portal-leave-en");

        open("/");
        clickAndWait(By.id("do-verify"));
        type(By.id("number"), cases.certificateNo());
        clickAndWait(By.id("verify-submit"));
        assertThat(find(By.id("verdict-status")).getText()).contains("Valid");
        screenshot("portal-verify-en");

        open("/");
        clickAndWait(By.id("do-status"));
        type(By.id("caseNo"), cases.complaintCase());
        type(By.id("queryCode"), cases.complaintCode());
        clickAndWait(By.id("status-submit"));
        assertThat(find(By.id("status-label")).getText()).contains("Under investigation");
        assertThat(find(By.id("status-next")).getText()).startsWith("Next step");
        screenshot("portal-case-status-en");
    }

    @Test
    void the_employer_s_home_lists_its_cases_of_all_three_procedures() {
        PortalCases cases = PortalCases.create(api, tasks, runtime, management, employers, users);
        browser.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), cases.employer().username());
        type(By.id("password"), CertificationEmployers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        waitFor(By.id("display-name"));
        assertThat(browser.getCurrentUrl()).endsWith("/employer/home");
        assertWordsOnly();
        assertThat(find(By.id("employer-subsidies")).getText()).contains(cases.subsidyCase(), "审核中");
        assertThat(find(By.id("employer-certifications")).getText()).contains(cases.certificationCase(), "已认定");
        assertThat(find(By.id("employer-certificates")).getText()).contains(cases.certificateNo(), "有效",
                "有效期至");
        assertThat(find(By.id("employer-complaints")).getText()).contains(cases.complaintCase(), "调查中",
                "调查期限").doesNotContain(PortalCases.COMPLAINANT);
        assertThat(find(By.id("employer-tasks")).getText()).contains("单位陈述申辩", cases.complaintCase());
        screenshot("employer-home");
        clickAndWait(By.cssSelector("#case-" + cases.complaintCase() + " a"));
        assertThat(browser.getCurrentUrl()).endsWith("/employer/complaints/" + cases.complaintCase());
    }
}
