package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.ffw.platform.cases.CaseRecord;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.Procedure;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The complaint keeps its case registry row in step: opened with the case, moved, shown to the employer, closed. */
class ComplaintRegistryTest extends ApiTest {

    @Autowired
    CaseRegistry registry;
    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @Test
    void a_lodged_complaint_is_in_the_registry_and_its_queue_line_comes_from_there() {
        String caseNo = Complaints.lodge(api);
        CaseRecord r = registry.get(caseNo);
        assertThat(r.procedure()).isEqualTo(Procedure.LEAVE_COMPLAINT);
        assertThat(r.district()).isEqualTo("310115");
        assertThat(r.employerCreditCode()).isEqualTo("91310115MA1H8R7C41");
        assertThat(r.applicantUsername()).isEqualTo("employee");
        assertThat(r.status()).isEqualTo("SUBMITTED");
        assertThat(r.summary()).isEqualTo("上海示例科技有限公司 · 生育假").doesNotContain("李娜");
        assertThat(r.employerVisible()).isFalse();
        assertThat(r.processInstanceId()).isNotNull();
        assertThat(r.closed()).isFalse();
        assertThat(registry.ofApplicant("employee")).extracting(CaseRecord::caseNo).contains(caseNo);
        assertThat(registry.ofEmployer("91310115MA1H8R7C41")).extracting(CaseRecord::caseNo).doesNotContain(caseNo);

        var queue = api.as("inspector").get("/api/v1/tasks?caseNo=" + caseNo).json();
        assertThat(queue.path("items").get(0).path("summary").asText()).isEqualTo(r.summary());

        work(caseNo, "triage", Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。"));
        r = registry.get(caseNo);
        assertThat(r.status()).isEqualTo("INVESTIGATING");
        assertThat(r.employerVisible()).isTrue();
        assertThat(registry.ofEmployer("91310115MA1H8R7C41")).extracting(CaseRecord::caseNo).contains(caseNo);

        api.as("employee").post("/api/v1/complaints/" + caseNo + "/withdraw", Map.of());
        r = registry.get(caseNo);
        assertThat(r.status()).isEqualTo("CLOSED");
        assertThat(r.closed()).isTrue();
    }

    @Test
    void a_transfer_moves_the_case_to_the_other_district_in_the_registry_too() {
        String caseNo = Complaints.lodge(api);
        work(caseNo, "triage", Map.of("triageDecision", "TRANSFER", "transferDistrict", "310104"));
        assertThat(registry.get(caseNo).district()).isEqualTo("310104");
        assertThat(api.as("inspector-xuhui").get("/api/v1/complaints/" + caseNo).status()).isEqualTo(200);
        assertThat(api.as("inspector").get("/api/v1/complaints/" + caseNo).status()).isEqualTo(403);
    }

    private void work(String caseNo, String key, Map<String, Object> values) {
        String id = Complaints.taskId(tasks, caseNo, key);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        var r = api.as("inspector").post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }
}
