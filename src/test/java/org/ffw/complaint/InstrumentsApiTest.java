package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.ffw.platform.Hashes;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.IdentityScreen;
import org.ffw.platform.instrument.InstrumentDates;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The formal instruments of a complaint through the API: each one issued at its step, listed for whom it is addressed,
 * downloaded as a PDF that reads back (PDFBox) with the case number, the date of issue in Chinese, its legal basis and
 * the rights notice where the law wants one; served on the timeline; its recorded hash that of its bytes; corrected
 * as a new version; the employer's copies without the complainant's identity; other employers and employees refused.
 */
class InstrumentsApiTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @Test
    void every_instrument_of_a_walk_to_the_penalty_reads_back_and_is_served() {
        Map<String, Object> body = ComplaintApiTest.complaint();
        body.put("leaveType", "MATERNITY"); // the law fines it: the walk ends in a referral
        body.put("daysGranted", 60);
        body.put("violationDate", "2026-05-09");
        String caseNo = Complaints.lodge(api, body);

        work(caseNo, "triage", "inspector", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请提交出生医学证明和公司的请假审批记录。"));
        assertThat(kinds(list(caseNo, "employee"))).containsExactly("SUPPLEMENT_NOTICE");
        work(caseNo, "supplement", "employee", Map.of("supplement", "已上传出生医学证明和请假审批记录。"));
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "职工反映：单位仅批准60天产假，未依法给予98天产假。"));
        work(caseNo, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT", "unionOpinion", "工会支持职工的投诉请求。"));
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", "调取并核对了单位的考勤记录。",
                "investigationAction", "DONE"));
        work(caseNo, "finding", "inspector", Map.of("finding", "SUBSTANTIATED", "findingReason", "考勤记录证实单位仅批准60天产假。",
                "affectedEmployees", 1));
        LocalDate deadline = LocalDate.now(Shanghai.ZONE).plusDays(20);
        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", "为该职工补足98天产假并书面告知。",
                "correctionDeadline", deadline.toString()));
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已安排补休，尚未全部完成。"));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED", "verificationNote", "现场核查：仍未补足产假。"));
        work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER", "finePerEmployee", 2000,
                "affectedEmployees", 1, "penaltyNote", "逾期未改正，建议罚款。"));

        JsonNode staff = list(caseNo, "inspector");
        assertThat(kinds(staff)).containsExactly("SUPPLEMENT_NOTICE", "ACCEPTANCE_NOTICE", "CORRECTION_ORDER",
                "REVIEW_OPINION", "PENALTY_REFERRAL", "PENALTY_NOTICE");
        assertThat(kinds(list(caseNo, "employee"))).containsExactly("SUPPLEMENT_NOTICE", "ACCEPTANCE_NOTICE",
                "CORRECTION_ORDER", "REVIEW_OPINION", "PENALTY_NOTICE");
        assertThat(kinds(list(caseNo, "employer"))).containsExactly("CORRECTION_ORDER", "REVIEW_OPINION",
                "PENALTY_NOTICE");

        Map<String, String> basis = Map.of("SUPPLEMENT_NOTICE", "若干规定》第十八条第三款",
                "ACCEPTANCE_NOTICE", "若干规定》第十八条", "CORRECTION_ORDER", "《劳动保障监察条例》第十八条第一款第（二）项",
                "REVIEW_OPINION", "《劳动保障监察条例》第十八条", "PENALTY_REFERRAL", "《女职工劳动保护特别规定》第十三条",
                "PENALTY_NOTICE", "《女职工劳动保护特别规定》第十三条");
        List<String> withRights = List.of("CORRECTION_ORDER", "REVIEW_OPINION", "PENALTY_NOTICE");
        for (JsonNode item : staff) {
            String kind = item.path("kind").asText();
            String reader = switch (item.path("recipient").asText()) {
                case "EMPLOYER" -> "employer";
                case "COMPLAINANT" -> "employee";
                default -> "inspector";
            };
            assertThat(item.path("served").asBoolean()).as(kind + " before its download").isFalse();
            var pdf = api.as(reader).get(item.path("href").asText());
            assertThat(pdf.status()).as(kind + " " + pdf).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(pdf.header("Content-Disposition")).contains("filename*=UTF-8''", "attachment");
            assertThat(Hashes.sha256(pdf.bytes())).as(kind + " hash").isEqualTo(item.path("sha256").asText());
            String text = text(pdf.bytes());
            InstrumentScreenshots.save(kind, pdf.bytes());
            assertThat(text).as(kind).contains(caseNo, item.path("docNumber").asText(), "上海市浦东新区人力资源和社会保障局",
                    InstrumentDates.chinese(LocalDate.parse(item.path("issuedOn").asText())), "法律依据：",
                    basis.get(kind), "（印章）");
            assertThat(text.contains("申请行政复议") && text.contains("提起行政诉讼")).as(kind + " rights notice")
                    .isEqualTo(withRights.contains(kind));
            if (reader.equals("employer")) {
                assertThat(text).as(kind).doesNotContain(ComplaintApiTest.NAME, ComplaintApiTest.RESIDENT_ID,
                        ComplaintApiTest.PHONE, "娜", "080025");
                assertThat(IdentityScreen.mentions(new IdentityScreen.Person(ComplaintApiTest.NAME,
                        ComplaintApiTest.RESIDENT_ID, ComplaintApiTest.PHONE), text)).as(kind).isFalse();
            }
        }
        assertThat(text(download(caseNo, staff, "CORRECTION_ORDER", "employer"))).contains("为该职工补足98天产假并书面告知。",
                InstrumentDates.chinese(deadline), "违法行为发生于2026年5月", "抄送：投诉人。");
        assertThat(text(download(caseNo, staff, "PENALTY_NOTICE", "employer"))).contains("罚款合计2000.00元", "陈述和申辩");

        // served: each addressee's first download is on the timeline; the employer sees its own services
        JsonNode served = list(caseNo, "employer");
        assertThat(served.findValuesAsText("served")).containsOnly("true");
        assertThat(served.findValuesAsText("servedChannel")).containsOnly("DOWNLOAD");
        JsonNode employerView = api.as("employer").get("/api/v1/employer/complaints/" + caseNo).json();
        assertThat(employerView.path("timeline").findValuesAsText("action")).contains("INSTRUMENT_ISSUED",
                "INSTRUMENT_SERVED");
        assertThat(employerView.path("timeline").findValuesAsText("note")).anyMatch(n -> n.startsWith("送达责令改正指令书"))
                .noneMatch(n -> n.contains("移送书") || n.contains("受理通知书") || n.contains("补正通知书"));
        List<String> mine = api.as("employee").get("/api/v1/complaints/" + caseNo).json().path("timeline")
                .findValuesAsText("note");
        assertThat(mine).anyMatch(n -> n.startsWith("送达受理通知书") && n.contains("投诉人"));

        // who else asks: another employer 403, another employee 403, an id of another case 404, not addressed 403
        long referral = id(staff, "PENALTY_REFERRAL");
        long order = id(staff, "CORRECTION_ORDER");
        assertProblem(api.as("employer2").get("/api/v1/complaints/" + caseNo + "/instruments"), 403);
        assertProblem(api.as("employer2").get("/api/v1/complaints/" + caseNo + "/instruments/" + order), 403);
        assertProblem(api.as("employee2").get("/api/v1/complaints/" + caseNo + "/instruments/" + order), 403);
        assertProblem(api.as("employer").get("/api/v1/complaints/" + caseNo + "/instruments/" + referral), 403);
        assertProblem(api.as("employee").get("/api/v1/complaints/" + caseNo + "/instruments/" + referral), 403);
        assertProblem(api.as("employee").get("/api/v1/complaints/" + caseNo + "/instruments/999999999"), 404);
        assertProblem(api.as("employee").get("/api/v1/complaints/LC-1999-000001/instruments"), 404);

        // a correction: version 2 naming version 1; version 1 stays byte for byte; once per version
        byte[] before = download(caseNo, staff, "CORRECTION_ORDER", "inspector");
        String path = "/api/v1/complaints/" + caseNo + "/instruments/" + order + "/corrections";
        assertProblem(api.as("inspector").post(path, Map.of("reason", " ")), 400, "reason");
        assertProblem(api.as("employer").post(path, Map.of("reason", "改正期限表述有误。")), 403);
        assertProblem(api.as("union").post(path, Map.of("reason", "改正期限表述有误。")), 403);
        assertThat(list(caseNo, "inspector")).hasSize(6);
        var corrected = api.as("inspector").post(path, Map.of("reason", "改正期限表述有误。"));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().path("version").asInt()).isEqualTo(2);
        assertThat(corrected.json().path("replacesId").asLong()).isEqualTo(order);
        assertProblem(api.as("inspector").post(path, Map.of("reason", "再次更正。")), 409);
        byte[] v2 = api.as("employer").get(corrected.json().path("href").asText()).bytes();
        assertThat(text(v2)).contains("第2版", "更正并替代", item(staff, "CORRECTION_ORDER").path("docNumber").asText(),
                "改正期限表述有误。");
        assertThat(Hashes.sha256(v2)).isEqualTo(corrected.json().path("sha256").asText());
        assertThat(download(caseNo, staff, "CORRECTION_ORDER", "inspector")).isEqualTo(before);
        assertThat(Hashes.sha256(before)).isEqualTo(item(staff, "CORRECTION_ORDER").path("sha256").asText());
        assertThat(list(caseNo, "employer")).hasSize(4);
    }

    @Test
    void a_complaint_for_arbitration_gets_a_written_refusal_saying_where_to_go() {
        String caseNo = Complaints.lodge(api);
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "NOT_ACCEPTED",
                "notAcceptedReason", "ARBITRATION", "note", "请求补发工资属于劳动争议。"));
        JsonNode items = list(caseNo, "employee");
        assertThat(kinds(items)).containsExactly("NON_ACCEPTANCE_NOTICE");
        // served by post, recorded by the staff: once, and by nobody else
        String post = "/api/v1/complaints/" + caseNo + "/instruments/" + id(items, "NON_ACCEPTANCE_NOTICE")
                + "/served-by-post";
        assertProblem(api.as("employee").post(post, null), 403);
        assertThat(api.as("inspector").post(post, null).status()).isEqualTo(204);
        assertProblem(api.as("inspector").post(post, null), 409);
        assertThat(list(caseNo, "employee").findValuesAsText("servedChannel")).containsExactly("POST");
        assertThat(api.as("employee").get("/api/v1/complaints/" + caseNo).json().path("timeline")
                .findValuesAsText("note")).anyMatch(n -> n.startsWith("送达不予受理告知书") && n.endsWith("投诉人，邮寄"));
        String text = text(download(caseNo, items, "NON_ACCEPTANCE_NOTICE", "employee"));
        InstrumentScreenshots.save("NON_ACCEPTANCE_NOTICE", download(caseNo, items, "NON_ACCEPTANCE_NOTICE", "employee"));
        assertThat(text).contains(caseNo, "不予受理告知书", "李娜：", "劳动人事争议仲裁委员会申请劳动争议仲裁", "受理仲裁申请的机构：上海市浦东新区劳动人事争议仲裁委员会。",
                "请求补发工资属于劳动争议。", "若干规定》第十六条", "申请行政复议", "提起行政诉讼");
        assertProblem(api.as("employer").get("/api/v1/complaints/" + caseNo + "/instruments"), 403);
    }

    @Test
    void a_reporter_with_an_account_is_served_the_acceptance_an_anonymous_one_is_not() {
        // the hourly limit of anonymous reports counts this test's own address only (as ReportTest)
        jdbc.update("UPDATE complaint SET reporter_address_hash = NULL WHERE reporter_address_hash IS NOT NULL");
        var fromAccount = api.as("employee2").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/reports", ReportTest.report());
        var anonymous = api.anonymous().header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/reports", ReportTest.report());
        assertThat(fromAccount.status()).isEqualTo(201);
        assertThat(anonymous.status()).isEqualTo(201);
        String reported = fromAccount.json().path("caseNo").asText();
        String anon = anonymous.json().path("caseNo").asText();
        for (String caseNo : List.of(reported, anon)) {
            work(caseNo, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                    "allegation", "经举报：单位未依法给予多名职工60天生育假。"));
        }
        JsonNode mine = list(reported, "employee2");
        assertThat(kinds(mine)).containsExactly("ACCEPTANCE_NOTICE");
        assertThat(text(download(reported, mine, "ACCEPTANCE_NOTICE", "employee2"))).contains("提出的举报", reported);
        assertThat(list(anon, "inspector")).isEmpty();
        assertThat(list(reported, "employer")).isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private JsonNode list(String caseNo, String user) {
        var r = api.as(user).get("/api/v1/complaints/" + caseNo + "/instruments");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static List<String> kinds(JsonNode items) {
        return items.findValuesAsText("kind");
    }

    private static JsonNode item(JsonNode items, String kind) {
        for (JsonNode i : items) {
            if (i.path("kind").asText().equals(kind) && i.path("version").asInt() == 1) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " in " + items);
    }

    private static long id(JsonNode items, String kind) {
        return item(items, kind).path("id").asLong();
    }

    private byte[] download(String caseNo, JsonNode items, String kind, String user) {
        var r = api.as(user).get(item(items, kind).path("href").asText());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.bytes();
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void work(String caseNo, String key, String user, Map<String, Object> values) {
        String id = Complaints.taskId(tasks, caseNo, key);
        Api as = api.as(user);
        if (as.get("/api/v1/tasks/" + id).json().path("task").path("assignee").isNull()) {
            assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        }
        var done = as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", new HashMap<>(values)));
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }
}
