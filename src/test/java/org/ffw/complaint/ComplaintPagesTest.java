package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The complaint pages without a browser: who may open which page (the same rules as the API, shown as friendly
 * pages), lodging through the form with its one-time token, evidence upload, the anonymous status check.
 */
class ComplaintPagesTest extends ApiTest {

    static final String NAME = ComplaintApiTest.NAME;
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

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

    static String[] lodgeForm(String token, String creditCode) {
        return new String[] {"token", token, "employerCreditCode", creditCode, "employerName", "上海示例科技有限公司",
                "workplaceDistrict", "310115", "leaveType", "BIRTH", "childBirthDate", "2026-03-10", "babies", "1",
                "violationDate", "2026-06-16", "facts", "公司只批准了98天产假，拒绝给予60天生育假。", "request", "补足生育假",
                "daysGranted", "98", "confidential", "true", "_confidential", "on", "phone", "13800000000"};
    }

    static String formWithCsrf(String page, String... pairs) {
        String[] all = new String[pairs.length + 2];
        System.arraycopy(pairs, 0, all, 0, pairs.length);
        all[pairs.length] = "_csrf";
        all[pairs.length + 1] = PageSession.token(page);
        return PageSession.form(all);
    }

    @Test
    void anonymous_users_are_sent_to_the_login_page() {
        var anonymous = new PageSession(port);
        for (String path : new String[] {"/tasks", "/complaints", "/complaints/new", "/employer/complaints",
                "/complaints/LC-2026-000001"}) {
            var r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(PageSession.location(r)).as(path).isEqualTo("/login");
        }
        assertThat(anonymous.get("/public/case-status").statusCode()).isEqualTo(200);
    }

    @Test
    void lodging_through_the_form_twice_with_the_same_token_lodges_once() {
        var s = new PageSession(port).login("employee", "demo");
        String page = s.get("/complaints/new").body();
        assertThat(page).contains("我要投诉").contains(NAME).contains("生育假").contains("浦东新区");
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        String body = formWithCsrf(page, lodgeForm(m.group(1), ComplaintApiTest.PUDONG_CO));
        int before = mapper.forComplainant("employee").size();

        var first = s.postForm("/complaints/new", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        String receipt = PageSession.location(first);
        assertThat(receipt).matches("/complaints/LC-\\d{4}-\\d{6}/lodged");
        String caseNo = receipt.split("/")[2];
        var shown = s.get(receipt);
        assertThat(shown.body()).contains("请保存查询码").contains(caseNo).containsPattern("id=\"lodged-code\">[A-Z2-9]{10}<");
        // the receipt is shown once; afterwards the address leads to the case
        assertThat(PageSession.location(s.get(receipt))).isEqualTo("/complaints/" + caseNo);

        var again = s.postForm("/complaints/new", body); // a double click, or the browser re-sending the form
        assertThat(PageSession.location(again)).isEqualTo(receipt);
        assertThat(mapper.forComplainant("employee")).hasSize(before + 1);
        assertThat(mapper.find(caseNo).confidential()).isTrue();
    }

    @Test
    void bad_input_is_shown_next_to_the_fields_with_what_was_typed() {
        var s = new PageSession(port).login("employee", "demo");
        String page = s.get("/complaints/new").body();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        String[] pairs = lodgeForm(m.group(1), "91310115MA1H8R7C40"); // wrong check character
        pairs[17] = "太短"; // facts
        int before = mapper.forComplainant("employee").size();
        var r = s.postForm("/complaints/new", formWithCsrf(page, pairs));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"err-employerCreditCode\"").contains("统一社会信用代码不正确")
                .contains("id=\"err-facts\"").contains("value=\"91310115MA1H8R7C40\"").contains("太短")
                .doesNotContain("Exception", "at org.");
        assertThat(mapper.forComplainant("employee")).hasSize(before);
    }

    @Test
    void who_may_open_a_case_page() {
        String caseNo = lodgeByApi();
        var own = new PageSession(port).login("employee", "demo").get("/complaints/" + caseNo);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains(caseNo).contains("待受理").contains("撤回投诉").contains("上传");

        var other = new PageSession(port).login("employee2", "demo").get("/complaints/" + caseNo);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("无权访问").doesNotContain(NAME, "Exception", "at org.");

        var xuhui = new PageSession(port).login("inspector-xuhui", "demo").get("/complaints/" + caseNo);
        assertThat(xuhui.statusCode()).isEqualTo(403);
        assertThat(xuhui.body()).doesNotContain(NAME);

        var staff = new PageSession(port).login("inspector", "demo").get("/complaints/" + caseNo);
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains(NAME).contains("159 天").contains("61 天").contains("受理审查");

        var employer = new PageSession(port).login("employer", "demo");
        var early = employer.get("/employer/complaints/" + caseNo); // not accepted yet: not shown to the employer
        assertThat(early.statusCode()).isEqualTo(404);
        assertThat(early.body()).contains("未找到").doesNotContain(NAME);
        assertThat(employer.get("/employer/complaints").body()).doesNotContain(caseNo);
        assertThat(employer.get("/complaints/" + caseNo).statusCode()).isEqualTo(403);

        var none = new PageSession(port).login("inspector", "demo").get("/complaints/LC-2000-999999");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("未找到");
    }

