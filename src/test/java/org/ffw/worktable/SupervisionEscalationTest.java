package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.rules.WorkCalendarService;
import org.ffw.supervision.SupervisionApiTest;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * No step of the union's supervision waits for ever: the union lead's suggestion letter and the HRB's decision have
 * due dates in working days, and once overdue the sweep tells each one's own lead — the union's lead for the letter,
 * the HRB supervisor for the bureau's decision (the employer's answer has its timer, SupervisionApiTest).
 */
class SupervisionEscalationTest extends ApiTest {

    @Autowired
    TaskService tasks;
    @Autowired
    TaskViewMapper views;
    @Autowired
    Escalation escalation;
    @Autowired
    Outbox outbox;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @Test
    void the_suggestion_letter_and_the_hrbs_decision_are_chased_by_their_own_leads() {
        String caseNo = api.as("union").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/union-supervision", SupervisionApiTest.opening(SupervisionApiTest.PUDONG_CO)).json()
                .path("caseNo").asText();
        work("employer", caseNo, "employerAnswer", Map.of("answerPosition", "DISPUTES",
                "answer", "本单位认为已按规定批准全部假期。"));
        work("union", caseNo, "assess", Map.of("assessment", "NOT_CORRECTED", "assessmentNote", "单位至今未补足生育假。"));

        String suggestion = id(caseNo, "suggestion");
        assertThat(views.find(suggestion).dueAt()).isNotNull();
        escalation.sweep(views.find(suggestion).dueAt().plusSeconds(3600));
        assertThat(overdue(caseNo)).contains("union-lead").doesNotContain("supervisor");

        work("union-lead", caseNo, "suggestion", Map.of("suggestion", "单位拒不整改，建议贵局依法立案查处其未给予生育假的行为。"));
        String hrb = id(caseNo, "hrbDecision");
        assertThat(views.find(hrb).dueAt()).isNotNull();
        escalation.sweep(views.find(hrb).dueAt().plusSeconds(3600));
        // the notices of this task, whatever language each recipient reads
        assertThat(outbox.forCase(caseNo).stream().filter(n -> n.template().equals("TASK_OVERDUE")
                && n.dedupKey() != null && n.dedupKey().contains(hrb)).map(Notification::recipient).toList())
                .contains("supervisor")
                .doesNotContain("union-lead");
    }

    private List<String> overdue(String caseNo) {
        return outbox.forCase(caseNo).stream().filter(n -> n.template().equals("TASK_OVERDUE"))
                .map(Notification::recipient).toList();
    }

    private String id(String caseNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult().getId();
    }

    private void work(String user, String caseNo, String key, Map<String, Object> values) {
        String id = id(caseNo, key);
        assertThat(api.as(user).post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        var done = api.as(user).post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }
}
