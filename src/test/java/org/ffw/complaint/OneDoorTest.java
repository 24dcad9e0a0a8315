package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A task of a procedure is completed in the worktable only: Camunda's doors (the engine REST API Tasklist uses, a
 * stray TaskService call) are refused with the reason, and the task stays open for the worktable.
 */
class OneDoorTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @Test
    void completing_a_complaint_task_through_the_engine_rest_api_is_refused_with_the_reason() {
        String caseNo = Complaints.lodge(api);
        String triage = Complaints.taskId(tasks, caseNo, "triage");
        tasks.claim(triage, "admin");

        // what Tasklist sends: a TRANSFER here would keep the old district, skip the form and the timeline
        var viaRest = api.as("admin").post("/engine-rest/task/" + triage + "/complete",
                Map.of("variables", Map.of("triageDecision", Map.of("value", "TRANSFER"))));
        assertThat(viaRest.status()).as(viaRest.toString()).isEqualTo(403);
        assertThat(viaRest.json().path("message").asText()).contains("FFW 工作台", "worktable");
        var viaTasklist = api.as("admin").post("/engine-rest/task/" + triage + "/submit-form",
                Map.of("variables", Map.of()));
        assertThat(viaTasklist.status()).isEqualTo(403);
        assertThat(Complaints.taskId(tasks, caseNo, "triage")).isEqualTo(triage);

        // and the engine itself refuses any other door
        assertThatThrownBy(() -> tasks.complete(triage, Map.of("triageDecision", "ACCEPT")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("worktable");
        assertThat(Complaints.taskId(tasks, caseNo, "triage")).isEqualTo(triage);

        // looking stays possible
        assertThat(api.as("admin").get("/engine-rest/task/" + triage).status()).isEqualTo(200);

        // the worktable is the door
        tasks.setAssignee(triage, null);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        var done = api.as("inspector").post("/api/v1/tasks/" + triage + "/complete",
                Map.of("values", Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。")));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        assertThat(api.as("inspector").get("/api/v1/complaints/" + caseNo).json().path("complaint")
                .path("status").asText()).isEqualTo("INVESTIGATING");
    }
}
