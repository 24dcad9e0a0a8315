package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worktable pages without a browser, on the test-only process bpmn/test/worktable-test.bpmn (its form
 * test-review has every field type): who may open a task, the form rendered on the server, claim, completion with
 * errors shown next to the fields, bulk claim, assignment, internal notes.
 */
class WorktablePagesTest extends ApiTest {

    static final String PUDONG_CO = "91310115MA1H8R7C41";

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;

    String startCase(String district) {
        String caseNo = "WT-" + UUID.randomUUID().toString().substring(0, 8);
        runtime.startProcessInstanceByKey("worktable-test", caseNo, Map.of("district", district,
                "employerCreditCode", PUDONG_CO, "complainant", "employee"));
        return caseNo;
    }

    String taskOf(String caseNo) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
    }

    static String post(PageSession s, String path, String page, String... pairs) {
        String[] all = java.util.Arrays.copyOf(pairs, pairs.length + 2);
        all[pairs.length] = "_csrf";
        all[pairs.length + 1] = PageSession.csrf(page);
        var r = s.postForm(path, PageSession.form(all));
        assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(302, 400);
        return r.statusCode() == 302 ? PageSession.location(r) : r.body();
    }

    /** The count on a tab of the queue page. */
    static long count(String page, String tab) {
        var m = java.util.regex.Pattern.compile("id=\"tab-" + tab + "\"[^>]*>\\s*<span>[^<]*</span>\\s*<span class=\"count\">(\\d+)<")
                .matcher(page);
        assertThat(m.find()).as("tab " + tab).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void the_task_page_renders_the_form_on_the_server_and_asks_to_claim_first() {
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        var s = new PageSession(port).login("inspector", "demo");
        var r = s.get("/tasks/" + id);
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("Review the case").contains(caseNo).contains("请先认领").contains("id=\"claim\"")
                .contains("<h3>测试审查</h3>")
                .contains("type=\"radio\" name=\"decision\" value=\"ACCEPT\"").contains("受理")
                .contains("data-hide-field=\"decision\" data-hide-op=\"=\" data-hide-value=\"ACCEPT\"")
                .contains("name=\"reason\"").contains("type=\"number\"").contains("name=\"days\"")
                .contains("<select id=\"f-kind\" name=\"kind\"").contains("生育假")
                .contains("type=\"date\"").contains("name=\"deadline\"")
                .contains("type=\"checkbox\"").contains("name=\"urgent\"").contains("name=\"phone\"")
                .contains("<legend>附加</legend>").contains("name=\"flags\" value=\"B\"")
                .doesNotContain("id=\"task-form\""); // not claimed: a preview only
        assertThat(html).contains("id=\"comments\"").doesNotContain("Exception");
    }

    @Test
    void claim_then_a_bad_submission_shows_errors_next_to_the_fields_and_changes_nothing() {
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        var s = new PageSession(port).login("inspector", "demo");
        String page = s.get("/tasks?view=group&caseNo=" + caseNo).body();
        assertThat(page).contains("id=\"task-" + id + "\"").contains("认领");
        assertThat(post(s, "/tasks/" + id + "/claim", page)).isEqualTo("/tasks/" + id);
        String task = s.get("/tasks/" + id).body();
        assertThat(task).contains("已认领，请办理").contains("id=\"task-form\"").contains("id=\"unclaim\"");
        assertThat(s.get("/tasks?view=mine").body()).contains("id=\"task-" + id + "\"");

        String bad = post(s, "/tasks/" + id + "/complete", task, "decision", "REJECT", "reason", "太短", "days", "45",
                "kind", "MATERNITY", "deadline", "2026-10-13", "_present_urgent", "on", "urgent", "true",
                "phone", "12345", "flags", "A");
        assertThat(bad).contains("id=\"err-reason\"").contains("至少填写 5 个字").contains("id=\"err-days\"")
                .contains("不能大于 30").contains("id=\"err-phone\"").contains("格式不正确")
                .contains("提交未成功，请修正以下 3 处问题").contains(">理由</a>")
                .containsPattern("value=\"REJECT\"[^>]*checked").contains("太短").contains("value=\"45\"")
                .contains("value=\"2026-10-13\"").contains("value=\"12345\"")
                .doesNotContain("Exception", "at org.");
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector");
        assertThat(runtime.getVariable(tasks.createTaskQuery().taskId(id).singleResult().getProcessInstanceId(),
                "decision")).isNull();

        String done = post(s, "/tasks/" + id + "/complete", task, "decision", "REJECT",
                "reason", "不属于受理范围的事项。", "_present_urgent", "on", "flags", "A", "flags", "B");
        assertThat(done).isEqualTo("/tasks");
        assertThat(s.get("/tasks").body()).contains("已办结：Review the case（" + caseNo + "）")
                .doesNotContain("id=\"task-" + id + "\"");
        var variables = history.createHistoricVariableInstanceQuery().processInstanceId(
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId());
        assertThat(variables.variableName("decision").singleResult().getValue()).isEqualTo("REJECT");
        assertThat(variables.variableName("urgent").singleResult().getValue()).isEqualTo(false);
        assertThat(variables.variableName("flags").singleResult().getValue()).asString().contains("A", "B");

        var gone = s.get("/tasks/" + id);
        assertThat(gone.statusCode()).isEqualTo(409);
        assertThat(gone.body()).contains("操作未完成").contains("already been completed");
    }

    @Test
    void a_hidden_field_is_not_required() {
        String id = taskOf(startCase("310115"));
        var s = new PageSession(port).login("inspector", "demo");
        String page = s.get("/tasks/" + id).body();
        post(s, "/tasks/" + id + "/claim", page);
        // reason is hidden when decision = "ACCEPT"; the server agrees
        assertThat(post(s, "/tasks/" + id + "/complete", page, "decision", "ACCEPT", "_present_urgent", "on"))
                .isEqualTo("/tasks");
    }

    @Test
    void who_may_open_a_task_page() {
        String id = taskOf(startCase("310115"));
        for (String outsider : new String[] {"inspector-xuhui", "union", "employer", "employee"}) {
            var r = new PageSession(port).login(outsider, "demo").get("/tasks/" + id);
            assertThat(r.statusCode()).as(outsider).isEqualTo(403);
            assertThat(r.body()).contains("无权访问").doesNotContain("Exception", "at org.");
        }
        var none = new PageSession(port).login("inspector", "demo").get("/tasks/no-such-task");
        assertThat(none.statusCode()).isEqualTo(404);
        assertThat(none.body()).contains("未找到");
        // the district supervisor may look, and sees the assign form
        var supervisor = new PageSession(port).login("supervisor", "demo").get("/tasks/" + id);
        assertThat(supervisor.statusCode()).isEqualTo(200);
        assertThat(supervisor.body()).contains("id=\"assign-form\"").contains("<option value=\"inspector2\"");
    }

    @Test
    void tabs_counts_filters_and_bulk_claim() {
        String caseA = startCase("310115");
        String caseB = startCase("310115");
        String a = taskOf(caseA);
        String b = taskOf(caseB);
        var s = new PageSession(port).login("inspector2", "demo");
        String group = s.get("/tasks?view=group&process=worktable-test&sla=ON_TRACK").body();
        assertThat(group).contains("id=\"tab-mine\"").contains("id=\"tab-group\"").doesNotContain("id=\"tab-district\"")
                .contains("aria-current=\"page\"").contains(caseA).contains(caseB);
        assertThat(s.get("/tasks?view=group&caseNo=" + caseA).body()).contains(caseA).doesNotContain(caseB);
        assertThat(count(group, "group")).isGreaterThanOrEqualTo(2);
        assertThat(s.get("/tasks?view=escalated").statusCode()).as("supervisors only").isEqualTo(403);

        assertThat(post(s, "/tasks/claim", group, "ids", a, "ids", b, "ids", "no-such-task"))
                .isEqualTo("/tasks?view=mine");
        String mine = s.get("/tasks?view=mine").body();
        assertThat(count(mine, "mine")).isGreaterThanOrEqualTo(2);
        assertThat(mine).contains("已认领 2 项任务").contains("1 项未能认领").contains("任务不存在")
                .contains("id=\"task-" + a + "\"").contains("id=\"task-" + b + "\"");
        assertThat(post(s, "/tasks/claim", mine)).isEqualTo("/tasks?view=group");

        // somebody else's: a message, not an error page
        var other = new PageSession(port).login("inspector", "demo");
        String page = other.get("/tasks").body();
        assertThat(post(other, "/tasks/" + a + "/claim", page)).isEqualTo("/tasks?view=group");
        assertThat(other.get("/tasks?view=group").body()).contains("未能认领：此任务已被他人认领或已办结");

        var supervisor = new PageSession(port).login("supervisor", "demo");
        String district = supervisor.get("/tasks?view=district&caseNo=" + caseA).body();
        assertThat(district).contains("id=\"tab-escalated\"").contains("id=\"tab-district\"").contains(caseA)
                .contains("陈静（浦东监察）");
        assertThat(count(district, "district")).as("the tab counts what it lists").isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_supervisor_assigns_and_staff_leave_internal_notes() {
        String caseNo = startCase("310115");
        String id = taskOf(caseNo);
        var supervisor = new PageSession(port).login("supervisor", "demo");
        String page = supervisor.get("/tasks/" + id).body();
        assertThat(post(supervisor, "/tasks/" + id + "/assign", page, "userId", "inspector2")).isEqualTo("/tasks/" + id);
        assertThat(supervisor.get("/tasks/" + id).body()).contains("已指派给 陈静（浦东监察） · 劳动监察员");
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo("inspector2");
        post(supervisor, "/tasks/" + id + "/assign", page, "userId", "inspector-xuhui");
        assertThat(supervisor.get("/tasks/" + id).body()).contains("未能指派：该用户不能办理此任务");

        var inspector = new PageSession(port).login("inspector2", "demo");
        String task = inspector.get("/tasks/" + id).body();
        assertThat(task).contains("id=\"comments\"").contains("暂无内部意见");
        post(inspector, "/tasks/" + id + "/comments", task, "body", "<script>alert(1)</script> 请核实考勤");
        String after = inspector.get("/tasks/" + id).body();
        assertThat(after).contains("&lt;script&gt;alert(1)&lt;/script&gt; 请核实考勤").doesNotContain("<script>alert");
        post(inspector, "/tasks/" + id + "/comments", task, "body", " ");
        assertThat(inspector.get("/tasks/" + id).body()).contains("id=\"err-body\"").contains("此项必填");
        // released back to the group
        assertThat(post(inspector, "/tasks/" + id + "/unclaim", task)).isEqualTo("/tasks/" + id);
        assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isNull();
    }

    @Test
    void the_home_page_shows_the_callers_task_counts() {
        startCase("310115");
        String home = new PageSession(port).login("inspector", "demo").get("/").body();
        assertThat(home).contains("我的待办").contains("id=\"count-group\"").contains("正常").contains("临期")
                .contains("逾期").contains("href=\"/tasks\"").contains("投诉案件");
        String admin = new PageSession(port).login("admin", "demo").get("/").body();
        assertThat(admin).doesNotContain("我的待办").doesNotContain("id=\"nav-tasks\"").contains("Cockpit");
        String employee = new PageSession(port).login("employee", "demo").get("/").body();
        assertThat(employee).contains("id=\"nav-my-complaints\"").contains("id=\"nav-new-complaint\"")
                .doesNotContain("id=\"nav-employer-complaints\"");
        // an employer's home is its home across procedures (/ sends it there: portal.PortalPagesTest)
        String employer = new PageSession(port).login("employer", "demo").get("/employer/home").body();
        assertThat(employer).contains("id=\"nav-employer-complaints\"").contains("id=\"nav-tasks\"")
                .doesNotContain("id=\"nav-new-complaint\"");
    }
}
