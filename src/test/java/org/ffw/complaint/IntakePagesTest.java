package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.registration.Registrations;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages of complaints taken down by staff and of collective complaints, without a browser: the inspector's
 * intake form, the printable receipt with the query code once, the signed record's upload on the case page, and the
 * collective part of the employee's form.
 */
class IntakePagesTest extends ApiTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    ComplaintMapper mapper;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("a one-time token on the page").isTrue();
        return m.group(1);
    }

    static String[] intakeForm(String token, String name, String residentId, String phone) {
        return new String[] {"token", token, "channel", "COUNTER", "personName", name, "personResidentId", residentId,
                "personPhone", phone, "employerCreditCode", ComplaintApiTest.PUDONG_CO,
                "employerName", "上海示例科技有限公司", "workplaceDistrict", "310115", "leaveType", "BIRTH",
                "childBirthDate", "2026-03-10", "babies", "1", "violationDate", "2026-06-16",
                "facts", "来访人陈述：公司只批准了98天产假，拒绝给予60天生育假。", "confidential", "true", "_confidential", "on"};
    }

    int complaints() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
    }

    @Test
    void an_inspector_takes_a_complaint_down_prints_the_receipt_and_attaches_the_signed_record() {
        var s = new PageSession(port).login("inspector", "demo");
        assertThat(s.get("/complaints").body()).contains("代为登记投诉");
        String page = s.get("/complaints/intake").body();
        assertThat(page).contains("代为登记投诉").contains("窗口受理").contains("12333热线").contains("来信")
                .doesNotContain("来自您的实名账户");
        String phone = Registrations.phone();
        var r = s.postForm("/complaints/intake", ComplaintPagesTest.formWithCsrf(page,
                intakeForm(token(page), "赵敏", Registrations.residentId(), phone)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String receipt = PageSession.location(r);
        assertThat(receipt).matches("/complaints/LC-\\d{4}-\\d{6}/receipt");
        String caseNo = receipt.split("/")[2];

        // the receipt: the bureau, the case, the query code this once, a line for her signature
        String shown = s.get(receipt).body();
        assertThat(shown).contains("投诉登记回执").contains("浦东新区人力资源和社会保障局").contains(caseNo).contains("赵敏")
                .contains("窗口受理").contains("投诉人签名").containsPattern("id=\"receipt-code\">[A-Z2-9]{10}<")
                .doesNotContain("inspector", "COUNTER");
        // printed again later it says where the code went, never the code
        String later = s.get(receipt).body();
        assertThat(later).contains("已以短信发送至 " + phone.substring(0, 3) + "****" + phone.substring(7))
                .doesNotContain("id=\"receipt-code\"");

        // the case page: the channel, who took it down (by name), the record missing, and its upload
        String casePage = s.get("/complaints/" + caseNo).body();
        assertThat(casePage).contains("投诉渠道").contains("窗口受理").contains("尚未附上").contains("intake-record-form")
                .doesNotContain(">inspector<");
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        var up = s.postFile("/complaints/" + caseNo + "/intake-record", PageSession.csrf(casePage), "询问笔录.pdf",
                "application/pdf", pdf);
        assertThat(up.statusCode()).isEqualTo(302);
        assertThat(mapper.find(caseNo).intakeRecordDocumentId()).isNotNull();
        assertThat(s.get("/complaints/" + caseNo).body()).contains("询问笔录.pdf").doesNotContain("尚未附上");

        // an employee may neither open the intake form nor print a receipt; another district's inspector no receipt
        var employee = new PageSession(port).login("employee", "demo");
        assertThat(employee.get("/complaints/intake").statusCode()).isEqualTo(403);
        assertThat(employee.get(receipt).statusCode()).isEqualTo(403);
        assertThat(new PageSession(port).login("inspector-xuhui", "demo").get(receipt).statusCode()).isEqualTo(403);
    }

    @Test
    void a_hotline_case_is_in_the_list_of_the_account_the_person_registers_later() {
        var s = new PageSession(port).login("inspector", "demo");
        String page = s.get("/complaints/intake").body();
        String phone = Registrations.phone();
        String id = Registrations.residentId();
        String[] form = intakeForm(token(page), "钱琳", id, phone);
        form[3] = "HOTLINE_12333";
        var r = s.postForm("/complaints/intake", ComplaintPagesTest.formWithCsrf(page, form));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String caseNo = PageSession.location(r).split("/")[2];

        var sent = api.post("/api/v1/public/accounts/phone-codes", java.util.Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(sent.status()).isEqualTo(202);
        var registered = api.post("/api/v1/public/accounts/employees", java.util.Map.of("realName", "钱琳",
                "residentId", id, "phone", phone, "code", Registrations.codeSentTo(jdbc, phone),
                "password", "Ziyou-Lvse-2026"));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        var her = new PageSession(port).login(phone, "Ziyou-Lvse-2026");
        assertThat(her.get("/complaints").body()).contains(caseNo);
        assertThat(her.get("/complaints/" + caseNo).body()).contains("12333热线").contains("投诉已关联至投诉人新注册的账户");
    }

    @Test
    void the_intake_form_shows_problems_at_the_persons_fields_and_stores_nothing() {
        var s = new PageSession(port).login("inspector", "demo");
        String page = s.get("/complaints/intake").body();
        String id = Registrations.residentId();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        int before = complaints();
        var r = s.postForm("/complaints/intake", ComplaintPagesTest.formWithCsrf(page,
                intakeForm(token(page), "", wrong, "123")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"err-personName\"").contains("id=\"err-personResidentId\"")
                .contains("公民身份号码不正确").contains("id=\"err-personPhone\"").contains("value=\"" + wrong + "\"")
                .doesNotContain("Exception", "onBehalfOf");
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void an_employee_lodges_a_collective_complaint_through_the_form() {
        var s = new PageSession(port).login("employee", "demo");
        String page = s.get("/complaints/new").body();
        assertThat(page).contains("集体投诉");
        String other = Registrations.residentId();
        String[] base = ComplaintPagesTest.lodgeForm(token(page), ComplaintApiTest.PUDONG_CO);
        String[] bad = concat(base, "coComplainants", "王芳 " + ComplaintChannelsTest.WANG_FANG_ID + " 2026-04-20\n周琴",
                "representatives", "employee2");
        var refused = s.postForm("/complaints/new", ComplaintPagesTest.formWithCsrf(page, bad));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"err-coComplainants\"").contains("每行填写一人");

        String[] good = concat(base, "coComplainants", "王芳 " + ComplaintChannelsTest.WANG_FANG_ID + " 2026-04-20\n周琴，" + other,
                "representatives", "employee2");
        var r = s.postForm("/complaints/new", ComplaintPagesTest.formWithCsrf(page, good));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        String caseNo = PageSession.location(r).split("/")[2];
        // the representative's case page: every affected employee with her own entitlement, masked IDs
        String asRep = new PageSession(port).login("employee2", "demo").get("/complaints/" + caseNo).body();
        assertThat(asRep).contains("集体投诉（涉及 3 名职工）").contains("周琴").contains("3101**********0021")
                .contains("未提供子女出生日期").doesNotContain(other);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
