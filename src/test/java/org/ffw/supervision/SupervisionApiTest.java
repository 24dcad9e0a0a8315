package org.ffw.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The union's labour-law supervision through the API, every path of bpmn/union-supervision.bpmn: corrected after the
 * opinion; no answer in 15 working days → suggestion letter → the HRB opens a case, which is a leave complaint in its
 * investigation with the union's materials; not corrected → the HRB explains. Tasks are completed through the
 * worktable's API, the timer fired by moving Camunda's clock. Who may read what, and bad input storing nothing.
 */
public class SupervisionApiTest extends ApiTest {

    static final String BASE = "/api/v1/union-supervision";
    /** Monday 16 November 2026, 10:00 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");
    /** The end of Monday 7 December 2026 in Shanghai: 15 working days after MONDAY. */
    static final Instant FIFTEEN_WORKING_DAYS = Instant.parse("2026-12-07T15:59:59Z");
    public static final String PUDONG_CO = "91310115MA1H8R7C41";
    static final byte[] PDF = org.ffw.support.SampleFiles.pdf();

    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserService users;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void clock() {
        TestCalendars.ensureLoaded(calendars, 2027);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** process-test-coverage: the tests of this class reach every flow node and sequence flow. */
    @AfterAll
    static void everyPathWasTaken(@Autowired ProcessEngine engine) {
        assertThat(org.ffw.support.ProcessCoverage.of(engine, SupervisionProcess.KEY)).isEqualTo(1.0);
    }

    public static Map<String, Object> opening(String creditCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("employerCreditCode", creditCode);
        body.put("employerName", "上海示例科技有限公司");
        body.put("leaveType", "BIRTH");
        body.put("supervisors", List.of(Map.of("name", "王建国", "certificateNo", "SH-JD-0012"),
                Map.of("name", "李秀英", "certificateNo", "SH-JD-0047")));
        body.put("facts", "经两名工会劳动法律监督员调查，该单位 2026 年以来对生育职工只批准 98 天产假，未依法给予 60 天生育假。");
        body.put("requiredCorrection", "依法为相关职工补足 60 天生育假，并修订本单位休假制度。");
        body.put("affectedEmployees", 3);
        return body;
    }

    String open(Map<String, Object> body) {
        var r = api.as("union").header("Idempotency-Key", UUID.randomUUID().toString()).post(BASE, body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith(r.json().path("caseNo").asText());
        return r.json().path("caseNo").asText();
    }

    String taskId(String caseNo, String key) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
        assertThat(t).as("open task " + key).isNotNull();
        return t.getId();
    }

    void work(String user, String caseNo, String key, Map<String, Object> values) {
        String id = taskId(caseNo, key);
        Api as = api.as(user);
        var detail = as.get("/api/v1/tasks/" + id);
        assertThat(detail.status()).as(detail.toString()).isEqualTo(200);
        if (detail.json().path("task").path("assignee").isNull()) {
            assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        }
        var done = as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    JsonNode staff(String caseNo) {
        var r = api.as("union").get(BASE + "/" + caseNo);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    void fireAnswerTimer(String caseNo) {
        String pi = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getProcessInstanceId();
        Job timer = management.createJobQuery().processInstanceId(pi).timers().activityId("answerTimeout")
                .singleResult();
        assertThat(timer.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS)).isEqualTo(FIFTEEN_WORKING_DAYS);
        ClockUtil.setCurrentTime(Date.from(FIFTEEN_WORKING_DAYS.plusSeconds(60)));
        management.executeJob(timer.getId());
    }

    @Test
    void corrected_after_the_opinion_closes_the_case() {
        String caseNo = open(opening(PUDONG_CO));
        assertThat(caseNo).startsWith("US-2026-");
        JsonNode opened = staff(caseNo);
        assertThat(opened.path("supervision").path("status").asText()).isEqualTo("OPINION_ISSUED");
        assertThat(opened.path("supervision").path("answerDue").asText()).isEqualTo("2026-12-07");
        assertThat(opened.path("supervisors").findValuesAsText("name")).containsExactly("王建国", "李秀英");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getDueDate().toInstant()
                .truncatedTo(ChronoUnit.SECONDS)).isEqualTo(FIFTEEN_WORKING_DAYS);

        // the opinion is an instrument addressed to the employer: its PDF says what the case says; downloaded, served
        JsonNode letter = opened.path("letters").get(0);
        assertThat(letter.path("kind").asText()).isEqualTo("SUPERVISION_OPINION");
        assertThat(letter.path("servedAt").isNull()).isTrue();
        var pdf = api.as("employer").get(letter.path("href").asText());
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        keep("supervision-opinion.pdf", pdf.bytes());
        assertThat(pdfText(pdf.bytes())).contains("工会劳动法律监督意见书", "上海示例科技有限公司：", "补足60天生育假",
                "王建国（证号SH-JD-0012）", "2026年12月7日前", "上海市浦东新区总工会");
        assertThat(staff(caseNo).path("letters").get(0).path("servedAt").isNull()).isFalse();

        // the employer sees the opinion addressed to it and answers through its task, with its proof
        JsonNode employerView = api.as("employer").get(BASE + "/" + caseNo).json();
        assertThat(employerView.path("requiredCorrection").asText()).contains("补足 60 天生育假");
        assertThat(employerView.path("supervisors").toString()).contains("王建国", "李秀英");
        var upload = api.as("employer").upload(BASE + "/" + caseNo + "/documents", "整改通知.pdf", "application/pdf",
                PDF);
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        String fileId = upload.json().path("id").asText();
        work("employer", caseNo, "employerAnswer", Map.of("answerPosition", "CORRECTED",
                "answer", "本单位已为三名职工补足生育假，并修订了休假制度。", "evidenceReferences", List.of(fileId)));
        assertThat(staff(caseNo).path("supervision").path("answerEvidence").asText())
                .isEqualTo("整改通知.pdf（材料 #" + fileId + "）");

        work("union", caseNo, "assess", Map.of("assessment", "CORRECTED", "assessmentNote", "核实已补足假期，制度已修订。"));
        JsonNode closed = staff(caseNo).path("supervision");
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").asText()).isEqualTo("CORRECTED");
        assertThat(closed.path("complaintCaseNo").isNull()).isTrue();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).count()).isZero();
        JsonNode employerClosed = api.as("employer").get(BASE + "/" + caseNo).json();
        assertThat(employerClosed.path("foundCorrected").asBoolean()).isTrue();
        assertThat(employerClosed.toString()).doesNotContain("核实已补足假期");
    }

    @Test
    void no_answer_in_time_goes_to_the_hrb_which_opens_a_complaint_in_investigation() {
        String caseNo = open(opening(PUDONG_CO));
        var union = api.as("union").upload(BASE + "/" + caseNo + "/documents", "走访记录.pdf", "application/pdf", PDF);
        assertThat(union.status()).as(union.toString()).isEqualTo(201);
        var employer = api.as("employer").upload(BASE + "/" + caseNo + "/documents", "排班表.pdf", "application/pdf",
                PDF);
        assertThat(employer.status()).isEqualTo(201);
        // the employer never sees the union's own files
        assertThat(api.as("employer").get(BASE + "/" + caseNo + "/documents").json().findValuesAsText("filename"))
                .containsExactly("排班表.pdf");
        assertProblem(api.as("employer").get(BASE + "/" + caseNo + "/documents/" + union.json().path("id").asText()),
                403);

        fireAnswerTimer(caseNo);
        JsonNode waiting = staff(caseNo).path("supervision");
        assertThat(waiting.path("noAnswer").asBoolean()).isTrue();
        assertThat(waiting.path("status").asText()).isEqualTo("SUGGESTION_PENDING");
        // the union lead signs the letter, prefilled from the opinion
        String suggestionTask = taskId(caseNo, "suggestion");
        JsonNode task = api.as("union-lead").get("/api/v1/tasks/" + suggestionTask).json();
        assertThat(task.toString()).contains("逾期未书面答复");
        work("union-lead", caseNo, "suggestion", Map.of("suggestion",
                "该单位逾期未答复监督意见书，建议贵局依法立案查处，责令其补足职工生育假。"));
        assertThat(staff(caseNo).path("supervision").path("status").asText()).isEqualTo("WITH_HRB");
        assertThat(staff(caseNo).path("supervision").path("hrbDue").asText()).isEqualTo("2026-12-15");
        // the HRB's inspector has it in the queue
        assertThat(api.as("inspector").get("/api/v1/tasks?process=union-supervision").json().path("items")
                .findValuesAsText("caseNo")).contains(caseNo);
        // the suggestion letter is the bureau's instrument: the staff have it, the employer neither sees nor gets it
        JsonNode letters = staff(caseNo).path("letters");
        assertThat(letters.findValuesAsText("kind")).containsExactly("SUPERVISION_OPINION", "SUPERVISION_SUGGESTION");
        var suggestionPdf = api.as("inspector").get(letters.get(1).path("href").asText());
        assertThat(suggestionPdf.status()).isEqualTo(200);
        keep("supervision-suggestion.pdf", suggestionPdf.bytes());
        assertThat(pdfText(suggestionPdf.bytes())).contains("工会劳动法律监督建议书", "上海市浦东新区人力资源和社会保障局：",
                "建议贵局依法立案查处", "2026年12月15日前");
        assertThat(api.as("employer").get(BASE + "/" + caseNo).json().path("letters").findValuesAsText("kind"))
                .containsExactly("SUPERVISION_OPINION");
        assertProblem(api.as("employer").get(letters.get(1).path("href").asText()), 403);
        work("inspector", caseNo, "hrbDecision", Map.of("hrbDecision", "OPEN_CASE"));

        JsonNode done = staff(caseNo).path("supervision");
        assertThat(done.path("status").asText()).isEqualTo("CLOSED");
        assertThat(done.path("outcome").asText()).isEqualTo("CASE_OPENED");
        String complaint = done.path("complaintCaseNo").asText();
        assertThat(complaint).startsWith("LC-2026-");
        assertThat(staff(caseNo).path("timeline").findValuesAsText("note")).anyMatch(n -> n.contains(complaint));

        // a leave complaint at 立案: investigating, no triage, the investigation's three tasks open
        JsonNode c = api.as("inspector").get("/api/v1/complaints/" + complaint).json().path("complaint");
        assertThat(c.path("status").asText()).isEqualTo("INVESTIGATING");
        assertThat(c.path("kind").asText()).isEqualTo("UNION");
        assertThat(c.path("originCaseNo").asText()).isEqualTo(caseNo);
        assertThat(c.path("acceptedOn").asText()).isEqualTo("2026-12-08");
        assertThat(c.path("allegation").asText()).contains("未依法给予 60 天生育假");
        List<String> open = tasks.createTaskQuery().processInstanceBusinessKey(complaint).list().stream()
                .map(Task::getTaskDefinitionKey).toList();
        assertThat(open).containsExactlyInAnyOrder("investigate", "employerResponse", "unionOpinion");
        assertThat(api.as("inspector").get("/api/v1/complaints/" + complaint + "/documents").json()
                .findValuesAsText("filename")).containsExactlyInAnyOrder("走访记录.pdf", "排班表.pdf");
        // the employer sees the decision and the complaint's number, not the letter's text
        JsonNode employerView = api.as("employer").get(BASE + "/" + caseNo).json();
        assertThat(employerView.path("hrbDecision").asText()).isEqualTo("OPEN_CASE");
        assertThat(employerView.path("complaintCaseNo").asText()).isEqualTo(complaint);
        assertThat(employerView.path("suggestionSent").asBoolean()).isTrue();
        assertThat(employerView.toString()).doesNotContain("建议贵局依法立案查处");
    }

    @Test
    void not_corrected_and_the_hrb_explains_in_writing() {
        String caseNo = open(opening(PUDONG_CO));
        work("employer", caseNo, "employerAnswer", Map.of("answerPosition", "DISPUTES",
                "answer", "本单位认为已按规定批准全部假期。"));
        work("union", caseNo, "assess", Map.of("assessment", "NOT_CORRECTED", "assessmentNote", "单位至今未补足三名职工的生育假。"));
        work("union-lead", caseNo, "suggestion", Map.of("suggestion", "单位拒不整改，建议贵局依法立案查处其未给予生育假的行为。"));
        // an explanation is required when no case is opened: 400, nothing changes
        String hrb = taskId(caseNo, "hrbDecision");
        assertThat(api.as("inspector").post("/api/v1/tasks/" + hrb + "/claim", null).status()).isEqualTo(204);
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + hrb + "/complete",
                Map.of("values", Map.of("hrbDecision", "EXPLAIN"))), 400, "explanation");
        String explanation = "该事项已由劳动争议仲裁委员会受理，依法不再立案，已告知工会。";
        var done = api.as("inspector").post("/api/v1/tasks/" + hrb + "/complete",
                Map.of("values", Map.of("hrbDecision", "EXPLAIN", "explanation", explanation)));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);

        JsonNode s = staff(caseNo).path("supervision");
        assertThat(s.path("outcome").asText()).isEqualTo("EXPLAINED");
        assertThat(s.path("hrbExplanation").asText()).isEqualTo(explanation);
        assertThat(s.path("complaintCaseNo").isNull()).isTrue();
        JsonNode employerView = api.as("employer").get(BASE + "/" + caseNo).json();
        assertThat(employerView.path("hrbDecision").asText()).isEqualTo("EXPLAIN");
        assertThat(employerView.toString()).doesNotContain(explanation, "单位至今未补足三名职工的生育假");
    }

    @Test
    void only_the_district_and_the_employer_concerned_read_it() {
        String caseNo = open(opening(PUDONG_CO));
        if (!users.exists("union-xuhui")) {
            users.create(new UserService.NewAccount("union-xuhui", "Union-xuhui-1", "徐汇总工会",
                    java.util.Set.of(Role.UNION_REVIEWER), "310104", null, null, null, null), false);
        }
        assertProblem(api.as("union-xuhui", "Union-xuhui-1").get(BASE + "/" + caseNo), 403);
        assertThat(api.as("union-xuhui", "Union-xuhui-1").get(BASE).json().findValuesAsText("caseNo"))
                .doesNotContain(caseNo);
        assertProblem(api.as("inspector-xuhui").get(BASE + "/" + caseNo), 403);
        assertProblem(api.as("employer2").get(BASE + "/" + caseNo), 404);
        assertThat(api.as("employer2").get(BASE).json().findValuesAsText("caseNo")).doesNotContain(caseNo);
        assertProblem(api.as("employee").get(BASE + "/" + caseNo), 403);
        assertProblem(api.as("employee").get(BASE), 403);
        assertProblem(api.as("union").get(BASE + "/US-2026-999999"), 404);
        // the district's HRB staff read it, and list it
        assertThat(api.as("inspector").get(BASE + "/" + caseNo).status()).isEqualTo(200);
        assertThat(api.as("supervisor").get(BASE).json().findValuesAsText("caseNo")).contains(caseNo);
        assertThat(api.as("employer").get(BASE).json().findValuesAsText("caseNo")).contains(caseNo);
        // only a union reviewer opens a case
        assertProblem(api.as("inspector").post(BASE, opening(PUDONG_CO)), 403);
        assertProblem(api.as("employee").post(BASE, opening(PUDONG_CO)), 403);
        // the HRB adds no files as the union's
        assertProblem(api.as("inspector").upload(BASE + "/" + caseNo + "/documents", "x.pdf", "application/pdf",
                PDF), 403);
    }

    @Test
    void bad_input_is_400_naming_the_fields_and_stores_nothing() {
        int before = count();
        Map<String, Object> body = opening("91310115MA1H8R7C4X");
        body.put("supervisors", List.of(Map.of("name", "王建国", "certificateNo", "SH-JD-0012")));
        body.put("facts", "太短");
        body.remove("leaveType");
        assertProblem(api.as("union").post(BASE, body), 400, "employerCreditCode", "supervisors", "facts",
                "leaveType");
        Map<String, Object> same = opening(PUDONG_CO);
        same.put("supervisors", List.of(Map.of("name", "王建国", "certificateNo", "SH-JD-0012"),
                Map.of("name", "王建国", "certificateNo", "sh-jd-0012")));
        assertProblem(api.as("union").post(BASE, same), 400, "supervisors[1].name", "supervisors[1].certificateNo");
        Map<String, Object> unknown = opening(PUDONG_CO);
        unknown.put("district", "310104");
        assertProblem(api.as("union").post(BASE, unknown), 400, "district");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void a_retry_with_the_same_key_opens_one_case_and_an_unknown_employer_is_registered_provisionally() {
        String first17 = "91310115MA1H9R4D2";
        String code = first17 + CreditCodes.checkCharacter(first17);
        String key = UUID.randomUUID().toString();
        var a = api.as("union").header("Idempotency-Key", key).post(BASE, opening(code));
        var b = api.as("union").header("Idempotency-Key", key).post(BASE, opening(code));
        assertThat(a.status()).as(a.toString()).isEqualTo(201);
        assertThat(b.status()).isEqualTo(201);
        assertThat(b.json().path("caseNo").asText()).isEqualTo(a.json().path("caseNo").asText());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM union_supervision WHERE employer_credit_code = ?",
                Integer.class, code)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT status FROM employer WHERE credit_code = ?", String.class, code))
                .isEqualTo("PROVISIONAL");
    }

    /** The letters as issued, under target/screenshots, to look at. */
    static void keep(String name, byte[] pdf) {
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", name), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String pdfText(byte[] pdf) {
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM union_supervision", Integer.class);
    }
}
