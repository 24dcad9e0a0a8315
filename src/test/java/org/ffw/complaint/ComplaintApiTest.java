package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.ffw.employer.EmployerService;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The complaint procedure through the doors its users use: the complaints API and the worktable, as the demo users.
 * The complainant is 李娜 (employee), resident ID 310101198808080025; she gives the phone 13800000000.
 */
class ComplaintApiTest extends ApiTest {

    static final String NAME = "李娜";
    static final String RESIDENT_ID = "310101198808080025";
    static final String PHONE = "13800000000";
    static final String PUDONG_CO = "91310115MA1H8R7C41";

    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    ComplaintMapper mapper;
    @Autowired
    EmployerService employers;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    org.ffw.identity.UserService users;

    /** Every response an employer account received in a test: none may carry the complainant's identity. */
    final List<String> seenByEmployer = new ArrayList<>();

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    static Map<String, Object> complaint() {
        Map<String, Object> m = new HashMap<>();
        m.put("employerCreditCode", PUDONG_CO);
        m.put("employerName", "上海示例科技有限公司");
        m.put("workplaceDistrict", "310115");
        m.put("leaveType", "BIRTH");
        m.put("childBirthDate", "2026-03-10");
        m.put("babies", 1);
        m.put("violationDate", "2026-06-16");
        m.put("facts", "本人" + NAME + "于2026年3月10日生育，公司只批准98天产假，拒绝60天生育假。");
        m.put("request", "补足生育假");
        m.put("daysGranted", 98);
        m.put("confidential", true);
        m.put("phone", PHONE);
        return m;
    }

    String lodge(Map<String, Object> body) {
        return Complaints.lodge(api, body);
    }

    String taskId(String caseNo, String key) {
        return Complaints.taskId(tasks, caseNo, key);
    }

