package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.subsidy.Subsidies;
import org.ffw.support.BrowserTest;
import org.ffw.support.RawStrings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The subsidy's and the certification's main pages in headless Chromium asking for English (Accept-Language: en):
 * the subsidy form with its live amount and checks, the employer's subsidy case, the certification form and the
 * public verification of a certificate. Screenshots at 1280 and 375 px: target/screenshots/en-*.png.
 */
class ProceduresEnglishBrowserTest extends BrowserTest {

    /** Plain English words that are also demo account names; in English text they are words. */
    private static final List<String> WORDS = List.of("employer", "employee", "union", "officer", "supervisor",
            "inspector", "admin");

    @Autowired
    TaskService tasks;
    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;

    @Override
    protected void assertWordsOnly() {
        String text = browser.findElement(By.tagName("body")).getText();
        assertThat(RawStrings.find(text).stream().filter(s -> !WORDS.contains(s)).toList())
                .as("raw strings on " + browser.getCurrentUrl() + ":\n" + text).isEmpty();
    }

    /** The browser asks for English from here on (its user agent unchanged). */
    void english() {
        ChromeDriver chrome = (ChromeDriver) browser;
        String agent = (String) chrome.executeScript("return navigator.userAgent");
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "en"));
    }

    void chinese() {
        ChromeDriver chrome = (ChromeDriver) browser;
        String agent = (String) chrome.executeScript("return navigator.userAgent");
        chrome.executeCdpCommand("Network.setUserAgentOverride", Map.of("userAgent", agent, "acceptLanguage", "zh-CN"));
    }

    void waitText(By by, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(by).getText().contains(text));
    }

    @Test
    void the_subsidy_and_certification_pages_read_in_english_at_desktop_and_phone_width() {
        String caseNo = Subsidies.applyCase(api, Subsidies.application());
        CertificationEmployers.Fresh fresh = CertificationEmployers.create(employers, users);
        String number = Certifications.certify(api, api.as(fresh.username(), CertificationEmployers.PASSWORD), tasks,
                runtime, management);
        try {
            english();
            login("employer");
            open("/employer/subsidies/new");
            assertThat(find(By.tagName("h1")).getText()).isEqualTo("Apply for the maternity social-insurance subsidy");
            setValue(By.id("f-childBirthDate"), "2026-03-10");
            setValue(By.id("f-leaveStart"), "2026-03-10");
            setValue(By.id("f-leaveEnd"), "2026-08-15");
            type(By.id("f-residentId"), "110101199003077777");
            waitText(By.id("amount-note"), "Still to fill in");
            // a valid ID and the rest filled in: the live checks' reasons in English too (the script says the
            // API's phrases)
            type(By.id("f-residentId"), "31011519900728010X");
            type(By.id("f-employeeName"), "Wang Fang");
            type(By.id("f-childOrder"), "2");
            find(By.id("f-employeeConfirmedChildOrder")).click();
            type(By.id("f-birthCertificateNo"), "P310000004");
            for (int i = 0; i < 6; i++) {
                type(By.id("f-contributions[" + i + "].pension"), "2000.00");
                type(By.id("f-contributions[" + i + "].medical"), "1000.00");
                type(By.id("f-contributions[" + i + "].unemployment"), "50.00");
                type(By.id("f-contributions[" + i + "].workInjury"), "20.00");
            }
            waitText(By.id("amount"), "CNY 9210.00");
            waitText(By.id("live-checks"), "which covers the statutory maternity leave");
            assertThat(find(By.id("live-checks")).getText()).contains("The resident ID number is valid",
                    "Applied for in time",
                    "The employee has confirmed: child no. 2", "Contributions declared for 2026-03 to 2026-08, 6 months")
                    .doesNotContainPattern("[\\p{IsHan}]");
            screenshot("en-subsidy-new");

            open("/employer/subsidies/" + caseNo);
            assertThat(find(By.id("case-status")).getText()).isEqualTo("Under review");
            assertThat(find(By.id("next")).getText()).contains("district HRSS bureau");
            assertThat(find(By.id("checks")).getText()).contains("Policy coverage", "✓ Met");
            screenshot("en-subsidy-case");

            open("/public/certificates?number=" + number);
            assertThat(find(By.id("verdict-status")).getText()).isEqualTo("Certificate: Valid");
            assertThat(find(By.id("verdict-words")).getText()).startsWith("The certificate is valid until");
            screenshot("en-certificate-verify");

            CertificationEmployers.Fresh applicant = CertificationEmployers.create(employers, users);
            browser.manage().deleteAllCookies();
            open("/login");
            type(By.id("username"), applicant.username());
            type(By.id("password"), CertificationEmployers.PASSWORD);
            find(By.id("login-submit")).click();
            waitFor(By.id("display-name"));
            open("/employer/certifications/new");
            assertThat(find(By.tagName("h1")).getText()).isEqualTo("Apply for fertility-friendly post certification");
            assertThat(find(By.id("f-posts[0]")).getText()).contains("Flexible start and finish times",
                    "Working from home or remotely");
            find(By.id("add-post")).click();
            assertThat(find(By.cssSelector("#f-posts\\[1\\] legend")).getText()).isEqualTo("Post 2");
            assertThat(find(By.id("f-posts[1].eligibility")).getAttribute("value"))
                    .isEqualTo("Employees raising children under 12");
            screenshot("en-certification-new");
        } finally {
            chinese();
        }
    }
}
