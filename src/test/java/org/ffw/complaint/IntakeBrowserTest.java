package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.ffw.registration.Registrations;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Complaints from every channel in a real Chromium, as the inspector at the counter and the representative of a
 * collective complaint use them; screenshots at 1280 and 375 px under target/screenshots (intake-*).
 */
class IntakeBrowserTest extends BrowserTest {

    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @Test
    void the_inspector_takes_a_complaint_down_at_the_counter_and_prints_the_receipt() {
        login("inspector");
        open("/complaints");
        clickAndWait(By.id("intake-link"));
        assertThat(pageText()).contains("代为登记投诉", "投诉渠道");
        screenshot("intake-form");
        select(By.id("f-channel"), "COUNTER");
        type(By.id("f-personName"), "赵敏");
        type(By.id("f-personResidentId"), Registrations.residentId());
        type(By.id("f-personPhone"), Registrations.phone());
        type(By.id("f-employerName"), "上海示例科技有限公司");
        type(By.id("f-employerCreditCode"), ComplaintApiTest.PUDONG_CO);
        select(By.id("f-workplaceDistrict"), "310115");
        select(By.id("f-leaveType"), "BIRTH");
        setValue(By.id("f-childBirthDate"), "2026-03-10");
        setValue(By.id("f-violationDate"), "2026-06-16");
        type(By.id("f-facts"), "来访人陈述：公司只批准了98天产假，拒绝给予60天生育假。");
        clickAndWait(By.id("lodge-submit"));
        waitFor(By.id("receipt-sheet"));
        assertThat(find(By.id("receipt-code")).getText()).matches("[A-Z2-9]{10}");
        assertThat(pageText()).contains("投诉登记回执", "浦东新区人力资源和社会保障局", "赵敏", "投诉人签名");
        assertAccessible();
        screenshot("intake-receipt");
        // the print button opens the print dialogue through ffw.js (data-print; the CSP refuses inline onclick):
        // the dialogue itself is stood in for, headless Chromium has none to close
        var js = (org.openqa.selenium.JavascriptExecutor) browser;
        js.executeScript("window.printed = false; window.print = function () { window.printed = true; };");
        find(By.id("print-button")).click();
        assertThat(js.executeScript("return window.printed")).isEqualTo(true);
        assertThat(cspViolations()).isEmpty();
        clickAndWait(By.linkText("← 返回案件"));
        waitFor(By.id("channel-parties"));
        assertThat(find(By.id("intake-record")).getText()).contains("尚未附上");
        screenshot("intake-case-staff");
    }

    @Test
    void the_representative_sees_every_affected_employee_with_her_entitlement() {
        Map<String, Object> body = ComplaintChannelsTest.collective(List.of(
                ComplaintChannelsTest.person("王芳", ComplaintChannelsTest.WANG_FANG_ID, "2026-04-20"),
                ComplaintChannelsTest.person("周琴", Registrations.residentId(), null)), List.of("employee2"));
        var r = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();
        login("employee2");
        open("/complaints/" + caseNo);
        waitFor(By.id("co-complainants"));
        assertThat(pageText()).contains("集体投诉（涉及 3 名职工）", "王芳", "周琴", "未提供子女出生日期");
        assertAccessible();
        screenshot("intake-collective-representative");
        login("inspector");
        open("/complaints/" + caseNo);
        waitFor(By.id("co-complainants"));
        screenshot("intake-collective-staff");
    }
}
