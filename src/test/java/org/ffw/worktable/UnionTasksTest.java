package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The union manages its own tasks: the union's supervisor assigns and releases them and is told when they are
 * overdue; the HRB supervisor follows them (may open them) but has no button that would lead to a 403.
 */
class UnionTasksTest extends ApiTest {

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
    void union_tasks_are_the_unions_to_assign_and_the_hrb_supervisor_only_follows_them() {
        String caseNo = acceptedComplaint();
        String union = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("unionOpinion")
                .singleResult().getId();
        String investigate = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("investigate").singleResult().getId();

        // the HRB supervisor opens it, but may not assign or release it, and its page offers neither
        assertThat(api.as("supervisor").get("/api/v1/tasks/" + union).status()).isEqualTo(200);
        assertProblem(api.as("supervisor").post("/api/v1/tasks/" + union + "/assign", Map.of("userId", "union")), 403);
        String page = new PageSession(port).login("supervisor", "demo").get("/tasks/" + union).body();
        assertThat(page).doesNotContain("id=\"assign-form\"");
        // … while the HRB's own tasks stay his
        assertThat(api.as("supervisor").post("/api/v1/tasks/" + investigate + "/assign",
                Map.of("userId", "inspector2")).status()).isEqualTo(204);

        // the union's supervisor assigns the union's task, and releases it again
        assertThat(new PageSession(port).login("union-lead", "demo").get("/tasks/" + union).body())
                .contains("id=\"assign-form\"");
        assertThat(api.as("union-lead").post("/api/v1/tasks/" + union + "/assign", Map.of("userId", "union"))
                .status()).isEqualTo(204);
        assertThat(views.find(union).assignee()).isEqualTo("union");
        assertThat(api.as("union-lead").post("/api/v1/tasks/" + union + "/unclaim", null).status()).isEqualTo(204);
        assertProblem(api.as("union-lead").post("/api/v1/tasks/" + investigate + "/assign",
                Map.of("userId", "inspector")), 403);

        // overdue, the union's task is the union supervisor's to chase, not the HRB's
        Instant late = views.find(union).dueAt().plusSeconds(3600);
        escalation.sweep(late);
        assertThat(outbox.forCase(caseNo).stream().filter(n -> n.template().equals("TASK_OVERDUE")
                && n.body().contains("工会")).map(Notification::recipient).toList())
                .contains("union-lead").doesNotContain("supervisor");
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(late));
        try {
            assertThat(api.as("union-lead").get("/api/v1/tasks?view=escalated&caseNo=" + caseNo).json()
                    .path("items").findValuesAsText("id")).contains(union);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    private String acceptedComplaint() {
        var lodged = api.as("employee").header("Idempotency-Key", "union-" + System.nanoTime())
                .post("/api/v1/complaints", Map.of("employerCreditCode", "91310115MA1H8R7C41",
                        "employerName", "上海示例科技有限公司", "workplaceDistrict", "310115", "leaveType", "BIRTH",
                        "childBirthDate", "2026-03-10", "violationDate", "2026-06-16",
                        "facts", "公司只批准98天产假，拒绝60天生育假。", "phone", "13800000001"));
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String caseNo = lodged.json().path("caseNo").asText();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。"))).status())
                .isEqualTo(204);
        return caseNo;
    }
}