    @Test
    void only_employees_lodge_and_only_employers_read_the_employer_pages() {
        var inspector = new PageSession(port).login("inspector", "demo");
        var r = inspector.get("/complaints/new");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("无权访问");
        assertThat(inspector.get("/employer/complaints").statusCode()).isEqualTo(403);
        assertThat(new PageSession(port).login("employer", "demo").get("/complaints").statusCode()).isEqualTo(403);
    }

    @Test
    void lists_show_own_cases_and_district_cases() {
        String caseNo = lodgeByApi();
        assertThat(new PageSession(port).login("employee", "demo").get("/complaints").body()).contains(caseNo)
                .contains("我的投诉");
        assertThat(new PageSession(port).login("employee2", "demo").get("/complaints").body()).doesNotContain(caseNo);
        assertThat(new PageSession(port).login("union", "demo").get("/complaints?status=SUBMITTED").body())
                .contains(caseNo).contains("本区投诉案件");
        assertThat(new PageSession(port).login("inspector-xuhui", "demo").get("/complaints").body())
                .doesNotContain(caseNo);
    }

    @Test
    void evidence_is_uploaded_through_the_page_and_bad_files_are_explained() {
        String caseNo = lodgeByApi();
        var s = new PageSession(port).login("employee", "demo");
        String page = s.get("/complaints/" + caseNo).body();
        String csrf = PageSession.csrf(page);
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        var up = s.postFile("/complaints/" + caseNo + "/documents", csrf, "请假单.pdf", "application/pdf", pdf);
        assertThat(up.statusCode()).as(up.body()).isEqualTo(302);
        String after = s.get("/complaints/" + caseNo).body();
        assertThat(after).contains("已上传：请假单.pdf").contains("请假单.pdf");

        var fake = s.postFile("/complaints/" + caseNo + "/documents", csrf, "fake.pdf", "application/pdf",
                "not a pdf".getBytes(StandardCharsets.US_ASCII));
        assertThat(fake.statusCode()).isEqualTo(302);
        assertThat(s.get("/complaints/" + caseNo).body()).contains("仅支持 PDF、JPEG、PNG 文件");
        // a PNG header followed by script is not an image: the page says why beside the upload field
        byte[] pngScript = org.ffw.support.SampleFiles.concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A,
                0x1A, 0x0A}, "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        assertThat(s.postFile("/complaints/" + caseNo + "/documents", csrf, "shot.png", "image/png", pngScript)
                .statusCode()).isEqualTo(302);
        assertThat(s.get("/complaints/" + caseNo).body()).contains("PNG 图片已损坏或不完整，无法打开")
                .doesNotContain("shot.png");

        byte[] big = new byte[10 * 1024 * 1024 + 100_000];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        var tooBig = s.postFile("/complaints/" + caseNo + "/documents", csrf, "big.pdf", "application/pdf", big);
        assertThat(tooBig.statusCode()).as(tooBig.body()).isEqualTo(413);
        assertThat(tooBig.body()).contains("文件过大").contains("10 MB").doesNotContain("\"status\"");

        var stranger = new PageSession(port).login("employee2", "demo");
        String strangerCsrf = PageSession.csrf(stranger.get("/").body());
        assertThat(stranger.postFile("/complaints/" + caseNo + "/documents", strangerCsrf, "x.pdf", "application/pdf",
                pdf).statusCode()).isEqualTo(403);
    }

    @Test
    void the_complainant_withdraws_on_the_page() {
        String caseNo = lodgeByApi();
        var s = new PageSession(port).login("employee", "demo");
        String page = s.get("/complaints/" + caseNo).body();
        var r = s.postForm("/complaints/" + caseNo + "/withdraw", formWithCsrf(page, "reason", "已与单位协商解决"));
        assertThat(r.statusCode()).isEqualTo(302);
        String after = s.get("/complaints/" + caseNo).body();
        assertThat(after).contains("投诉已撤回").contains("已结案").doesNotContain("id=\"withdraw-form\"")
                .contains("id=\"rating-form\"");
        assertThat(mapper.find(caseNo).outcome()).isEqualTo(Outcome.WITHDRAWN);

        // once closed: rated once; a second try is explained, not a stack trace
        var rated = s.postForm("/complaints/" + caseNo + "/rating", formWithCsrf(after, "score", "5", "comment", "及时"));
        assertThat(rated.statusCode()).isEqualTo(302);
        assertThat(s.get("/complaints/" + caseNo).body()).contains("感谢您的评价").contains("5 / 5");
        assertThat(mapper.find(caseNo).rating()).isEqualTo(5);
        var twice = s.postForm("/complaints/" + caseNo + "/rating", formWithCsrf(after, "score", "1"));
        assertThat(twice.statusCode()).isEqualTo(302);
        assertThat(s.get("/complaints/" + caseNo).body()).contains("未能评价");
        assertThat(mapper.find(caseNo).rating()).isEqualTo(5);
        // withdrawing again is a conflict, shown as a message
        s.postForm("/complaints/" + caseNo + "/withdraw", formWithCsrf(after));
        assertThat(s.get("/complaints/" + caseNo).body()).contains("投诉已不能撤回");
    }

    @Test
    void the_public_status_page_needs_the_case_number_and_the_query_code() {
        var r = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", ComplaintApiTest.complaint());
        String caseNo = r.json().path("caseNo").asText();
        String code = r.json().path("queryCode").asText();
        var anonymous = new PageSession(port);
        String page = anonymous.get("/public/case-status").body();
        var found = anonymous.postForm("/public/case-status", formWithCsrf(page, "caseNo", caseNo, "queryCode",
                code.toLowerCase()));
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("待受理").contains(r.json().path("acceptanceDue").asText())
                .doesNotContain(NAME, "上海示例科技", "13800000000");
        var wrong = anonymous.postForm("/public/case-status", formWithCsrf(page, "caseNo", caseNo, "queryCode",
                "WRONGCODE1"));
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("案件编号或查询码不正确").doesNotContain("待受理</dd>");
        assertThat(anonymous.postForm("/public/case-status", "caseNo=" + caseNo + "&queryCode=" + code).statusCode())
                .as("without the page's CSRF token").isEqualTo(403);
    }

    @Test
    void the_employer_sees_an_accepted_case_without_the_complainant() {
        String caseNo = lodgeByApi();
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("triage")
                .singleResult().getId();
        assertThat(api.as("inspector").post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        // naming the complainant in what the employer reads is refused (the inspector rewords it)
        assertThat(api.as("inspector").post("/api/v1/tasks/" + id + "/complete", Map.of("values", Map.of(
                "triageDecision", "ACCEPT", "allegation", "职工" + NAME + "反映：单位未依法给予60天生育假。"))).status())
                .isEqualTo(400);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + id + "/complete", Map.of("values", Map.of(
                "triageDecision", "ACCEPT", "allegation", "职工反映：单位未依法给予60天生育假。"))).status())
                .isEqualTo(204);
        var employer = new PageSession(port).login("employer", "demo");
        assertThat(employer.get("/employer/complaints").body()).contains(caseNo);
        String view = employer.get("/employer/complaints/" + caseNo).body();
        assertThat(view).contains("（投诉人身份保密）").contains("60天生育假").contains("调查中")
                .doesNotContain(NAME, "310101198808080025", "13800000000");
        assertThat(new PageSession(port).login("employer2", "demo").get("/employer/complaints/" + caseNo)
                .statusCode()).isEqualTo(404);
    }

    @Test
    void the_employer_attaches_its_evidence_on_the_task_page_and_ticks_it_in_the_form() {
        String caseNo = lodgeByApi();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values", Map.of(
                "triageDecision", "ACCEPT", "allegation", "职工反映：单位未依法给予60天生育假。"))).status()).isEqualTo(204);
        String response = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("employerResponse").singleResult().getId();
        var employer = new PageSession(port).login("employer", "demo");
        String page = employer.get("/tasks/" + response).body();
        assertThat(page).contains("id=\"upload-form\"").contains("back=/tasks/" + response).contains("暂无可选项");

        // the upload comes back to the task, where the file is offered in the form
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        var up = employer.postFile("/employer/complaints/" + caseNo + "/documents?back=/tasks/" + response,
                PageSession.csrf(page), "考勤记录.pdf", "application/pdf", pdf);
        assertThat(up.statusCode()).isEqualTo(302);
        assertThat(up.headers().firstValue("Location").orElse("")).contains("/tasks/" + response);
        page = employer.get("/tasks/" + response).body();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"evidenceReferences\" value=\"(\\d+)\"").matcher(page);
        assertThat(m.find()).as("the file is offered in the form").isTrue();
        String id = m.group(1);
        assertThat(page).contains("考勤记录.pdf");
        // someone else's document is not a choice
        var wrong = employer.postForm("/tasks/" + response + "/complete", PageSession.form("_csrf", PageSession.csrf(page),
                "employerPosition", "DISPUTES", "statement", "单位已批准全部假期，见考勤记录。", "evidenceReferences", "999999"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        var done = employer.postForm("/tasks/" + response + "/complete", PageSession.form("_csrf", PageSession.csrf(page),
                "employerPosition", "DISPUTES", "statement", "单位已批准全部假期，见考勤记录。", "evidenceReferences", id));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(new PageSession(port).login("inspector", "demo").get("/complaints/" + caseNo).body())
                .contains("考勤记录.pdf（材料 #" + id + "）");
    }
}
