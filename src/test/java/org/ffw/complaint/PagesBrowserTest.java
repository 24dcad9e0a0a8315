package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.BrowserTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 9, "Users read words": every role's pages in a real Chromium — the complainant, the inspector, the employer,
 * the supervisor and the union reviewer — with what they stumbled on: the queue opens on the tab that has work and
 * comes back there after a completion; the timeline says decisions with the form's own labels and people by name and
 * role; a due date that cannot be counted yet says why and is never a green 正常, and the home page's SLA cards count
 * what the queue lists; validation is said in Chinese only, and a wrong check character is not corrected for the
 * user. {@link BrowserTest} checks every page visited for account names, group ids, code names and ISO timestamps,
 * and every screenshot for sideways scrolling at 375 px.
 */
class PagesBrowserTest extends BrowserTest {

    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkCalendarService calendars;

    /** A case whose tasks have no due date: not left in everyone's queue for the other tests. */
    String withoutDueDate;

    @AfterEach
    void restore() {
        ClockUtil.reset();
        TestCalendars.forget(jdbc, 2036);
        if (withoutDueDate != null) {
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(withoutDueDate).list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test"));
        }
    }

    /** A union reviewer of Pudong with nothing assigned yet: the queue's "mine" is surely empty. */
    String freshUnionReviewer() {
        String username = "union-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new UserService.NewAccount(username, "demo", "吴芳（浦东总工会）", Set.of(Role.UNION_REVIEWER),
                "310115", null, null, null, null), true);
        return username;
    }

    String currentTab() {
        return find(By.cssSelector(".tabs a[aria-current=page]")).getAttribute("id");
    }

    /** The inspector accepts the case through the API; the employer's and the union's tasks open. */
    void accept(String caseNo) {
        String triage = Complaints.taskId(tasks, caseNo, "triage");
        api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null);
        var done = api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。")));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    @Test
    void the_union_reviewer_lands_on_the_tab_with_work_and_comes_back_there_after_a_completion() {
        String caseNo = Complaints.lodge(api);
        accept(caseNo);
        accept(Complaints.lodge(api)); // a second case: work left to claim once the first is done
        String id = Complaints.taskId(tasks, caseNo, "unionOpinion");
        String reviewer = freshUnionReviewer();

        login(reviewer);
        screenshot("home-union");
        clickAndWait(By.id("nav-tasks"));
        assertThat(currentTab()).as("nothing assigned yet: the queue opens on 待认领").isEqualTo("tab-group");
        type(By.id("filter-caseNo"), caseNo);
        clickAndWait(By.id("filter-submit"));
        WebElement row = find(By.id("task-" + id));
        assertThat(row.getText()).contains("工会监督意见").contains("休假权益投诉").contains("正常")
                .contains("未认领（浦东新区总工会）");
        screenshot("union-queue");

        clickAndWait(By.id("claim-" + id));
        assertThat(find(By.id("task-assignee")).getText()).isEqualTo("我");
        // with a task of its own the queue opens on 我的
        open("/tasks");
        assertThat(currentTab()).isEqualTo("tab-mine");
        open("/tasks/" + id);
        find(By.cssSelector("input[name=unionPosition][value=SUPPORT_COMPLAINT]")).click();
        type(By.id("f-unionOpinion"), "工会认为单位应依法补足职工生育假。");
        find(By.id("f-supervisionLetterIssued")).click();
        screenshot("union-task");
        clickAndWait(By.id("complete"));

        assertThat(browser.getCurrentUrl()).endsWith("/tasks");
        assertThat(find(By.id("notice")).getText()).contains("已办结").contains(caseNo);
        assertThat(currentTab()).as("its own work done: back on 待认领, where the work is").isEqualTo("tab-group");
        assertThat(pageText()).doesNotContain(reviewer);
        screenshot("union-after-completion");

        // the timeline in words: the decision with the form's labels, the reviewer by name and role
        login("inspector");
        open("/complaints/" + caseNo);
        String timeline = find(By.id("timeline")).getText();
        assertThat(timeline).contains("意见：支持投诉人诉求").contains("已向用人单位发出《工会劳动法律监督意见书》：是")
                .contains("吴芳（浦东总工会） · 工会审查员").contains("受理决定：受理并立案")
                .contains("工会意见：支持投诉人诉求（已发出工会劳动法律监督意见书）")
                .doesNotContain("unionPosition", "=", reviewer, "claimed by");
        // open tasks say who holds them by what the group is
        // (the employer's only account holds its task already)
        assertThat(find(By.id("open-tasks")).getText()).contains("上海示例科技有限公司 · 用人单位")
                .contains("未认领（浦东新区劳动监察）");
        screenshot("inspector-case-after-union");
    }

    @Test
    void the_employer_sees_its_own_group_as_本单位_and_actors_as_roles() {
        String caseNo = Complaints.lodge(api);
        accept(caseNo);
        String id = Complaints.taskId(tasks, caseNo, "employerResponse");

        login("employer");
        screenshot("home-employer");
        open("/tasks/" + id);
        // its only account holds the task already: nothing to claim
        assertThat(find(By.id("task-assignee")).getText()).isEqualTo("我");
        assertThat(findAll(By.id("claim"))).isEmpty();
        assertThat(find(By.id("timeline")).getText()).contains("劳动监察员").doesNotContain("张伟");
        screenshot("employer-task");
        find(By.cssSelector("input[name=employerPosition][value=WILL_CORRECT]")).click();
        type(By.id("f-statement"), "本单位将依法补足职工生育假。");
        clickAndWait(By.id("complete"));
        assertThat(find(By.id("notice")).getText()).contains("已办结");
        open("/employer/complaints/" + caseNo);
        assertThat(find(By.id("timeline")).getText()).contains("用人单位").doesNotContain("上海示例科技有限公司 ·");
        screenshot("employer-complaint-after-response");
    }

    @Test
    void a_due_date_that_cannot_be_counted_yet_says_why_and_the_home_page_counts_what_the_queue_lists() {
        // accepted on 20 November 2035: the 60 working days of the investigation run into 2036, a year beyond the
        // table of statutory holidays and not loaded — the investigation has no date yet, nor has its task
        TestCalendars.ensureLoaded(calendars, 2035);
        TestCalendars.forget(jdbc, 2036);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2035-11-20T02:00:00Z")));
        String caseNo = Complaints.lodge(api);
        withoutDueDate = caseNo;
        accept(caseNo);
        String investigate = Complaints.taskId(tasks, caseNo, "investigate");
        assertThat(tasks.createTaskQuery().taskId(investigate).singleResult().getDueDate()).isNull();

        login("inspector");
        open("/tasks?view=all&caseNo=" + caseNo);
        String row = find(By.id("task-" + investigate)).getText();
        assertThat(row).contains("待计算").contains("待节假日安排载入后计算").doesNotContain("正常");
        screenshot("inspector-queue-no-due-date");
        open("/tasks/" + investigate);
        assertThat(find(By.id("task-sla")).getText()).isEqualTo("待计算");
        assertThat(find(By.id("task-facts")).getText()).contains("待节假日安排载入后计算");
        open("/complaints/" + caseNo);
        assertThat(find(By.id("case-progress")).getText()).contains("调查期限").contains("待计算（待节假日安排载入后计算）");

        // every SLA card of the home page lists exactly its count in the queue it links to
        open("/");
        assertThat(findAll(By.id("sla-NO_DUE_DATE"))).hasSize(1);
        screenshot("home-inspector-no-due-date");
        for (String sla : new String[] {"ON_TRACK", "AT_RISK", "OVERDUE", "NO_DUE_DATE"}) {
            open("/");
            String n = find(By.cssSelector("#sla-" + sla + " .n")).getText();
            clickAndWait(By.id("sla-" + sla));
            assertThat(find(By.id("total")).getText()).as(sla).isEqualTo(n);
        }

        login("employee");
        open("/complaints/" + caseNo);
        assertThat(find(By.id("case-progress")).getText()).contains("调查期限").contains("待计算（待节假日安排载入后计算）");
        screenshot("complaint-mine-no-due-date");
    }

    @Test
    void the_lodging_form_explains_problems_in_chinese_only_and_never_corrects_a_check_character() {
        login("employee");
        clickAndWait(By.id("nav-new-complaint"));
        type(By.id("f-phone"), "12345");
        type(By.id("f-employerName"), "上海示例科技有限公司");
        type(By.id("f-employerCreditCode"), "91310115MA1H8R7C40"); // the right check character is '1'
        select(By.id("f-workplaceDistrict"), "310115");
        select(By.id("f-leaveType"), "BIRTH");
        setValue(By.id("f-violationDate"), "2026-06-16");
        type(By.id("f-facts"), "太短");
        clickAndWait(By.id("lodge-submit"));

        String code = find(By.id("err-employerCreditCode")).getText();
        assertThat(code).contains("统一社会信用代码不正确").doesNotContainPattern("[A-Za-z]").doesNotContain("1");
        assertThat(find(By.id("err-facts")).getText()).isEqualTo("长度应在 10 至 4000 个字之间");
        assertThat(find(By.id("err-phone")).getText()).isEqualTo("应为 11 位手机号码");
        assertThat(find(By.id("error-summary")).getText()).doesNotContainPattern("[A-Za-z]{3,}");
        assertThat(findAll(By.cssSelector(".field-error small"))).isEmpty();
        screenshot("complaint-new-errors");
    }

    @Test
    void the_supervisor_home_login_and_error_pages_read_as_words() {
        String caseNo = Complaints.lodge(api);
        accept(caseNo);
        String employerTask = Complaints.taskId(tasks, caseNo, "employerResponse");
        String investigate = Complaints.taskId(tasks, caseNo, "investigate");
        login("supervisor");
        screenshot("home-supervisor");
        open("/tasks?view=district&caseNo=" + caseNo);
        // the district's tasks of other groups are there to look at and assign, not to claim
        assertThat(find(By.id("task-" + employerTask)).getText()).contains("上海示例科技有限公司 · 用人单位")
                .contains("查看");
        assertThat(findAll(By.id("claim-" + employerTask))).isEmpty();
        assertThat(findAll(By.id("claim-" + investigate))).isEmpty();
        assertThat(find(By.id("task-" + investigate)).getText()).contains("未认领（浦东新区劳动监察）");
        screenshot("supervisor-queue-district");
        open("/tasks/no-such-task");
        assertThat(find(By.id("error-title")).getText()).isEqualTo("未找到");
        screenshot("error-not-found");
        browser.manage().deleteAllCookies();
        open("/login");
        screenshot("login");
    }
}
