package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code POST /api/v1/complaints/{caseNo}/extension-request} and its button on the staff case page: an inspector of
 * the handling district asks for 30 more working days once, from acceptance until the finding.
 */
class ComplaintExtensionApiTest extends ApiTest {

    static final String REASON = "案情复杂，需调取单位近两年的考勤与请假审批记录。";

    @Autowired
    TaskService tasks;
    @Autowired
    ComplaintMapper mapper;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    void work(String user, String caseNo, String key, Map<String, Object> values) {
        String id = Complaints.taskId(tasks, caseNo, key);
        Api as = api.as(user);
        if (as.get("/api/v1/tasks/" + id).json().path("task").path("assignee").isNull()) {
            assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        }
        var done = as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    String accepted() {
        String caseNo = Complaints.lodge(api);
        work("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假。"));
        return caseNo;
    }

    Api.Response ask(String user, String caseNo, Object body) {
        return api.as(user).post("/api/v1/complaints/" + caseNo + "/extension-request", body);
    }

    @Test
    void an_inspector_of_the_district_asks_once_after_the_investigation_step_and_the_supervisor_gets_it() {
        String caseNo = accepted();
        work("inspector", caseNo, "investigate", Map.of("investigationRecord", "已调取考勤与请假审批记录。",
                "investigationAction", "DONE"));
        var r = ask("inspector2", caseNo, Map.of("reason", REASON));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(mapper.find(caseNo).extensionReason()).isEqualTo(REASON);
        String approval = Complaints.taskId(tasks, caseNo, "approveExtension");
        assertThat(api.as("supervisor").get("/api/v1/tasks?view=group&caseNo=" + caseNo).json().path("items")
                .findValuesAsText("id")).contains(approval);
        List<String> staff = api.as("inspector").get("/api/v1/complaints/" + caseNo).json().path("timeline")
                .findValuesAsText("action");
        assertThat(staff).contains("EXTENSION_REQUESTED");
        // once per case: asked again (API or the investigate form), decided or not
        assertProblem(ask("inspector", caseNo, Map.of("reason", REASON)), 409);
        work("supervisor", caseNo, "approveExtension", Map.of("extensionDecision", "REFUSE"));
        assertProblem(ask("inspector", caseNo, Map.of("reason", REASON)), 409);
    }

    @Test
    void a_blank_or_too_long_reason_is_400_and_nothing_is_stored() {
        String caseNo = accepted();
        assertProblem(ask("inspector", caseNo, Map.of("reason", "   ")), 400, "reason");
        assertProblem(ask("inspector", caseNo, Map.of()), 400, "reason");
        assertProblem(ask("inspector", caseNo, Map.of("reason", "太短")), 400, "reason");
        assertProblem(ask("inspector", caseNo, Map.of("reason", "理".repeat(1001))), 400, "reason");
        assertProblem(ask("inspector", caseNo, Map.of("reason", REASON, "days", 30)), 400);
        assertThat(mapper.find(caseNo).extensionReason()).isNull();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("approveExtension")
                .count()).isZero();
    }

    @Test
    void anyone_but_an_inspector_of_the_handling_district_gets_403() {
        String caseNo = accepted();
        for (String other : List.of("supervisor", "union", "inspector-xuhui", "employer", "employer2", "employee",
                "employee2", "officer")) {
            assertProblem(ask(other, caseNo, Map.of("reason", REASON)), 403);
        }
        assertProblem(ask("inspector", "LC-2026-999999", Map.of("reason", REASON)), 404);
        assertThat(mapper.find(caseNo).extensionReason()).isNull();
    }

    @Test
    void before_the_acceptance_and_after_the_finding_it_is_409() {
        String lodged = Complaints.lodge(api);
        assertProblem(ask("inspector", lodged, Map.of("reason", REASON)), 409);

        String caseNo = accepted();
        work("employer", caseNo, "employerResponse", Map.of("employerPosition", "WILL_CORRECT",
                "statement", "单位承认未批准生育假，将立即补足。"));
        work("union", caseNo, "unionOpinion", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假。"));
        work("inspector", caseNo, "investigate", Map.of("investigationRecord", "单位已承认并补足假期。",
                "investigationAction", "DONE"));
        work("inspector", caseNo, "finding", Map.of("finding", "SUBSTANTIATED",
                "findingReason", "单位未依法给予生育假的事实清楚。", "affectedEmployees", 1));
        assertProblem(ask("inspector", caseNo, Map.of("reason", REASON)), 409);
        assertThat(mapper.find(caseNo).extensionReason()).isNull();
    }

    @Test
    void the_staff_case_page_has_the_request_for_inspectors_only() {
        String caseNo = accepted();
        var inspector = new PageSession(port).login("inspector", "demo");
        String page = inspector.get("/complaints/" + caseNo).body();
        assertThat(page).contains("id=\"extension-form\"", "申请延长调查期限");
        String supervisorPage = new PageSession(port).login("supervisor", "demo").get("/complaints/" + caseNo)
                .body();
        assertThat(supervisorPage).doesNotContain("id=\"extension-form\"");

        var tooShort = inspector.postForm("/complaints/" + caseNo + "/extension-request",
                ComplaintPagesTest.formWithCsrf(page, "reason", "太短"));
        assertThat(PageSession.location(tooShort)).isEqualTo("/complaints/" + caseNo + "#extension");
        assertThat(inspector.get("/complaints/" + caseNo).body()).contains("id=\"extension-error\"", "至少填写 10 个字");

        var asked = inspector.postForm("/complaints/" + caseNo + "/extension-request",
                ComplaintPagesTest.formWithCsrf(page, "reason", REASON));
        assertThat(PageSession.location(asked)).isEqualTo("/complaints/" + caseNo);
        String after = inspector.get("/complaints/" + caseNo).body();
        assertThat(after).contains("已申请延长调查期限", REASON).doesNotContain("id=\"extension-form\"");
        assertThat(Complaints.taskId(tasks, caseNo, "approveExtension")).isNotBlank();
    }
}
