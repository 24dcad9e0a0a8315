package org.ffw.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: an employee registers (the phone code read from the outbox), signs in, lodges a complaint and,
 * once the inspector has accepted it, sees it accepted; an employer registers, an inspector confirms it in the
 * district's queue, the employer signs in to its home page; an account
 * locked after repeated failures says so; the session warning keeps what was typed.
 */
class AccountsBrowserTest extends BrowserTest {

    static final String PASSWORD = "Ziyou-Lvse-2026";

    @Autowired
    JdbcTemplate jdbc;

    private void signIn(String username, String password) {
        browser.manage().deleteAllCookies();
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), password);
        clickAndWait(By.id("login-submit"));
    }

    @Test
    void an_employee_registers_with_the_phone_code_lodges_a_complaint_and_later_sees_it_accepted() {
        String phone = Registrations.phone();
        open("/login");
        clickAndWait(By.id("link-register-employee"));
        type(By.id("f-realName"), "韩梅梅");
        type(By.id("f-residentId"), "31011519900101001");  // 17 characters: refused
        type(By.id("f-phone"), phone);
        clickAndWait(By.id("send-code"));
        assertThat(find(By.id("notice")).getText()).contains("验证码已发送");
        type(By.id("f-code"), Registrations.codeSentTo(jdbc, phone));
        type(By.id("f-password"), "1234567890");
        clickAndWait(By.id("register-submit"));
        assertThat(find(By.id("err-residentId")).getText()).contains("公民身份号码不正确");
        assertThat(find(By.id("err-password")).getText()).contains("太常见");
        screenshot("account-register-employee-errors");

        type(By.id("f-residentId"), Registrations.residentId());
        type(By.id("f-password"), PASSWORD);
        screenshot("account-register-employee");
        clickAndWait(By.id("register-submit"));
        assertThat(find(By.id("registered")).getText()).contains("注册成功");

        signIn(phone, PASSWORD);
        assertThat(find(By.id("display-name")).getText()).isEqualTo("韩梅梅");
        clickAndWait(By.id("nav-new-complaint"));
        assertThat(find(By.id("complainant-name")).getText()).isEqualTo("韩梅梅");
        type(By.id("f-phone"), phone);
        type(By.id("f-employerName"), "上海示例科技有限公司");
        type(By.id("f-employerCreditCode"), "91310115MA1H8R7C41");
        select(By.id("f-workplaceDistrict"), "310115");
        select(By.id("f-leaveType"), "BIRTH");
        setValue(By.id("f-childBirthDate"), "2026-03-10");
        setValue(By.id("f-violationDate"), "2026-06-16");
        type(By.id("f-daysGranted"), "98");
        type(By.id("f-facts"), "公司只批准了98天产假，拒绝给予60天生育假。");
        type(By.id("f-request"), "补足生育假");
        clickAndWait(By.id("lodge-submit"));
        String caseNo = waitFor(By.id("lodged-case")).getText();
        assertThat(caseNo).matches("LC-\\d{4}-\\d{6}");

        // the district's inspector accepts it (the worktable's own browser tests do this on the page)
        String triage = jdbc.queryForObject("SELECT t.ID_ FROM ACT_RU_TASK t JOIN ACT_RU_EXECUTION e"
                + " ON e.ID_ = t.PROC_INST_ID_ WHERE e.BUSINESS_KEY_ = ? AND t.TASK_DEF_KEY_ = 'triage'",
                String.class, caseNo);
        var api = new org.ffw.support.Api(port);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        var done = api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", java.util.Map.of("values",
                java.util.Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。")));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);

        // later, signed in again, she sees it accepted: in her list and on the case
        signIn(phone, PASSWORD);
        clickAndWait(By.id("nav-my-complaints"));
        assertThat(find(By.id("case-" + caseNo)).getText()).contains("调查中");
        clickAndWait(By.cssSelector("#case-" + caseNo + " a"));
        assertThat(find(By.id("case-status")).getText()).isEqualTo("调查中");
        assertThat(find(By.id("case-progress")).getText()).contains("立案日期").contains("调查期限");
        assertThat(find(By.id("timeline")).getText()).contains("受理立案");
        screenshot("account-employee-case-accepted");
    }

    @Test
    void an_employer_registers_an_inspector_confirms_it_and_the_employer_sees_its_home_page() {
        String phone = Registrations.phone();
        String credit = Registrations.creditCode();
        open("/public/register/employer");
        type(By.id("f-creditCode"), credit);
        type(By.id("f-employerName"), "上海浏览器测试有限公司");
        select(By.id("f-district"), "310115");
        type(By.id("f-contactName"), "周经理");
        type(By.id("f-phone"), phone);
        clickAndWait(By.id("send-code"));
        type(By.id("f-code"), Registrations.codeSentTo(jdbc, phone));
        type(By.id("f-password"), PASSWORD);
        screenshot("account-register-employer");
        clickAndWait(By.id("register-submit"));
        assertThat(find(By.id("registered-pending")).getText()).contains("确认");

        signIn(phone, PASSWORD);
        assertThat(find(By.id("login-error")).getText()).contains("等待所在区工作人员确认");
        screenshot("account-login-pending");

        login("inspector");
        open("/account");
        clickAndWait(By.id("link-queue"));
        var card = find(By.cssSelector("[data-credit-code='" + credit + "']"));
        assertThat(card.getText()).contains("上海浏览器测试有限公司").contains("周经理");
        screenshot("account-employer-queue");
        clickAndWait(By.cssSelector("[data-credit-code='" + credit + "'] button.confirm"));
        assertThat(find(By.id("notice")).getText()).contains("已确认");

        signIn(phone, PASSWORD);
        // its home page across the procedures: nothing yet, each part says so
        assertThat(browser.getCurrentUrl()).endsWith("/employer/home");
        assertThat(find(By.id("display-name")).getText()).contains("周经理");
        assertThat(find(By.id("employer-line")).getText()).contains("上海浏览器测试有限公司").contains(credit);
        assertThat(find(By.id("no-tasks")).isDisplayed()).isTrue();
        assertThat(find(By.id("employer-subsidies")).getText()).contains("补贴");
        assertThat(find(By.id("employer-certificates")).getText()).contains("证书");
        screenshot("account-employer-home");
        open("/account/invitations");
        clickAndWait(By.id("make-invitation"));
        assertThat(find(By.id("invitation-link")).getDomProperty("value")).contains("invitation=");
        screenshot("account-invitation");
    }

    @Test
    void the_account_pages_read_in_english_and_a_problem_is_said_in_english_beside_its_field() {
        browser.manage().deleteAllCookies();
        open("/login?lang=en");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Sign in");
        screenshot("en-account-login");
        clickAndWait(By.id("link-register-employee"));
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Register as an employee");
        type(By.id("f-realName"), "Han Meimei");
        type(By.id("f-residentId"), "31011519900101001");
        type(By.id("f-password"), "1234567890");
        clickAndWait(By.id("register-submit"));
        assertThat(find(By.id("err-residentId")).getText()).doesNotContainPattern("[\\u4e00-\\u9fff]").isNotBlank();
        assertThat(find(By.id("err-password")).getText()).containsIgnoringCase("common");
        assertThat(pageText().replace("中文", "")).doesNotContainPattern("[\\u4e00-\\u9fff]");
        screenshot("en-account-register-employee");
        open("/public/register/employer");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Register an employer");
        assertThat(pageText().replace("中文", "")).doesNotContainPattern("[\\u4e00-\\u9fff]");
        screenshot("en-account-register-employer");
        open("/public/password-reset");
        assertThat(find(By.tagName("h1")).getText()).isEqualTo("Reset your password");
        screenshot("en-account-reset");
    }

    @Test
    void an_account_locked_after_repeated_failures_says_so_on_the_login_page() {
        String phone = Registrations.phone();
        var r = new org.ffw.support.Api(port).post("/api/v1/public/accounts/phone-codes",
                java.util.Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(r.status()).isEqualTo(202);
        new org.ffw.support.Api(port).post("/api/v1/public/accounts/employees", java.util.Map.of("realName", "李雷",
                "residentId", Registrations.residentId(), "phone", phone, "code", Registrations.codeSentTo(jdbc, phone),
                "password", PASSWORD));
        for (int i = 0; i < 5; i++) {
            signIn(phone, "wrong-password-" + i);
            if (i >= 2 && i < 4) {
                sleep(1100L << (i - 2)); // past the wait (1 s in the test profile, doubling), so each counts
            }
        }
        signIn(phone, PASSWORD);
        assertThat(find(By.id("login-error")).getText()).contains("已暂时锁定").contains("分钟");
        screenshot("account-login-locked");
    }

    @Test
    void the_session_warning_offers_to_keep_the_session_and_forms_keep_their_values() {
        login("employee");
        open("/account");
        screenshot("account-me");
        open("/complaints/new");
        type(By.id("f-facts"), "我已经写了一半的投诉内容");
        // as if the warning time had come: the notice shows, the button keeps the session, the text stays
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> ((JavascriptExecutor) d).executeScript("return !!window.ffwSession"));
        ((JavascriptExecutor) browser).executeScript("window.ffwSession.warn();");
        assertThat(waitFor(By.id("session-warning")).getText()).contains("登录将在几分钟后结束");
        screenshot("account-session-warning");
        find(By.id("session-keep-alive")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(d -> find(By.id("session-warning")).getText().contains("已延长"));
        assertThat(find(By.id("f-facts")).getDomProperty("value")).isEqualTo("我已经写了一半的投诉内容");
        // opened again (as after signing in anew), the form has what was typed
        open("/complaints/new");
        assertThat(find(By.id("f-facts")).getDomProperty("value")).isEqualTo("我已经写了一半的投诉内容");
    }

    @Test
    void the_administrator_creates_and_disables_a_staff_account() {
        login("admin");
        open("/account");
        clickAndWait(By.id("link-admin-accounts"));
        String u = "browser" + (System.nanoTime() % 100000);
        type(By.id("f-username"), u);
        type(By.id("f-displayName"), "吴敏（浦东监察）");
        select(By.id("f-role"), "INSPECTOR");
        type(By.id("f-password"), "short");
        clickAndWait(By.id("create-submit"));
        assertThat(find(By.id("err-district")).getText()).contains("请选择上海市的区");
        assertThat(find(By.id("err-password")).getText()).contains("至少 10");
        select(By.id("f-district"), "310120"); // not a district the procedures' tests count the staff of
        type(By.id("f-password"), "Strong-Staff-Pass-1");
        clickAndWait(By.id("create-submit"));
        assertThat(find(By.id("notice")).getText()).contains("吴敏（浦东监察）");
        screenshot("admin-accounts");
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
