package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.ffw.platform.outbox.Outbox;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/** Reports (举报): anonymously or with an account, through the API and the page; same triage, always confidential. */
class ReportTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void setUp() {
        TestCalendars.ensureLoaded(calendars, 2027);
        // the hourly limit of anonymous reports counts this test's own address only
        jdbc.update("UPDATE complaint SET reporter_address_hash = NULL WHERE reporter_address_hash IS NOT NULL");
    }

    static Map<String, Object> report() {
        Map<String, Object> m = new HashMap<>();
        m.put("employerCreditCode", ComplaintApiTest.PUDONG_CO);
        m.put("employerName", "上海示例科技有限公司");
        m.put("workplaceDistrict", "310115");
        m.put("leaveType", "BIRTH");
        m.put("facts", "我是该公司员工，部门里三位同事生育后都只被批准了98天产假，没有生育假。");
        m.put("affectedEmployees", 3);
        m.put("contact", Map.of("name", "赵女士", "phone", "13700000077"));
        return m;
    }

    @Test
    void an_anonymous_report_is_triaged_investigated_and_followed_by_its_query_code() {
        var r = api.anonymous().header("Idempotency-Key", "anon-" + UUID.randomUUID()).post("/api/v1/reports", report());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();
        String code = r.json().path("queryCode").asText();
        assertThat(code).hasSize(10);
        var status = api.get("/api/v1/public/case-status?caseNo=" + caseNo + "&queryCode=" + code);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("kindLabel").asText()).isEqualTo("举报");

        // the inspectors triage it like a complaint; no material can be asked of an anonymous reporter
        var queue = api.as("inspector").get("/api/v1/tasks?caseNo=" + caseNo).json().path("items");
        assertThat(queue.get(0).path("summary").asText()).isEqualTo("上海示例科技有限公司 · 生育假（举报）");
        String triage = Complaints.taskId(tasks, caseNo, "triage");
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        assertProblem(complete(triage, Map.of("triageDecision", "REQUEST_SUPPLEMENT", "supplementRequest", "请补充材料")),
                400, "triageDecision");
        // the reporter's contact never goes to the employer
        assertProblem(complete(triage, Map.of("triageDecision", "ACCEPT",
                "allegation", "经赵女士（137 0000 0077）举报：单位未依法给予多名职工生育假。")), 400, "allegation");
        assertThat(complete(triage, Map.of("triageDecision", "ACCEPT",
                "allegation", "经举报：单位未依法给予多名职工60天生育假。")).status()).isEqualTo(204);
        JsonNode staff = api.as("inspector").get("/api/v1/complaints/" + caseNo).json().path("complaint");
        assertThat(staff.path("kind").asText()).isEqualTo("REPORT");
        assertThat(staff.path("reportedAffected").asInt()).isEqualTo(3);
        assertThat(staff.path("reporterContactPhone").asText()).isEqualTo("13700000077");
        var employer = api.as("employer").get("/api/v1/employer/complaints/" + caseNo);
        assertThat(employer.json().path("complainant").asText()).isEqualTo("（举报人身份保密）");
        assertThat(employer.json().path("violationPeriod").asText()).isEqualTo("未说明");
        assertThat(employer.text()).doesNotContain("赵女士", "13700000077", "举报人：");
        // a retry with the same key answers the first report
        var again = api.anonymous().header("Idempotency-Key", "same-key-" + caseNo).post("/api/v1/reports", report());
        var replay = api.anonymous().header("Idempotency-Key", "same-key-" + caseNo).post("/api/v1/reports", report());
        assertThat(replay.json().path("caseNo").asText()).isEqualTo(again.json().path("caseNo").asText());
    }

    @Test
    void a_report_from_an_account_is_in_its_cases_and_cannot_be_withdrawn() {
        var r = api.as("employee2").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/reports", report());
        assertThat(r.status()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();
        assertThat(api.as("employee2").get("/api/v1/complaints").json().findValuesAsText("caseNo")).contains(caseNo);
        JsonNode mine = api.as("employee2").get("/api/v1/complaints/" + caseNo).json();
        assertThat(mine.path("kind").asText()).isEqualTo("REPORT");
        assertThat(mine.path("mayWithdraw").asBoolean()).isFalse();
        assertProblem(api.as("employee2").post("/api/v1/complaints/" + caseNo + "/withdraw", Map.of()), 409);
        assertThat(outbox.forCase(caseNo).stream().filter(n -> n.recipient().equals("employee2"))
                .map(n -> n.template()).toList()).contains("REPORT_LODGED");
        // staff and employers do not report through this door
        assertProblem(api.as("inspector").post("/api/v1/reports", report()), 403);
        assertProblem(api.as("employer").post("/api/v1/reports", report()), 403);
    }

    @Test
    void bad_reports_are_refused_field_by_field_and_anonymous_ones_are_limited_per_address() {
        Map<String, Object> bad = report();
        bad.put("affectedEmployees", 0);
        bad.put("facts", "太短");
        bad.put("contact", Map.of("phone", "12345"));
        bad.put("employerCreditCode", "91310115MA1H8R7C42");
        assertProblem(api.anonymous().post("/api/v1/reports", bad), 400, "affectedEmployees", "facts",
                "contact.phone", "employerCreditCode");
        int accepted = 0;
        for (int i = 0; i < 6; i++) {
            var r = api.anonymous().post("/api/v1/reports", report());
            if (r.status() == 201) {
                accepted++;
            } else {
                assertProblem(r, 429);
                assertThat(r.raw().headers().firstValue("Retry-After")).isPresent();
            }
        }
        assertThat(accepted).isEqualTo(5);
    }

    @Test
    void anyone_reports_through_the_page_without_signing_in() throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        String form = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/report")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(form).contains("我要举报", "匿名");
        String csrf = find(form, "name=\"_csrf\" value=\"([^\"]+)\"");
        String token = find(form, "name=\"token\" value=\"([^\"]+)\"");
        String body = "_csrf=" + csrf + "&token=" + token + "&employerName=" + enc("上海示例科技有限公司")
                + "&employerCreditCode=" + ComplaintApiTest.PUDONG_CO + "&workplaceDistrict=310115&leaveType=CHILDCARE"
                + "&affectedEmployees=2&facts=" + enc("部门经理拒绝批准多名同事的育儿假。") + "&contactName=&contactPhone=";
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/public/report")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        String receipt = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/public/report/lodged")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(receipt).contains("举报已提交", "查询码");
        String caseNo = find(receipt, "id=\"lodged-case\">([^<]+)<");
        assertThat(api.as("inspector").get("/api/v1/complaints/" + caseNo).json().path("complaint").path("kind")
                .asText()).isEqualTo("REPORT");
        // a form with problems is shown again with them, nothing stored
        HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/public/report")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf + "&token=x&facts=short")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("error-summary");
        assertThat(new PageSession(port).login("inspector", "demo").get("/complaints/" + caseNo).body())
                .contains("举报人", "匿名");
    }

    private org.ffw.support.Api.Response complete(String taskId, Map<String, Object> values) {
        return api.as("inspector").post("/api/v1/tasks/" + taskId + "/complete", Map.of("values", values));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