    /** Claims (unless personally assigned) and completes a task through the worktable API. */
    void work(String user, String caseNo, String key, Map<String, Object> values) {
        String id = taskId(caseNo, key);
        Api as = api.as(user);
        var detail = as.get("/api/v1/tasks/" + id);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        employerSaw(user, detail);
        if (detail.json().path("task").path("assignee").isNull()) {
            assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        }
        var done = as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    void employerSaw(String user, Api.Response r) {
        if (user.startsWith("employer")) {
            seenByEmployer.add(r.text());
        }
    }

    Api.Response asEmployer(String path) {
        var r = api.as("employer").get(path);
        seenByEmployer.add(r.text());
        return r;
    }

    void assertEmployerNeverSawTheComplainant(String caseNo) {
        for (Notification n : outbox.forCase(caseNo)) {
            if (n.recipient().startsWith("employer")) {
                seenByEmployer.add(n.subject() + " " + n.body());
            }
        }
        assertThat(seenByEmployer).isNotEmpty();
        for (String text : seenByEmployer) {
            assertThat(text).doesNotContain(NAME, RESIDENT_ID, PHONE, "employee");
        }
    }

    @Test
    void the_whole_case_and_the_complainant_stays_anonymous_to_the_employer() {
        Map<String, Object> body = complaint();
        String key = UUID.randomUUID().toString();
        var first = api.as("employee").header("Idempotency-Key", key).post("/api/v1/complaints", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode lodged = first.json();
        String caseNo = lodged.path("caseNo").asText();
        assertThat(caseNo).matches("LC-\\d{4}-\\d{6}");
        assertThat(lodged.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(lodged.path("acceptanceDue").asText()).isNotBlank();
        String queryCode = lodged.path("queryCode").asText();
        assertThat(queryCode).hasSize(10);
        // a retry with the same key returns the first answer and lodges nothing more
        var retry = api.as("employee").header("Idempotency-Key", key).post("/api/v1/complaints", body);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("caseNo").asText()).isEqualTo(caseNo);
        assertThat(mapper.forComplainant("employee").stream().filter(c -> c.caseNo().equals(caseNo))).hasSize(1);

        // the inspector sees the gap at once
        JsonNode staff = api.as("inspector").get("/api/v1/complaints/" + caseNo).json();
        // 98 + 60 days, the 生育假 postponed by 端午 (19 June 2026): 159, of which 98 were granted
        assertThat(staff.path("entitlement").path("entitledDays").asInt()).isEqualTo(159);
        assertThat(staff.path("entitlement").path("gapDays").asInt()).isEqualTo(61);
        assertThat(staff.path("complaint").path("complainantName").asText()).isEqualTo(NAME);
        // the employer does not see the case before acceptance
        assertProblem(asEmployer("/api/v1/employer/complaints/" + caseNo), 404);
        assertThat(asEmployer("/api/v1/employer/complaints").text()).doesNotContain(caseNo);

        // triage in the inspector's queue: a summary without the complainant
        JsonNode queued = api.as("inspector").get("/api/v1/tasks?caseNo=" + caseNo).json().path("items").get(0);
        assertThat(queued.path("taskKey").asText()).isEqualTo("triage");
        assertThat(queued.path("summary").asText()).isEqualTo("上海示例科技有限公司 · 生育假");
        // an allegation naming the complainant is refused for the inspector to reword: nothing is cut silently
        String triage = taskId(caseNo, "triage");
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "职工" + NAME + "（电话" + PHONE
                        + "）反映：单位仅批准98天产假，未依法给予60天生育假。"))), 400, "allegation");
        assertThat(taskId(caseNo, "triage")).isEqualTo(triage);
        work("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "职工反映：单位仅批准98天产假，未依法给予60天生育假。"));

        // the employer now sees the case, its task, and answers
        JsonNode employerView = asEmployer("/api/v1/employer/complaints/" + caseNo).json();
        assertThat(employerView.path("status").asText()).isEqualTo("INVESTIGATING");
        assertThat(employerView.path("complainant").asText()).isEqualTo("（投诉人身份保密）");
        assertThat(employerView.path("allegation").asText()).contains("60天生育假").doesNotContain(NAME);
        assertThat(asEmployer("/api/v1/employer/complaints").text()).contains(caseNo);
        var employerQueue = asEmployer("/api/v1/tasks");
        assertThat(employerQueue.json().path("items").findValuesAsText("caseNo")).contains(caseNo);
        assertThat(api.as("employer2").get("/api/v1/tasks").json().path("items").findValuesAsText("caseNo"))
                .doesNotContain(caseNo);
        assertProblem(api.as("employer2").get("/api/v1/employer/complaints/" + caseNo), 404);
        assertProblem(api.as("employer2").get("/api/v1/tasks/" + taskId(caseNo, "employerResponse")), 403);
        work("employer", caseNo, "employerResponse", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期，附考勤记录。"));

        // the union reviewer of the district gives the union's opinion
        assertThat(api.as("union").get("/api/v1/complaints/" + caseNo).status()).isEqualTo(200);
        work("union", caseNo, "unionOpinion", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假的诉求。"));
        work("inspector", caseNo, "investigate", Map.of("investigationRecord", "调取考勤记录与请假审批单，询问人事经理。",
                "investigationAction", "DONE"));
        work("inspector", caseNo, "finding", Map.of("finding", "SUBSTANTIATED",
                "findingReason", "单位未依法给予生育假的事实清楚。", "affectedEmployees", 1));
        String deadline = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(20).toString();
        work("inspector", caseNo, "orderCorrection", Map.of("requiredActions", "为职工补足60天生育假并书面告知。",
                "correctionDeadline", deadline));
        JsonNode ordered = asEmployer("/api/v1/employer/complaints/" + caseNo).json();
        assertThat(ordered.path("correctionDeadline").asText()).isEqualTo(deadline);
        assertThat(ordered.path("requiredActions").asText()).contains("补足");
        work("employer", caseNo, "reportRectification", Map.of("rectificationReport", "已安排补休，但尚未全部完成。"));
        work("inspector", caseNo, "verifyRectification", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "尚有30天生育假未补足。"));
        // 生育假 is not fined by any sourced provision (REFERENCE §1.3): the supervisor may only confirm the order
        String penalty = taskId(caseNo, "penaltyDecision");
        assertThat(api.as("supervisor").post("/api/v1/tasks/" + penalty + "/claim", null).status()).isEqualTo(204);
        assertProblem(api.as("supervisor").post("/api/v1/tasks/" + penalty + "/complete", Map.of("values",
                Map.of("penaltyDecision", "REFER", "finePerEmployee", 2000, "affectedEmployees", 1,
                        "penaltyNote", "逾期未改正，移送行政处罚。"))), 400, "penaltyDecision");
        work("supervisor", caseNo, "penaltyDecision", Map.of("penaltyDecision", "NO_PENALTY",
                "penaltyNote", "无罚款依据，继续督促改正。"));

        JsonNode closed = api.as("employee").get("/api/v1/complaints/" + caseNo).json();
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("NO_PENALTY");
        assertThat(closed.path("mayRate").asBoolean()).isTrue();
        // the complainant's timeline is written for her: no staff-internal entries
        List<String> actions = closed.path("timeline").findValuesAsText("action");
        assertThat(actions).contains("LODGED", "ACCEPTED", "FINDING", "CORRECTION_ORDERED", "PENALTY_DECIDED",
                "CLOSED").doesNotContain("TASK_CLAIMED", "TASK_COMPLETED", "UNION_OPINION");
        // staff see who did what
        List<String> staffActions = api.as("supervisor").get("/api/v1/complaints/" + caseNo).json()
                .path("timeline").findValuesAsText("action");
        assertThat(staffActions).contains("TASK_CLAIMED", "TASK_COMPLETED", "UNION_OPINION");

        var employerClosed = asEmployer("/api/v1/employer/complaints/" + caseNo);
        assertThat(employerClosed.json().path("penaltyDecision").asText()).isEqualTo("NO_PENALTY");
        assertThat(employerClosed.json().path("fineTotal").isNull()).isTrue();

        // 好差评, once
        assertThat(api.as("employee").post("/api/v1/complaints/" + caseNo + "/rating",
                Map.of("score", 4, "comment", "处理及时")).status()).isEqualTo(204);
        assertProblem(api.as("employee").post("/api/v1/complaints/" + caseNo + "/rating", Map.of("score", 5)), 409);
        assertProblem(api.as("employee2").post("/api/v1/complaints/" + caseNo + "/rating", Map.of("score", 5)), 403);

        // the public status by case number and query code: status and dates only
        var status = api.get("/api/v1/public/case-status?caseNo=" + caseNo + "&queryCode=" + queryCode);
        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("status").asText()).isEqualTo("CLOSED");
        assertThat(status.text()).doesNotContain(NAME, RESIDENT_ID, PHONE, "上海示例科技");
        assertProblem(api.get("/api/v1/public/case-status?caseNo=" + caseNo + "&queryCode=WRONGCODE1"), 404);

        assertEmployerNeverSawTheComplainant(caseNo);
    }

    @Test
    void who_may_read_a_complaint() {
        String caseNo = lodge(complaint());
        assertThat(api.as("employee").get("/api/v1/complaints/" + caseNo).status()).isEqualTo(200);
        assertThat(api.as("employee").get("/api/v1/complaints").json().findValuesAsText("caseNo")).contains(caseNo);
        assertThat(api.as("inspector").get("/api/v1/complaints").json().findValuesAsText("caseNo")).contains(caseNo);
        assertThat(api.as("inspector-xuhui").get("/api/v1/complaints").json().findValuesAsText("caseNo"))
                .doesNotContain(caseNo);
        assertThat(api.as("employee2").get("/api/v1/complaints").json().findValuesAsText("caseNo"))
                .doesNotContain(caseNo);
        assertProblem(api.as("employee2").get("/api/v1/complaints/" + caseNo), 403);
        assertProblem(api.as("inspector-xuhui").get("/api/v1/complaints/" + caseNo), 403);
        assertProblem(api.as("employer").get("/api/v1/complaints/" + caseNo), 403);
        assertProblem(api.as("officer").get("/api/v1/complaints/" + caseNo), 403);
        assertProblem(api.get("/api/v1/complaints/" + caseNo), 401);
        assertProblem(api.as("inspector").get("/api/v1/complaints/LC-2000-999999"), 404);
        assertThat(api.as("inspector").get("/api/v1/complaints?status=SUBMITTED").json().findValuesAsText("caseNo"))
                .contains(caseNo);
        assertThat(api.as("inspector").get("/api/v1/complaints?status=CLOSED").json().findValuesAsText("caseNo"))
                .doesNotContain(caseNo);
        assertProblem(api.as("inspector").get("/api/v1/complaints?status=LOST"), 400, "status");
        assertProblem(api.as("employee").get("/api/v1/employer/complaints"), 403);
        // the complainant's own view shows no internal notes
        JsonNode own = api.as("employee").get("/api/v1/complaints/" + caseNo).json();
        assertThat(own.has("investigationRecord")).isFalse();
        assertThat(own.path("queryCodeHash").isMissingNode()).isTrue();
    }

    @Test
    void a_non_confidential_complaint_names_the_complainant_to_the_employer_but_never_her_id_or_phone() {
        Map<String, Object> body = complaint();
        body.put("confidential", false);
        String caseNo = lodge(body);
        work("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假。"));
        var view = asEmployer("/api/v1/employer/complaints/" + caseNo);
        assertThat(view.json().path("complainant").asText()).isEqualTo(NAME);
        assertThat(view.text()).doesNotContain(RESIDENT_ID, PHONE);
    }

    @Test
    void bad_input_is_refused_field_by_field_and_nothing_is_stored() {
        int before = mapper.forComplainant("employee").size();
        Map<String, Object> bad = complaint();
        bad.put("employerCreditCode", "91310115MA1H8R7C42");
        bad.put("phone", "12345");
        bad.put("facts", "");
        bad.put("workplaceDistrict", "31011");
        assertProblem(api.as("employee").post("/api/v1/complaints", bad), 400, "employerCreditCode", "phone", "facts",
                "workplaceDistrict");

        Map<String, Object> unknownDistrict = complaint();
        unknownDistrict.put("workplaceDistrict", "999999");
        assertProblem(api.as("employee").post("/api/v1/complaints", unknownDistrict), 400, "workplaceDistrict");

        Map<String, Object> future = complaint();
        future.put("violationDate", "2099-01-01");
        future.put("childBirthDate", "2099-01-01");
        assertProblem(api.as("employee").post("/api/v1/complaints", future), 400, "violationDate", "childBirthDate");

        Map<String, Object> outOfOrder = complaint();
        outOfOrder.put("violationDate", "2026-01-05");
        assertProblem(api.as("employee").post("/api/v1/complaints", outOfOrder), 400, "violationDate");

        Map<String, Object> noChild = complaint();
        noChild.remove("childBirthDate");
        assertProblem(api.as("employee").post("/api/v1/complaints", noChild), 400, "childBirthDate");

        Map<String, Object> unknownType = complaint();
        unknownType.put("leaveType", "HOLIDAY");
        assertProblem(api.as("employee").post("/api/v1/complaints", unknownType), 400, "leaveType");

        Map<String, Object> extra = complaint();
        extra.put("complainantName", "别人");
        assertProblem(api.as("employee").post("/api/v1/complaints", extra), 400, "complainantName");

        assertProblem(api.as("employee").post("/api/v1/complaints", "{\"facts\": "), 400);
        // an inspector lodges only on behalf of a person (ComplaintChannelsTest), never as the person online
        assertProblem(api.as("inspector").post("/api/v1/complaints", complaint()), 400, "channel");
        assertProblem(api.as("union").post("/api/v1/complaints", complaint()), 403);
        assertProblem(api.post("/api/v1/complaints", complaint()), 401);
        assertThat(mapper.forComplainant("employee")).hasSize(before);
    }

    @Test
    void an_unknown_employer_with_a_valid_code_is_registered_provisionally() {
        StringBuilder sb = new StringBuilder("91310115");
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var rnd = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 9; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        String code = sb.append(CreditCodes.checkCharacter(sb.toString())).toString();
        Map<String, Object> body = complaint();
        body.put("employerCreditCode", code);
        body.put("employerName", "上海新开餐饮有限公司");
        lodge(body);
        JsonNode e = api.as("inspector").get("/api/v1/employers/" + code).json();
        assertThat(e.path("status").asText()).isEqualTo("PROVISIONAL");
        assertThat(e.path("name").asText()).isEqualTo("上海新开餐饮有限公司");
    }

    @Test
    void evidence_is_checked_by_content_and_shown_only_to_those_who_may_see_it() {
        String caseNo = lodge(complaint());
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        var up = api.as("employee").upload("/api/v1/complaints/" + caseNo + "/documents", "请假单.pdf",
                "application/pdf", pdf);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        String href = up.json().path("href").asText();
        assertThat(up.json().path("contentType").asText()).isEqualTo("application/pdf");

        // a text file dressed as a PDF
        assertProblem(api.as("employee").upload("/api/v1/complaints/" + caseNo + "/documents", "fake.pdf",
                "application/pdf", "not really a pdf".getBytes(StandardCharsets.UTF_8)), 400, "file");
        // a PNG named .txt is still a PNG
        byte[] png = org.ffw.support.SampleFiles.png();
        var pngUp = api.as("employee").upload("/api/v1/complaints/" + caseNo + "/documents", "截图.txt",
                "text/plain", png);
        assertThat(pngUp.status()).isEqualTo(201);
        assertThat(pngUp.json().path("filename").asText()).isEqualTo("截图.txt.png");
        // over 10 MB
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(pdf, 0, big, 0, pdf.length);
        var tooBig = api.as("employee").upload("/api/v1/complaints/" + caseNo + "/documents", "big.pdf",
                "application/pdf", big);
        assertThat(tooBig.status()).isIn(400, 413);
        assertThat(tooBig.contentType()).startsWith("application/problem+json");

        var download = api.as("employee").get(href);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(api.as("inspector").get(href).status()).isEqualTo(200);
        assertProblem(api.as("employee2").get(href), 403);
        assertProblem(api.as("inspector-xuhui").get(href), 403);
        assertProblem(api.as("employer").get(href), 403);
        assertProblem(api.as("employee2").upload("/api/v1/complaints/" + caseNo + "/documents", "x.pdf",
                "application/pdf", pdf), 403);

        work("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假。"));
        // after acceptance the employer adds its own evidence, and still cannot see the confidential complainant's
        var employerUp = api.as("employer").upload("/api/v1/complaints/" + caseNo + "/documents", "考勤.pdf",
                "application/pdf", pdf);
        assertThat(employerUp.status()).as(employerUp.toString()).isEqualTo(201);
        var employerList = asEmployer("/api/v1/complaints/" + caseNo + "/documents");
        assertThat(employerList.json().findValuesAsText("filename")).containsExactly("考勤.pdf");
        assertProblem(api.as("employer").get(href), 403);
        // the complainant sees her own files only
        assertThat(api.as("employee").get("/api/v1/complaints/" + caseNo + "/documents").json()
                .findValuesAsText("filename")).containsExactly("请假单.pdf", "截图.txt.png");

        // at most 10 files per party of a case: the complainant's 2 + 8 …
        for (int i = 0; i < 8; i++) {
            assertThat(api.as("employee").upload("/api/v1/complaints/" + caseNo + "/documents", "p" + i + ".pdf",
                    "application/pdf", pdf).status()).isEqualTo(201);
        }
        assertProblem(api.as("employee").upload("/api/v1/complaints/" + caseNo + "/documents", "eleven.pdf",
                "application/pdf", pdf), 400, "file");
        // … and the complainant's files do not use up the employer's quota
        assertThat(api.as("employer").upload("/api/v1/complaints/" + caseNo + "/documents", "排班表.pdf",
                "application/pdf", pdf).status()).isEqualTo(201);
    }

    @Test
    void a_retried_upload_with_the_same_idempotency_key_stores_the_file_once() {
        String caseNo = lodge(complaint());
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        Api withKey = api.as("employee").header("Idempotency-Key", "upload-" + caseNo);
        var first = withKey.upload("/api/v1/complaints/" + caseNo + "/documents", "请假单.pdf", "application/pdf", pdf);
        var retry = withKey.upload("/api/v1/complaints/" + caseNo + "/documents", "请假单.pdf", "application/pdf", pdf);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().path("id").asLong()).isEqualTo(first.json().path("id").asLong());
        assertThat(api.as("employee").get("/api/v1/complaints/" + caseNo + "/documents").json()
                .findValuesAsText("filename")).containsExactly("请假单.pdf");
        // the same key for another file is a mistake of the client: 422, nothing stored
        byte[] other = org.ffw.support.SampleFiles.pdf("other");
        assertProblem(withKey.upload("/api/v1/complaints/" + caseNo + "/documents", "请假单.pdf", "application/pdf",
                other), 422);
        assertThat(api.as("employee").get("/api/v1/complaints/" + caseNo + "/documents").json().size()).isOne();
    }

    @Test
    void the_complainant_withdraws_through_the_api() {
        String caseNo = lodge(complaint());
        assertProblem(api.as("employee2").post("/api/v1/complaints/" + caseNo + "/withdraw", Map.of()), 403);
        assertProblem(api.as("employee").post("/api/v1/complaints/" + caseNo + "/rating", Map.of("score", 3)), 409);
        assertThat(api.as("employee").post("/api/v1/complaints/" + caseNo + "/withdraw",
                Map.of("reason", "已与单位协商解决")).status()).isEqualTo(204);
        JsonNode view = api.as("employee").get("/api/v1/complaints/" + caseNo).json();
        assertThat(view.path("status").asText()).isEqualTo("CLOSED");
        assertThat(view.path("outcome").asText()).isEqualTo("WITHDRAWN");
        assertProblem(api.as("employee").post("/api/v1/complaints/" + caseNo + "/withdraw", Map.of()), 409);
        assertProblem(api.as("employee").post("/api/v1/complaints/" + caseNo + "/rating", Map.of("score", 9)), 400,
                "score");
    }

    @Test
    void a_cross_district_inspector_cannot_work_the_case() {
        String caseNo = lodge(complaint());
        String triage = taskId(caseNo, "triage");
        assertProblem(api.as("inspector-xuhui").post("/api/v1/tasks/" + triage + "/claim", null), 403);
        assertProblem(api.as("inspector-xuhui").post("/api/v1/tasks/" + triage + "/complete",
                Map.of("values", Map.of("triageDecision", "ACCEPT"))), 403);
        assertThat(api.as("inspector-xuhui").get("/api/v1/tasks?caseNo=" + caseNo).json().path("total").asLong())
                .isZero();
    }

    @Test
    void a_second_complaint_about_the_same_leave_at_the_same_employer_is_flagged_as_a_possible_duplicate() {
        String first = lodge(complaint());
        var second = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", complaint());
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json().path("possibleDuplicateOf").asText()).isNotBlank();
        String secondNo = second.json().path("caseNo").asText();
        // the newest open one is named; here it is the first one or a still older open case of the same kind
        String named = second.json().path("possibleDuplicateOf").asText();
        assertThat(api.as("employee").get("/api/v1/complaints/" + named).status()).isEqualTo(200);
        assertThat(api.as("employee").get("/api/v1/complaints/" + secondNo).json().path("possibleDuplicateOf")
                .asText()).isEqualTo(named);
        assertThat(api.as("inspector").get("/api/v1/complaints/" + secondNo).json().path("complaint")
                .path("possibleDuplicateOf").asText()).isEqualTo(named);
        assertThat(new org.ffw.support.PageSession(port).login("inspector", "demo").get("/complaints/" + secondNo)
                .body()).contains("可能重复投诉");
        // another leave, or the first one withdrawn: no flag
        Map<String, Object> other = complaint();
        other.put("leaveType", "CHILDCARE");
        other.put("employerCreditCode", "91310104MA1K3P5Q2X");
        other.put("employerName", "上海样本餐饮有限公司");
        var third = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", other);
        assertThat(third.status()).isEqualTo(201);
        assertThat(third.json().path("possibleDuplicateOf").isNull()).as(third.toString()).isTrue();
        assertThat(first).isNotBlank();
    }

    @Test
    void a_miscarriage_needs_its_months_and_only_maternity_leave_applies() {
        Map<String, Object> body = complaint();
        body.put("event", "MISCARRIAGE");
        assertProblem(api.as("employee").post("/api/v1/complaints", body), 400, "pregnancyMonths", "leaveType");
        body.put("pregnancyMonths", 5);
        body.put("leaveType", "MATERNITY");
        body.put("violationDate", "2026-03-20");
        String caseNo = lodge(body);
        JsonNode staff = api.as("inspector").get("/api/v1/complaints/" + caseNo).json();
        assertThat(staff.path("entitlement").path("entitledDays").asInt()).isEqualTo(42);
        assertThat(staff.path("complaint").path("leaveEvent").asText()).isEqualTo("MISCARRIAGE");
    }

    @Test
    void an_employers_task_goes_to_its_only_account_and_waits_for_one_of_several() {
        String caseNo = lodge(complaint());
        work("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假。"));
        var task = asEmployer("/api/v1/tasks/" + taskId(caseNo, "employerResponse")).json().path("task");
        assertThat(task.path("assignee").asText()).isEqualTo("employer");

        // an employer with two accounts: the task waits in its group
        if (!users.exists("employer2b")) {
            users.create(new org.ffw.identity.UserService.NewAccount("employer2b", "Employer-two-b1", "上海样本餐饮（人事）",
                    java.util.Set.of(org.ffw.platform.security.Role.EMPLOYER), null, "91310104MA1K3P5Q2X", null, null,
                    null), false);
        }
        Map<String, Object> other = complaint();
        other.put("employerCreditCode", "91310104MA1K3P5Q2X");
        other.put("employerName", "上海样本餐饮有限公司");
        other.put("leaveType", "NURSING");
        String second = lodge(other);
        work("inspector", second, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法安排哺乳时间。"));
        String response = taskId(second, "employerResponse");
        assertThat(api.as("employer2").get("/api/v1/tasks/" + response).json().path("task").path("assignee").isNull())
                .isTrue();
        assertThat(new org.ffw.support.PageSession(port).login("employer2", "demo").get("/tasks/" + response).body())
                .contains("贵单位有多个账户");
    }
}
