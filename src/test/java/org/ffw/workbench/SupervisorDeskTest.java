package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.identity.UserService;
import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.worktable.WorktableService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The supervisor's desk through the API and the page, on known data: tasks of the test process worktable-test made at
 * known moments with a moved clock, held by inspectors created here (so that their figures are exactly known whatever
 * else the shared database holds). "Now" is Tuesday 24 November 2026, 16:00 in Shanghai: the week began on Monday 23.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupervisorDeskTest extends ApiTest {

    static final String PUDONG = "310115";
    static final String XUHUI = "310104";
    static final String PUDONG_CO = "91310115MA1H8R7C41";
    /** Monday 16 November 2026, 10:00 in Shanghai (no holiday near). */
    static final Instant MON_16 = Instant.parse("2026-11-16T02:00:00Z");
    static final Instant WED_18 = Instant.parse("2026-11-18T02:00:00Z");
    static final Instant FRI_20 = Instant.parse("2026-11-20T02:00:00Z");
    static final Instant TUE_24_MORNING = Instant.parse("2026-11-24T01:00:00Z");
    /** Tuesday 24 November 2026, 16:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

    static final String PASSWORD = "Test-Passw0rd!x";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    UserService users;
    @Autowired
    WorktableService worktable;
    @Autowired
    Timeline timeline;

    final String tag = UUID.randomUUID().toString().substring(0, 6);
    final String w1 = "sd-a-" + tag;
    final String w2 = "sd-b-" + tag;
    final String xuhuiLead = "sd-x-" + tag;
    String overdue1;
    String overdue2;
    String atRisk;
    String xuhuiTask;
    String overdue1Case;

    boolean made;

    /** Its staff leave the district's lists again (other tests name every inspector of Pudong). */
    @org.junit.jupiter.api.AfterAll
    void disableItsStaff() {
        for (String u : java.util.List.of(w1, w2, xuhuiLead)) {
            if (users.exists(u)) {
                users.setEnabled(u, false);
            }
        }
    }

    /** Once, in the first test (process-test-coverage records a process started only within a test). */
    @BeforeEach
    void knownData() {
        if (made) {
            ClockUtil.setCurrentTime(Date.from(NOW));
            return;
        }
        made = true;
        users.create(account(w1, "甲（测试监察）", Role.INSPECTOR, PUDONG), false);
        users.create(account(w2, "乙（测试监察）", Role.INSPECTOR, PUDONG), false);
        users.create(account(xuhuiLead, "丙（徐汇科长）", Role.SUPERVISOR, XUHUI), false);
        try {
            ClockUtil.setCurrentTime(Date.from(MON_16));
            overdue1Case = startCase(PUDONG);
            overdue1 = taskOf(overdue1Case);
            overdue2 = taskOf(startCase(PUDONG));
            String doneLastWeek = taskOf(startCase(PUDONG));
            String doneThisWeek = taskOf(startCase(PUDONG));
            xuhuiTask = taskOf(startCase(XUHUI));
            ClockUtil.setCurrentTime(Date.from(WED_18));
            atRisk = taskOf(startCase(PUDONG));
            // given to w1 by the supervisor (the API), then two of them done by w1
            var r = api.as("supervisor").post("/api/v1/supervisor/reassignments",
                    Map.of("taskIds", List.of(overdue1, overdue2, atRisk, doneLastWeek, doneThisWeek), "assignee", w1));
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            ClockUtil.setCurrentTime(Date.from(FRI_20));
            complete(doneLastWeek);
            ClockUtil.setCurrentTime(Date.from(TUE_24_MORNING));
            complete(doneThisWeek);
        } finally {
            ClockUtil.setCurrentTime(Date.from(NOW));
        }
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static NewAccount account(String username, String name, Role role, String district) {
        return new NewAccount(username, PASSWORD, name, Set.of(role), district, null, null, null, null);
    }

    private String startCase(String district) {
        String caseNo = "SD-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey("worktable-test", caseNo, Map.of("district", district,
                "employerCreditCode", PUDONG_CO, "complainant", "employee"));
        return caseNo;
    }

    private String taskOf(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    private void complete(String taskId) {
        worktable.complete(users.find(w1).orElseThrow(), taskId, Map.of("decision", "ACCEPT", "reason", "材料齐全，予以受理"));
    }

    /** A demo user, or one of the users made here. */
    private Api as(String user) {
        return user.startsWith("sd-") ? api.as(user, PASSWORD) : api.as(user);
    }

    private String assigneeOf(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    private Map<String, JsonNode> escalations(String user, String query) {
        var r = as(user).get("/api/v1/supervisor/escalations" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        Map<String, JsonNode> byId = new HashMap<>();
        r.json().path("items").forEach(n -> byId.put(n.path("taskId").asText(), n));
        return byId;
    }

    private JsonNode workloadOf(String user, String username) {
        var r = as(user).get("/api/v1/supervisor/workload");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        for (JsonNode n : r.json().path("items")) {
            if (username.equals(n.path("username").asText())) {
                return n;
            }
        }
        throw new AssertionError(username + " not in " + r);
    }

    private Api.Response reassign(String user, List<String> ids, String assignee) {
        Map<String, Object> body = new HashMap<>();
        body.put("taskIds", ids);
        body.put("assignee", assignee);
        return as(user).post("/api/v1/supervisor/reassignments", body);
    }

    @Test
    void the_escalations_with_the_working_days_left_or_over() {
        Map<String, JsonNode> esc = escalations("supervisor", "");
        JsonNode late = esc.get(overdue1);
        assertThat(late).as("overdue task listed").isNotNull();
        assertThat(late.path("sla").asText()).isEqualTo("OVERDUE");
        assertThat(late.path("caseNo").asText()).isEqualTo(overdue1Case);
        assertThat(late.path("dueOn").asText()).isEqualTo("2026-11-23");
        assertThat(late.path("workingDaysOver").asInt()).isEqualTo(1); // Tuesday 24 is the first day over
        assertThat(late.path("assignee").asText()).isEqualTo(w1);
        assertThat(late.path("assigneeName").asText()).isEqualTo("甲（测试监察）");
        assertThat(late.path("reassignable").asBoolean()).isTrue();
        JsonNode soon = esc.get(atRisk);
        assertThat(soon.path("sla").asText()).isEqualTo("AT_RISK");
        assertThat(soon.path("dueOn").asText()).isEqualTo("2026-11-25");
        assertThat(soon.path("workingDaysLeft").asInt()).isEqualTo(1);
        assertThat(esc).doesNotContainKey(xuhuiTask);
        assertThat(escalations(xuhuiLead, "")).containsKey(xuhuiTask).doesNotContainKey(overdue1);
        // an administrator looks at any district
        assertThat(escalations("admin", "?district=" + PUDONG)).containsKey(overdue1);
        assertThat(escalations("admin", "?district=" + XUHUI)).containsKey(xuhuiTask).doesNotContainKey(overdue1);
    }

    @Test
    void the_workload_per_person_against_known_data() {
        JsonNode a = workloadOf("supervisor", w1);
        assertThat(a.path("displayName").asText()).isEqualTo("甲（测试监察）");
        assertThat(a.path("open").asLong()).isEqualTo(3);
        assertThat(a.path("overdue").asLong()).isEqualTo(2);
        assertThat(a.path("atRisk").asLong()).isEqualTo(1);
        // Friday 20 was last week; Tuesday 24 this week (from Monday 23, 00:00 Shanghai)
        assertThat(a.path("completedThisWeek").asLong()).isEqualTo(1);
        JsonNode b = workloadOf("supervisor", w2);
        assertThat(b.path("open").asLong()).isZero();
        assertThat(b.path("completedThisWeek").asLong()).isZero();
        assertThat(api.as("supervisor").get("/api/v1/supervisor/workload").json().path("weekFrom").asText())
                .isEqualTo("2026-11-22T16:00:00Z");
    }

    @Test
    void bad_reassignments_are_4xx_and_change_nothing() {
        List<String> both = List.of(overdue2, atRisk);
        assertProblem(reassign("supervisor", List.of(), w2), 400, "taskIds");
        assertProblem(reassign("supervisor", null, w2), 400, "taskIds");
        assertProblem(reassign("supervisor", both, "ghost-" + tag), 400, "assignee");
        assertProblem(reassign("supervisor", both, null), 400, "assignee");
        assertProblem(reassign("supervisor", both, "inspector-xuhui"), 400, "assignee"); // another district
        assertProblem(reassign("supervisor", both, "union"), 400, "assignee"); // no inspector role
        assertProblem(reassign("supervisor", List.of(overdue2, "no-such-task"), w2), 404);
        assertProblem(reassign("supervisor", List.of(overdue2, xuhuiTask), w2), 403); // Xuhui's task
        assertProblem(reassign(xuhuiLead, List.of(overdue2), w2), 400, "assignee"); // w2 is not of Xuhui
        assertProblem(reassign(xuhuiLead, List.of(overdue2), "inspector-xuhui"), 403); // Pudong's task
        assertProblem(reassign("inspector", both, w2), 403);
        assertProblem(reassign("admin", both, w2), 403);
        assertThat(assigneeOf(overdue2)).isEqualTo(w1);
        assertThat(assigneeOf(atRisk)).isEqualTo(w1);
        assertThat(assigneeOf(xuhuiTask)).isNull();
    }

    @Test
    void who_may_see_the_desk() {
        for (String path : List.of("/api/v1/supervisor/escalations", "/api/v1/supervisor/workload",
                "/api/v1/supervisor/extension-approvals")) {
            assertProblem(api.as("inspector").get(path), 403);
            assertProblem(api.as("union-lead").get(path), 403);
            assertProblem(api.as("employee").get(path), 403);
            assertThat(api.anonymous().get(path).status()).isEqualTo(401);
            // a supervisor looks at the own district only
            assertProblem(as(xuhuiLead).get(path + "?district=" + PUDONG), 403);
        }
        assertProblem(api.as("admin").get("/api/v1/supervisor/workload?district=999999"), 400, "district");
        PageSession inspector = new PageSession(port).login("inspector", "demo");
        assertThat(inspector.get("/supervisor").statusCode()).isEqualTo(403);
        // an administrator chooses the district and reads it, without the reassignment form
        String admin = new PageSession(port).login("admin", "demo").get("/supervisor?district=" + XUHUI).body();
        assertThat(admin).contains("id=\"district-choice\"", "id=\"esc-" + xuhuiTask + "\"")
                .doesNotContain("id=\"esc-" + overdue1 + "\"", "id=\"reassign-submit\"", "name=\"taskIds\"");
    }

    @Test
    void a_bulk_reassignment_moves_the_workload_and_is_on_the_timeline() {
        String one = taskOf(startCase(PUDONG));
        String two = taskOf(startCase(PUDONG));
        var r = reassign("supervisor", List.of(one, two, one), w2);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("results").findValuesAsText("taskId")).containsExactly(one, two);
        assertThat(r.json().path("results").findValuesAsText("changed")).containsOnly("true");
        assertThat(assigneeOf(one)).isEqualTo(w2);
        assertThat(assigneeOf(two)).isEqualTo(w2);
        assertThat(workloadOf("supervisor", w2).path("open").asLong()).isEqualTo(2);
        String caseNo = runtime.createProcessInstanceQuery().processInstanceId(
                tasks.createTaskQuery().taskId(one).singleResult().getProcessInstanceId()).singleResult().getBusinessKey();
        List<TimelineEntry> entries = timeline.of(caseNo, Visibility.forStaff());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("TASK_ASSIGNED");
            assertThat(e.actor()).isEqualTo("supervisor");
        });
        // again to the same person: nothing to change, nothing recorded
        var again = reassign("supervisor", List.of(one), w2);
        assertThat(again.json().path("results").get(0).path("changed").asBoolean()).isFalse();
        assertThat(timeline.of(caseNo, Visibility.forStaff()).stream().filter(e -> "TASK_ASSIGNED".equals(e.action())))
                .hasSize(1);
        // back to the group for the other tests' figures
        reassign("supervisor", List.of(one, two), "inspector3");
    }

    @Test
    void the_page_lists_them_reassigns_and_says_what_is_wrong_beside_the_field() {
        PageSession page = new PageSession(port).login("supervisor", "demo");
        String html = page.get("/supervisor").body();
        assertThat(html).contains("id=\"esc-" + overdue1 + "\"", "甲（测试监察）", "逾期 1 个工作日", "剩余 1 个工作日",
                "id=\"load-" + w1 + "\"", "id=\"workload\"");
        assertThat(html).doesNotContain("id=\"esc-" + xuhuiTask + "\"", ">" + w1 + "<");
        String csrf = PageSession.token(html);
        var bad = page.postForm("/supervisor/reassign", PageSession.form("_csrf", csrf, "taskIds", overdue2,
                "assignee", "union"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"err-assignee\"", "此人没有办理所选任务所需的角色", "id=\"error-summary\"");
        assertThat(bad.body()).containsPattern("id=\"pick-" + overdue2 + "\"[^>]*checked");
        var none = page.postForm("/supervisor/reassign", PageSession.form("_csrf", csrf, "assignee", w2));
        assertThat(none.body()).contains("id=\"err-taskIds\"", "请至少勾选一项任务");
        assertThat(assigneeOf(overdue2)).isEqualTo(w1);
        String fresh = taskOf(startCase(PUDONG));
        var ok = page.postForm("/supervisor/reassign", PageSession.form("_csrf", csrf, "taskIds", fresh,
                "assignee", w2));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(PageSession.location(ok)).endsWith("/supervisor");
        assertThat(assigneeOf(fresh)).isEqualTo(w2);
        reassign("supervisor", List.of(fresh), "inspector3");
        // in English: the same page in the bundle's English, a mistake beside its field too
        String english = page.get("/supervisor?lang=en").body();
        assertThat(english).contains("Supervision desk", "1 working day(s) over", "Workload per person",
                "Completed this week");
        var wrong = page.postForm("/supervisor/reassign", PageSession.form("_csrf", PageSession.token(english),
                "taskIds", overdue2, "assignee", "inspector-xuhui"));
        assertThat(wrong.body()).contains("id=\"err-assignee\"", "Only staff of the district can take its tasks");
        page.get("/supervisor?lang=zh");
    }

    @Test
    void the_extension_approvals_waiting_link_to_their_task() {
        ClockUtil.reset();
        Map<String, Object> complaint = new HashMap<>(Map.of("employerCreditCode", PUDONG_CO,
                "employerName", "上海示例科技有限公司", "workplaceDistrict", PUDONG, "leaveType", "BIRTH",
                "childBirthDate", "2026-03-10", "babies", 1, "violationDate", "2026-06-16",
                "facts", "本人李娜于2026年3月10日生育，公司只批准98天产假，拒绝60天生育假。", "request", "补足生育假",
                "daysGranted", 98));
        complaint.put("confidential", true);
        complaint.put("phone", "13800000000");
        var lodged = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", complaint);
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String caseNo = lodged.json().path("caseNo").asText();
        String triage = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("triage")
                .singleResult().getId();
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        var accepted = api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。")));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(204);
        var asked = api.as("inspector").post("/api/v1/complaints/" + caseNo + "/extension-request",
                Map.of("reason", "案情复杂，需调取单位近两年的考勤与请假审批记录。"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(204);
        String approval = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("approveExtension").singleResult().getId();

        var r = api.as("supervisor").get("/api/v1/supervisor/extension-approvals");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode item = null;
        for (JsonNode n : r.json().path("items")) {
            if (approval.equals(n.path("taskId").asText())) {
                item = n;
            }
        }
        assertThat(item).as("approval listed").isNotNull();
        assertThat(item.path("caseNo").asText()).isEqualTo(caseNo);
        assertThat(item.path("casePage").asText()).isEqualTo("/complaints/" + caseNo);
        assertThat(as(xuhuiLead).get("/api/v1/supervisor/extension-approvals").json().path("items")
                .findValuesAsText("taskId")).doesNotContain(approval);
        String html = new PageSession(port).login("supervisor", "demo").get("/supervisor").body();
        assertThat(html).contains("id=\"decide-" + approval + "\"", "href=\"/tasks/" + approval + "\"");
    }

    @Test
    void the_supervisors_home_shows_the_districts_open_work() {
        PageSession page = new PageSession(port).login("supervisor", "demo");
        String html = page.get("/").body();
        assertThat(html).contains("id=\"district-work\"", "id=\"district-sla-OVERDUE\"", "href=\"/supervisor\"",
                "id=\"nav-supervisor\"");
        String overdue = html.replaceAll("(?s).*id=\"district-sla-OVERDUE\">\\s*<span class=\"n\">(\\d+)<.*", "$1");
        assertThat(Long.parseLong(overdue)).isGreaterThanOrEqualTo(2);
        String inspectorHome = new PageSession(port).login("inspector", "demo").get("/").body();
        assertThat(inspectorHome).doesNotContain("id=\"district-work\"", "id=\"nav-supervisor\"");
    }
}
