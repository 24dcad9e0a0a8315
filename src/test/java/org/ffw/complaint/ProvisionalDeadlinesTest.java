package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Intake never stops on the calendar: in December, with next year's holiday schedule not published, complaints are
 * lodged and worked with deadlines counted provisionally on the statutory holidays of 2027, shown as provisional;
 * when an administrator loads 2027, each is counted again, a date that moves is recorded on the timeline and the
 * parties are told, and the tasks and timers that end with it follow.
 */
class ProvisionalDeadlinesTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void without2027() {
        forget2027();
    }

    @AfterEach
    void restore() {
        ClockUtil.reset();
        forget2027();
        TestCalendars.ensureLoaded(calendars, 2027); // what the other tests expect
    }

    private void forget2027() {
        org.ffw.support.TestCalendars.forget(jdbc, 2027);
    }

    @Test
    void december_intake_runs_on_a_provisional_2027_and_is_counted_again_when_2027_is_loaded() {
        // Sunday 20 December 2026: lodging answers 201; 5 working days still end in 2026 (Friday 25)
        at("2026-12-20T02:00:00Z");
        String caseNo = Complaints.lodge(api);
        // staff and administrators see why dates are marked provisional; the employee's home is unchanged
        assertThat(new PageSession(port).login("inspector", "demo").get("/").body()).contains("2027 年节假日安排尚未载入");
        assertThat(new PageSession(port).login("admin", "demo").get("/").body()).contains("PUT /api/v1/calendar/2027");
        assertThat(new PageSession(port).login("employee", "demo").get("/").body()).doesNotContain("节假日安排尚未载入");
        JsonNode mine = api.as("employee").get("/api/v1/complaints/" + caseNo).json();
        assertThat(mine.path("acceptanceDue").asText()).isEqualTo("2026-12-25");
        assertThat(mine.path("provisional").path("acceptanceDue").asBoolean()).isFalse();

        // Monday 21: accepted; the 60 working days run into 2027, counted on its statutory holidays alone
        at("2026-12-21T02:00:00Z");
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假。"));
        mine = api.as("employee").get("/api/v1/complaints/" + caseNo).json();
        assertThat(mine.path("investigationDue").asText()).isEqualTo("2027-03-18");
        assertThat(mine.path("provisional").path("investigationDue").asBoolean()).isTrue();
        assertThat(employerView(caseNo).path("provisional").path("investigationDue").asBoolean()).isTrue();
        // the employer's 10-day task ends on Tuesday 5 January 2027: provisional in every queue
        JsonNode queue = api.as("employer").get("/api/v1/tasks?caseNo=" + caseNo).json().path("items");
        assertThat(queue.get(0).path("due").asText()).isEqualTo("2027-01-05T15:59:59Z");
        assertThat(queue.get(0).path("dueProvisional").asBoolean()).isTrue();
        assertThat(api.as("inspector").get("/api/v1/tasks?caseNo=" + caseNo).json().findValuesAsText("dueProvisional"))
                .containsOnly("true");

        // Monday 28 December: now the 5-day acceptance deadline itself reaches into 2027 (Tuesday 5 January)
        at("2026-12-28T02:00:00Z");
        var late = api.as("employee").header("Idempotency-Key", "late-" + caseNo)
                .post("/api/v1/complaints", ComplaintApiTest.complaint());
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(late.json().path("acceptanceDue").asText()).isEqualTo("2027-01-05");
        assertThat(late.json().path("acceptanceDueProvisional").asBoolean()).isTrue();
        String lateCase = late.json().path("caseNo").asText();

        // Monday 1 February 2027, still not loaded: a case accepted now has an employer task of 10 working days,
        // provisionally Wednesday 17 February (除夕 5th and 初三 8th are the only days off the law fixes)
        at("2027-02-01T02:00:00Z");
        String february = Complaints.lodge(api);
        work(february, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位拒绝安排职工育儿假。"));
        String response = Complaints.taskId(tasks, february, "employerResponse");
        assertThat(due(response)).isEqualTo(Instant.parse("2027-02-17T15:59:59Z"));
        assertThat(timer(february, "employerResponseTimeout")).isEqualTo(Instant.parse("2027-02-17T15:59:59Z"));

        // the State Council's schedule is loaded: 9–11 February are rest days, Saturday 20 February is worked
        var loaded = api.as("admin").put("/api/v1/calendar/2027", Map.of("source", "测试用 2027 年安排",
                "days", List.of(day("2027-01-01", "STATUTORY_HOLIDAY"), day("2027-02-05", "STATUTORY_HOLIDAY"),
                        day("2027-02-06", "STATUTORY_HOLIDAY"), day("2027-02-07", "STATUTORY_HOLIDAY"),
                        day("2027-02-08", "STATUTORY_HOLIDAY"), day("2027-02-09", "ADJUSTED_REST"),
                        day("2027-02-10", "ADJUSTED_REST"), day("2027-02-11", "ADJUSTED_REST"),
                        day("2027-02-20", "ADJUSTED_WORKDAY"), day("2027-04-05", "STATUTORY_HOLIDAY"),
                        day("2027-05-01", "STATUTORY_HOLIDAY"), day("2027-05-02", "STATUTORY_HOLIDAY"),
                        day("2027-06-09", "STATUTORY_HOLIDAY"), day("2027-09-15", "STATUTORY_HOLIDAY"),
                        day("2027-10-01", "STATUTORY_HOLIDAY"), day("2027-10-02", "STATUTORY_HOLIDAY"),
                        day("2027-10-03", "STATUTORY_HOLIDAY"))));
        assertThat(loaded.status()).as(loaded.toString()).isEqualTo(200);

        assertThat(new PageSession(port).login("inspector", "demo").get("/").body()).doesNotContain("2027 年节假日安排尚未载入");

        // the investigation deadline moves two working days, for everyone who reads it
        mine = api.as("employee").get("/api/v1/complaints/" + caseNo).json();
        assertThat(mine.path("investigationDue").asText()).isEqualTo("2027-03-22");
        assertThat(mine.path("provisional").path("investigationDue").asBoolean()).isFalse();
        assertThat(mine.path("timeline").findValuesAsText("note"))
                .anySatisfy(n -> assertThat(n).contains("调查期限由 2027-03-18 调整为 2027-03-22"));
        assertThat(employerView(caseNo).path("investigationDue").asText()).isEqualTo("2027-03-22");
        assertThat(templatesTo(caseNo, "employee")).contains("COMPLAINT_DEADLINE");
        assertThat(templatesTo(caseNo, "employer")).contains("COMPLAINT_DEADLINE");
        assertThat(due(Complaints.taskId(tasks, caseNo, "investigate"))).isEqualTo(Instant.parse("2027-03-22T15:59:59Z"));
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        assertThat(((Date) runtime.getVariable(pi, "investigationDue")).toInstant())
                .isEqualTo(Instant.parse("2027-03-22T15:59:59Z"));
        // a deadline that stays where it was is no longer provisional, and nobody is told
        JsonNode lateView = api.as("employee").get("/api/v1/complaints/" + lateCase).json();
        assertThat(lateView.path("acceptanceDue").asText()).isEqualTo("2027-01-05");
        assertThat(lateView.path("provisional").path("acceptanceDue").asBoolean()).isFalse();
        assertThat(templatesTo(lateCase, "employee")).doesNotContain("COMPLAINT_DEADLINE");
        assertThat(api.as("inspector").get("/api/v1/tasks?caseNo=" + lateCase).json().findValuesAsText("dueProvisional"))
                .containsOnly("false");

        // the employer's task of the February case, and its timer, now end on the worked Saturday
        assertThat(due(response)).isEqualTo(Instant.parse("2027-02-20T15:59:59Z"));
        assertThat(timer(february, "employerResponseTimeout")).isEqualTo(Instant.parse("2027-02-20T15:59:59Z"));
        assertThat(templatesTo(february, "employer")).contains("TASK_DUE_MOVED");
        assertThat(employerView(february).path("timeline").findValuesAsText("note"))
                .anySatisfy(n -> assertThat(n).contains("2027-02-17 调整为 2027-02-20"));
    }

    private void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    private void work(String caseNo, String key, String user, Map<String, Object> values) {
        String id = Complaints.taskId(tasks, caseNo, key);
        assertThat(api.as(user).post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        var r = api.as(user).post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    private JsonNode employerView(String caseNo) {
        return api.as("employer").get("/api/v1/employer/complaints/" + caseNo).json();
    }

    private Instant due(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getDueDate().toInstant()
                .truncatedTo(ChronoUnit.SECONDS);
    }

    private Instant timer(String caseNo, String activityId) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(pi).timers().activityId(activityId).singleResult();
        return job.getDuedate().toInstant().truncatedTo(ChronoUnit.SECONDS);
    }

    private List<String> templatesTo(String caseNo, String recipient) {
        return outbox.forCase(caseNo).stream().filter(n -> n.recipient().equals(recipient))
                .map(Notification::template).toList();
    }

    private static Map<String, String> day(String date, String kind) {
        return Map.of("date", date, "kind", kind);
    }
}
