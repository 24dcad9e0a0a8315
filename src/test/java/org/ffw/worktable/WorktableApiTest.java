package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** The worktable through its API, as the demo users, on the test-only process bpmn/test/worktable-test.bpmn. */
class WorktableApiTest extends ApiTest {

    static final String PUDONG_CO = "91310115MA1H8R7C41";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    TaskViewMapper views;
    @Autowired
    Escalation escalation;
    @Autowired
    Outbox outbox;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Starts a test case in a district; returns its case number. */
    String startCase(String district) {
        String caseNo = "WT-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey("worktable-test", caseNo, Map.of("district", district,
                "employerCreditCode", PUDONG_CO, "complainant", "employee"));
        return caseNo;
    }

    String taskOf(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    List<String> queueIds(String user, String query) {
        var r = api.as(user).get("/api/v1/tasks?size=200" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().path("items").findValuesAsText("id");
    }

    @Test
    void a_staff_task_is_routed_to_the_district_group_and_seen_only_there() {
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        Task task = tasks.createTaskQuery().taskId(id).singleResult();
        assertThat(tasks.getIdentityLinksForTask(id)).anySatisfy(l -> {
            assertThat(l.getType()).isEqualTo(IdentityLinkType.CANDIDATE);
            assertThat(l.getGroupId()).isEqualTo("inspector-310115");
        });
        assertThat(task.getDueDate()).isNotNull();
        // the bare role named in the diagram never becomes a group of its own
        assertThat(tasks.createTaskQuery().taskId(id).taskCandidateGroup("inspector").count()).isZero();

        assertThat(queueIds("inspector", "&view=group")).contains(id);
        assertThat(queueIds("inspector2", "")).contains(id);
        for (String outsider : List.of("inspector-xuhui", "union", "officer", "employer", "employer2", "employee")) {
            assertThat(queueIds(outsider, "")).as(outsider).doesNotContain(id);
            assertProblem(api.as(outsider).get("/api/v1/tasks/" + id), 403);
        }
        JsonNode item = api.as("inspector").get("/api/v1/tasks?caseNo=" + caseNo).json().path("items").get(0);
        assertThat(item.path("caseNo").asText()).isEqualTo(caseNo);
        assertThat(item.path("district").asText()).isEqualTo("310115");
        assertThat(item.path("process").asText()).isEqualTo("worktable-test");
        assertThat(item.path("taskKey").asText()).isEqualTo("review");
        assertThat(item.path("sla").asText()).isEqualTo("ON_TRACK");
        assertThat(item.path("summary").asText()).isEqualTo(caseNo);
        assertThat(item.path("due").asText()).isNotBlank();
    }

    @Test
    void the_task_carries_its_form_and_timeline() {
        String id = taskOf(startCase("310115"));
        var r = api.as("inspector").get("/api/v1/tasks/" + id);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode form = r.json().path("form");
        assertThat(form.path("id").asText()).isEqualTo("test-review");
        assertThat(form.path("schema").path("components").findValuesAsText("key")).contains("decision", "reason");
        assertThat(r.json().path("mayComplete").asBoolean()).isFalse();
        assertThat(r.json().path("timeline").isArray()).isTrue();
    }

    @Test
    void claim_unclaim_and_the_other_inspector() {
        String id = taskOf(startCase("310115"));
        assertThat(api.as("inspector").post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        assertThat(queueIds("inspector", "&view=mine")).contains(id);
        assertThat(queueIds("inspector2", "")).doesNotContain(id);
        assertProblem(api.as("inspector2").post("/api/v1/tasks/" + id + "/claim", null), 409);
        assertProblem(api.as("inspector-xuhui").post("/api/v1/tasks/" + id + "/claim", null), 403);
        // claiming one's own task again is harmless
        assertThat(api.as("inspector").post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        assertProblem(api.as("inspector2").post("/api/v1/tasks/" + id + "/unclaim", null), 409);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + id + "/unclaim", null).status()).isEqualTo(204);
        assertThat(queueIds("inspector2", "&view=group")).contains(id);
        assertProblem(api.as("inspector").get("/api/v1/tasks/no-such-task"), 404);
    }

    @Test
    void bulk_claim_reports_each_task() {
        String a = taskOf(startCase("310115"));
        String b = taskOf(startCase("310115"));
        String xuhui = taskOf(startCase("310104"));
        api.as("inspector2").post("/api/v1/tasks/" + b + "/claim", null);
        var r = api.as("inspector").post("/api/v1/tasks/claim", Map.of("ids", List.of(a, b, xuhui, "nope")));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, Integer> status = new HashMap<>();
        r.json().forEach(n -> status.put(n.path("id").asText(), n.path("status").asInt()));
        assertThat(status).containsEntry(a, 200).containsEntry(b, 409).containsEntry(xuhui, 403)
                .containsEntry("nope", 404);
        assertThat(tasks.createTaskQuery().taskId(a).singleResult().getAssignee()).isEqualTo("inspector");
        assertThat(tasks.createTaskQuery().taskId(b).singleResult().getAssignee()).isEqualTo("inspector2");
        assertProblem(api.as("inspector").post("/api/v1/tasks/claim", Map.of("ids", List.of())), 400, "ids");
    }

    @Test
    void a_supervisor_assigns_within_the_district_to_someone_who_may_work_it() {
        String id = taskOf(startCase("310115"));
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + id + "/assign", Map.of("userId", "inspector2")),
                403);
        assertProblem(api.as("supervisor").post("/api/v1/tasks/" + id + "/assign",
                Map.of("userId", "inspector-xuhui")), 400, "userId");
        assertProblem(api.as("supervisor").post("/api/v1/tasks/" + id + "/assign", Map.of("userId", "union")), 400,
                "userId");
        assertProblem(api.as("supervisor").post("/api/v1/tasks/" + id + "/assign", Map.of("userId", "ghost")), 400,
                "userId");
        assertThat(api.as("supervisor").post("/api/v1/tasks/" + id + "/assign", Map.of("userId", "inspector2"))
                .status()).isEqualTo(204);
        assertThat(queueIds("inspector2", "&view=mine")).contains(id);
        // and may reassign it
        assertThat(api.as("supervisor").post("/api/v1/tasks/" + id + "/assign", Map.of("userId", "inspector"))
                .status()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector");
        // a supervisor of another district cannot
        String xuhui = taskOf(startCase("310104"));
        assertProblem(api.as("supervisor").post("/api/v1/tasks/" + xuhui + "/assign",
                Map.of("userId", "inspector")), 403);
    }

    @Test
    void completion_is_checked_against_the_form_and_changes_nothing_when_bad() {
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + id + "/complete",
                Map.of("values", Map.of("decision", "ACCEPT"))), 409);
        api.as("inspector").post("/api/v1/tasks/" + id + "/claim", null);

        Map<String, Object> bad = new HashMap<>();
        bad.put("decision", "MAYBE");
        bad.put("days", 45);
        bad.put("kind", "OTHER");
        bad.put("deadline", "2026-13-01");
        bad.put("urgent", "yes");
        bad.put("phone", "12345");
        bad.put("flags", List.of("A", "Z"));
        bad.put("salary", 1);
        JsonNode problem = assertProblem(api.as("inspector").post("/api/v1/tasks/" + id + "/complete",
                Map.of("values", bad)), 400, "decision", "days", "kind", "deadline", "urgent", "phone", "flags",
                "salary", "reason");
        assertThat(problem.path("errors").size()).isEqualTo(9);

        // reason is required when not hidden, with a minimum length
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + id + "/complete",
                Map.of("values", Map.of("decision", "REJECT", "reason", "太短"))), 400, "reason");
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + id + "/complete",
                Map.of("values", Map.of("decision", "ACCEPT", "days", 2.5))), 400, "days");

        assertThat(tasks.createTaskQuery().taskId(id).count()).isOne();
        assertThat(runtime.getVariable(tasks.createTaskQuery().taskId(id).singleResult().getProcessInstanceId(),
                "decision")).isNull();
    }

    @Test
    void the_whole_test_case_through_staff_employer_and_complainant() {
        String caseNo = startCase("310115");
        String review = taskOf(caseNo);
        api.as("inspector").post("/api/v1/tasks/" + review + "/claim", null);
        var done = api.as("inspector").post("/api/v1/tasks/" + review + "/complete", Map.of("values",
                Map.of("decision", "ACCEPT", "days", 10, "kind", "BIRTH", "deadline", "2026-12-31", "urgent", true,
                        "flags", List.of("A"))));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
        assertThat(views.find(review)).isNull();
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + review + "/complete",
                Map.of("values", Map.of("decision", "ACCEPT"))), 409);

        String answer = taskOf(caseNo);
        assertThat(tasks.getIdentityLinksForTask(answer)).extracting(l -> l.getGroupId())
                .contains("employer-" + PUDONG_CO);
        assertThat(queueIds("employer", "")).contains(answer);
        assertThat(queueIds("employer2", "")).doesNotContain(answer);
        assertThat(queueIds("inspector", "")).doesNotContain(answer);
        assertThat(api.as("employer").post("/api/v1/tasks/" + answer + "/claim", null).status()).isEqualTo(204);
        assertThat(api.as("employer").post("/api/v1/tasks/" + answer + "/complete", Map.of("values", Map.of()))
                .status()).isEqualTo(204);

        String confirm = taskOf(caseNo);
        assertThat(tasks.createTaskQuery().taskId(confirm).singleResult().getAssignee()).isEqualTo("employee");
        assertThat(queueIds("employee", "&view=mine")).contains(confirm);
        assertThat(queueIds("employee2", "")).doesNotContain(confirm);
        assertProblem(api.as("employee2").get("/api/v1/tasks/" + confirm), 403);
        assertProblem(api.as("employee").post("/api/v1/tasks/" + confirm + "/unclaim", null), 409);
        assertThat(api.as("employee").post("/api/v1/tasks/" + confirm + "/complete", Map.of("values", Map.of()))
                .status()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();

        var staffTimeline = api.as("inspector").get("/api/v1/tasks?caseNo=" + caseNo);
        assertThat(staffTimeline.json().path("total").asLong()).isZero();
    }

    @Test
    void two_people_claiming_at_once_one_wins() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = taskOf(startCase("310115"));
            List<Api.Response> results = race(
                    () -> api.as("inspector").post("/api/v1/tasks/" + id + "/claim", null),
                    () -> api.as("inspector2").post("/api/v1/tasks/" + id + "/claim", null));
            assertThat(results).extracting(Api.Response::status).containsExactlyInAnyOrder(204, 409);
            String winner = results.get(0).status() == 204 ? "inspector" : "inspector2";
            assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo(winner);
            assertThat(views.find(id).assignee()).isEqualTo(winner);
        }
    }

    @Test
    void a_double_submitted_completion_completes_once() throws Exception {
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        api.as("inspector").post("/api/v1/tasks/" + id + "/claim", null);
        Map<String, Object> body = Map.of("values", Map.of("decision", "REJECT", "reason", "不属于监察范围的事项"));
        List<Api.Response> results = race(
                () -> api.as("inspector").post("/api/v1/tasks/" + id + "/complete", body),
                () -> api.as("inspector").post("/api/v1/tasks/" + id + "/complete", body));
        assertThat(results).extracting(Api.Response::status).containsExactlyInAnyOrder(204, 409);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).count()).isZero();
    }

    @SafeVarargs
    private static List<Api.Response> race(Callable<Api.Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (Callable<Api.Response> c : calls) {
                futures.add(pool.submit(c));
            }
            List<Api.Response> out = new ArrayList<>();
            for (Future<Api.Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sla_states_and_both_escalation_notices_with_a_moved_clock() {
        Instant monday = Instant.parse("2026-11-16T02:00:00Z"); // Monday 10:00 in Shanghai, no holidays near
        ClockUtil.setCurrentTime(Date.from(monday));
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        TaskInfo t = views.find(id);
        // 5 working days: Tue 17, Wed 18, Thu 19, Fri 20, Mon 23 → end of Monday 23 November, Shanghai
        assertThat(t.dueAt()).isEqualTo(Instant.parse("2026-11-23T15:59:59Z"));
        // at risk at 75 % of the working time allowed (14 h of Monday, Tue–Fri, Monday 23): Friday 20, 14:29:59
        assertThat(t.atRiskAt()).isEqualTo(Instant.parse("2026-11-20T06:29:59Z"));

        assertThat(sla(id)).isEqualTo("ON_TRACK");
        assertThat(escalation.sweep(monday)).isZero();

        Instant atRisk = t.atRiskAt().plusSeconds(60);
        ClockUtil.setCurrentTime(Date.from(atRisk));
        assertThat(sla(id)).isEqualTo("AT_RISK");
        assertThat(api.as("inspector").get("/api/v1/tasks?sla=AT_RISK&caseNo=" + caseNo).json().path("total")
                .asLong()).isOne();
        escalation.sweep(atRisk);
        escalation.sweep(atRisk.plusSeconds(60));
        assertThat(notices(caseNo, "TASK_AT_RISK")).containsExactlyInAnyOrder("inspector", "inspector2", "inspector3");

        Instant late = t.dueAt().plusSeconds(3600);
        ClockUtil.setCurrentTime(Date.from(late));
        assertThat(sla(id)).isEqualTo("OVERDUE");
        escalation.sweep(late);
        escalation.sweep(late.plusSeconds(60));
        assertThat(notices(caseNo, "TASK_OVERDUE")).containsExactly("supervisor");
        assertThat(queueIds("supervisor", "&view=escalated")).contains(id);
        assertThat(api.as("supervisor").get("/api/v1/tasks").json().path("views").path("escalated").asLong())
                .isPositive();
        assertProblem(api.as("inspector").get("/api/v1/tasks?view=escalated"), 403);
        assertThat(queueIds("supervisor", "&view=escalated")).doesNotContain(taskOf(startCase("310104")));
    }

    @Test
    void a_task_without_a_due_date_is_counted_as_such_never_as_on_track() {
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        tasks.setDueDate(id, null); // as when its year cannot be counted yet
        try {
            assertThat(views.find(id).dueAt()).isNull();
            assertThat(sla(id)).isEqualTo("NO_DUE_DATE");
            assertThat(queueIds("inspector", "&caseNo=" + caseNo + "&sla=NO_DUE_DATE")).containsExactly(id);
            assertThat(queueIds("inspector", "&caseNo=" + caseNo + "&sla=ON_TRACK")).isEmpty();
            // the counts per SLA state are what the filter lists
            JsonNode counts = api.as("inspector").get("/api/v1/tasks").json().path("sla");
            for (String sla : List.of("ON_TRACK", "AT_RISK", "OVERDUE", "NO_DUE_DATE")) {
                assertThat(api.as("inspector").get("/api/v1/tasks?size=1&sla=" + sla).json().path("total").asLong())
                        .as(sla).isEqualTo(counts.path(sla).asLong());
            }
            assertThat(counts.path("NO_DUE_DATE").asLong()).isPositive();
        } finally {
            runtime.deleteProcessInstance(views.find(id).processInstanceId(), "test");
        }
    }

    @Test
    void the_sla_counts_working_time_so_a_task_created_before_the_spring_festival_is_not_at_risk_during_it() {
        // Friday 13 February 2026, 10:00 in Shanghai; 5 working days: Sat 14 (make-up day), then the festival
        // (16–23 February), Tue 24, Wed 25, Thu 26, Fri 27
        Instant friday = Instant.parse("2026-02-13T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(friday));
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        TaskInfo t = views.find(id);
        assertThat(t.dueAt()).isEqualTo(Instant.parse("2026-02-27T15:59:59Z"));
        // 75 % of 134 working hours: 14 h on the 13th, the 14th, the 24th and 25th, then 14 h 30 into the 26th
        assertThat(t.atRiskAt()).isEqualTo(Instant.parse("2026-02-26T06:29:59Z"));
        // calendar time would have put it at risk on the first day back (24th), after two of its five days
        for (String at : List.of("2026-02-18T04:00:00Z", "2026-02-24T04:00:00Z", "2026-02-26T06:00:00Z")) {
            ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
            assertThat(sla(id)).as(at).isEqualTo("ON_TRACK");
        }
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-02-26T07:00:00Z")));
        assertThat(sla(id)).isEqualTo("AT_RISK");
        escalation.sweep(Instant.parse("2026-02-24T04:00:00Z"));
        assertThat(views.find(id).atRiskNotifiedAt()).as("no at-risk notice on the first day back").isNull();
        // a task left open from February would be overdue for every later sweep of the suite
        runtime.deleteProcessInstance(views.find(id).processInstanceId(), "test done");
    }

    @Test
    void an_at_risk_notice_of_a_claimed_task_goes_to_its_assignee_only() {
        Instant monday = Instant.parse("2026-11-16T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(monday));
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        api.as("inspector2").post("/api/v1/tasks/" + id + "/claim", null);
        Instant atRisk = views.find(id).atRiskAt().plusSeconds(1);
        escalation.sweep(atRisk);
        assertThat(notices(caseNo, "TASK_AT_RISK")).containsExactly("inspector2");
    }

    @Test
    void two_nodes_sweeping_at_once_send_each_notice_once() throws Exception {
        Instant monday = Instant.parse("2026-11-16T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(monday));
        String caseNo = startCase("310115");
        Instant late = views.find(taskOf(caseNo)).dueAt().plusSeconds(60);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> rounds = List.of(pool.submit(() -> escalation.sweep(late)),
                    pool.submit(() -> escalation.sweep(late)));
            for (Future<Integer> f : rounds) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(notices(caseNo, "TASK_OVERDUE")).containsExactly("supervisor");
    }

    @Test
    void an_employer_task_at_risk_tells_the_employer_accounts_and_an_overdue_one_the_supervisor() {
        Instant monday = Instant.parse("2026-11-16T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(monday));
        String caseNo = startCase("310115");
        String review = taskOf(caseNo);
        tasks.claim(review, "inspector");
        tasks.complete(review, Map.of("decision", "ACCEPT"));
        TaskInfo answer = views.find(taskOf(caseNo));
        assertThat(answer.candidateGroup()).isEqualTo("employer-" + PUDONG_CO);
        escalation.sweep(answer.atRiskAt().plusSeconds(1));
        assertThat(notices(caseNo, "TASK_AT_RISK")).containsExactly("employer");
        escalation.sweep(answer.dueAt().plusSeconds(1));
        assertThat(notices(caseNo, "TASK_OVERDUE")).containsExactly("supervisor");
    }

    @Test
    void a_union_opinion_at_risk_tells_the_districts_union_reviewers_and_an_overdue_one_the_unions_lead() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        Instant monday = Instant.parse("2026-11-16T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(monday));
        Map<String, Object> complaint = new HashMap<>(Map.of("employerCreditCode", PUDONG_CO,
                "employerName", "上海示例科技有限公司", "workplaceDistrict", "310115", "leaveType", "BIRTH",
                "childBirthDate", "2026-03-10", "babies", 1, "violationDate", "2026-06-16",
                "facts", "公司只批准了98天产假，拒绝60天生育假。", "daysGranted", 98));
        complaint.put("phone", "13800000000");
        var lodged = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", complaint);
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String caseNo = lodged.json().path("caseNo").asText();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工生育假。"))).status())
                .isEqualTo(204);
        TaskInfo union = views.find(tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("unionOpinion").singleResult().getId());
        assertThat(union.candidateGroup()).isEqualTo("union-310115");
        assertThat(union.dueAt()).isEqualTo(Instant.parse("2026-11-30T15:59:59Z"));
        // the worktable's sweep reminds the union at 75 % of its working time, as it does every staff group
        escalation.sweep(union.atRiskAt().plusSeconds(1));
        assertThat(outbox.forCase(caseNo).stream().filter(n -> n.template().equals("TASK_AT_RISK")
                && n.subject().contains("工会监督意见")).map(Notification::recipient)).contains("union")
                .doesNotContain("inspector", "supervisor");
        escalation.sweep(union.dueAt().plusSeconds(1));
        assertThat(outbox.forCase(caseNo).stream().filter(n -> n.template().equals("TASK_OVERDUE")
                && n.subject().contains("工会监督意见")).map(Notification::recipient)).containsExactly("union-lead");
        runtime.deleteProcessInstance(union.processInstanceId(), "test done");
    }

    @Autowired
    org.ffw.rules.WorkCalendarService calendars;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void a_next_task_due_in_a_year_not_loaded_gets_a_provisional_due_date_from_the_statutory_holidays() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2031);
        Runnable forget2032 = () -> {
            org.ffw.support.TestCalendars.forget(jdbc, 2032);
        };
        forget2032.run();
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-12-22T02:00:00Z"))); // Monday
            String caseNo = startCase("310115");
            String review = taskOf(caseNo);
            api.as("inspector").post("/api/v1/tasks/" + review + "/claim", null);
            // the employer's task is due 10 working days later, in 2032, whose schedule nobody loaded: counted on
            // its statutory holidays (1 Jan 2032, a Thursday), no 调休 → Tuesday 6 Jan 2032
            var r = api.as("inspector").post("/api/v1/tasks/" + review + "/complete",
                    Map.of("values", Map.of("decision", "ACCEPT")));
            assertThat(r.status()).as(r.toString()).isBetween(200, 204);
            assertThat(tasks.createTaskQuery().taskId(review).count()).isZero();
            TaskInfo answer = views.find(taskOf(caseNo));
            assertThat(answer.candidateGroup()).isEqualTo("employer-" + PUDONG_CO);
            assertThat(answer.dueAt()).isEqualTo(Instant.parse("2032-01-06T15:59:59Z"));
            runtime.deleteProcessInstance(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                    .singleResult().getId(), "test");
        } finally {
            forget2032.run();
        }
    }

    @Test
    void a_next_task_due_in_a_year_outside_the_table_refuses_the_completion_with_422_naming_the_year() {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2035);
        Runnable forget2036 = () -> {
            org.ffw.support.TestCalendars.forget(jdbc, 2036);
        };
        forget2036.run();
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2035-12-24T02:00:00Z"))); // Monday
            String caseNo = startCase("310115");
            String review = taskOf(caseNo);
            api.as("inspector").post("/api/v1/tasks/" + review + "/claim", null);
            // the employer's task would be due 10 working days later, in 2036: not loaded, and past the table of
            // statutory holidays (2021–2035), so not even a provisional date
            JsonNode problem = assertProblem(api.as("inspector").post("/api/v1/tasks/" + review + "/complete",
                    Map.of("values", Map.of("decision", "ACCEPT"))), 422);
            assertThat(problem.path("detail").asText()).contains("2036");
            assertThat(tasks.createTaskQuery().taskId(review).count()).isOne();
            assertThat(views.find(review).assignee()).isEqualTo("inspector");
            runtime.deleteProcessInstance(tasks.createTaskQuery().taskId(review).singleResult()
                    .getProcessInstanceId(), "test");
        } finally {
            forget2036.run();
        }
    }

    private String sla(String id) {
        return api.as("inspector").get("/api/v1/tasks/" + id).json().path("task").path("sla").asText();
    }

    private List<String> notices(String caseNo, String template) {
        return outbox.forCase(caseNo).stream().filter(n -> n.template().equals(template))
                .map(Notification::recipient).toList();
    }

    @Test
    void the_projection_matches_camunda_after_every_kind_of_task_event() {
        String caseNo = startCase("310115");
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        assertMatches(pi, caseNo); // create
        String id = taskOf(caseNo);
        tasks.claim(id, "inspector");
        assertMatches(pi, caseNo); // assignment
        tasks.setDueDate(id, Date.from(Instant.parse("2027-01-04T15:59:59Z")));
        assertMatches(pi, caseNo); // update
        tasks.setAssignee(id, null);
        assertMatches(pi, caseNo); // assignment back to the group
        tasks.complete(id, Map.of("decision", "ACCEPT"));
        assertMatches(pi, caseNo); // complete + create of the employer task
        runtime.deleteProcessInstance(pi, "test");
        assertMatches(pi, caseNo); // delete
        assertThat(views.forCase(caseNo)).isEmpty();
    }

    /** The projection rows of the case (one instance per business key) against Camunda's tasks of the instance. */
    private void assertMatches(String pi, String caseNo) {
        List<Task> camunda = tasks.createTaskQuery().processInstanceId(pi).list();
        List<TaskInfo> ours = views.forCase(caseNo);
        assertThat(ours).hasSameSizeAs(camunda);
        for (Task c : camunda) {
            TaskInfo v = ours.stream().filter(o -> o.taskId().equals(c.getId())).findFirst().orElseThrow();
            assertThat(v.assignee()).isEqualTo(c.getAssignee());
            assertThat(v.name()).isEqualTo(c.getName());
            assertThat(v.taskKey()).isEqualTo(c.getTaskDefinitionKey());
            assertThat(v.dueAt()).isEqualTo(c.getDueDate() == null ? null : c.getDueDate().toInstant());
            assertThat(v.createdAt()).isEqualTo(c.getCreateTime().toInstant());
            String group = tasks.getIdentityLinksForTask(c.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType())).map(l -> l.getGroupId())
                    .findFirst().orElse(null);
            assertThat(v.candidateGroup()).isEqualTo(group);
            // and Camunda's own query over the candidate group finds the same unassigned tasks
            if (c.getAssignee() == null && group != null) {
                assertThat(tasks.createTaskQuery().taskCandidateGroup(group).taskId(c.getId()).count()).isOne();
            }
        }
    }

    @Test
    void staff_notes_on_a_case() {
        String id = taskOf(startCase("310115"));
        var created = api.as("inspector").post("/api/v1/tasks/" + id + "/comments", Map.of("body", "请联系单位人事"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        api.as("supervisor").post("/api/v1/tasks/" + id + "/comments", Map.of("body", "同意"));
        var list = api.as("inspector2").get("/api/v1/tasks/" + id + "/comments");
        assertThat(list.json().findValuesAsText("body")).containsExactly("请联系单位人事", "同意");
        assertThat(list.json().findValuesAsText("author")).containsExactly("inspector", "supervisor");
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + id + "/comments", Map.of("body", " ")), 400,
                "body");
        assertProblem(api.as("inspector-xuhui").get("/api/v1/tasks/" + id + "/comments"), 403);
    }

    @Test
    void queue_filters_sorting_paging_and_bad_parameters() {
        String a = startCase("310115");
        String b = startCase("310115");
        assertThat(api.as("inspector").get("/api/v1/tasks?caseNo=" + a).json().path("total").asLong()).isOne();
        assertThat(queueIds("inspector", "&process=worktable-test")).contains(taskOf(a), taskOf(b));
        assertThat(queueIds("inspector", "&process=other")).isEmpty();
        assertThat(queueIds("inspector", "&dueBefore=2000-01-01")).isEmpty();
        var page = api.as("inspector").get("/api/v1/tasks?size=1&page=0&sort=-created");
        assertThat(page.json().path("items")).hasSize(1);
        assertThat(page.json().path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(page.json().path("sla").has("ON_TRACK")).isTrue();
        assertThat(page.json().path("views").has("group")).isTrue();
        JsonNode created = api.as("inspector").get("/api/v1/tasks?size=200&sort=created").json().path("items");
        List<Instant> times = created.findValuesAsText("created").stream().map(Instant::parse).toList();
        assertThat(times).isSorted();
        assertProblem(api.as("inspector").get("/api/v1/tasks?size=201"), 400, "size");
        assertProblem(api.as("inspector").get("/api/v1/tasks?page=-1"), 400, "page");
        assertProblem(api.as("inspector").get("/api/v1/tasks?sort=name"), 400, "sort");
        assertProblem(api.as("inspector").get("/api/v1/tasks?sla=LATE"), 400, "sla");
        assertProblem(api.as("inspector").get("/api/v1/tasks?view=all"), 400, "view");
        assertProblem(api.as("inspector").get("/api/v1/tasks?dueBefore=tomorrow"), 400, "dueBefore");
        assertProblem(api.get("/api/v1/tasks"), 401);
    }

    @Test
    void someone_without_groups_has_an_empty_group_view() {
        startCase("310115");
        var r = api.as("employee2").get("/api/v1/tasks?view=group");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("items")).isEmpty();
        assertThat(r.json().path("total").asLong()).isZero();
    }
}
