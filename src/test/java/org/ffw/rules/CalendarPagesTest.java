package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.timeline.Visibility;
import org.ffw.support.ApiTest;
import org.ffw.support.EnglishPages;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.ffw.worktable.CaseDeadlines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's calendar page /admin/calendar: a preview validated as the API validates (the count, the blocks,
 * the make-up days, the provisional deadline that will move, counted on the preview without storing it); a bad
 * schedule is a 400 with the problems beside their input and nothing stored; loading stores it and moves the
 * deadline; only an administrator gets the page. Year 2029 (TEST FIXTURE schedule, not the State Council's), unloaded
 * before and after.
 */
class CalendarPagesTest extends ApiTest {

    static final int YEAR = 2029;
    static final String CASE = "LC-2097-700001";
    static final CaseDeadlines.Kind KIND = new CaseDeadlines.Kind("calendarPageTest", "测试期限", Visibility.STAFF,
            "TEST_DEADLINE");

    /** 2029-01-01 is a Monday: New Year's Day, Tuesday 2 January an adjusted rest day, Sunday 7 January worked. */
    static final String SCHEDULE = """
            {"source": "测试用安排（TEST FIXTURE，非国务院办公厅通知）",
             "days": [
               {"date": "2029-01-01", "kind": "STATUTORY_HOLIDAY", "name": "元旦"},
               {"date": "2029-01-02", "kind": "ADJUSTED_REST", "name": "元旦"},
               {"date": "2029-01-07", "kind": "ADJUSTED_WORKDAY", "name": "元旦"},
               {"date": "2029-05-01", "kind": "STATUTORY_HOLIDAY", "name": "劳动节"},
               {"date": "2029-05-02", "kind": "STATUTORY_HOLIDAY", "name": "劳动节"}
             ]}""";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseRegistry registry;
    @Autowired
    CaseDeadlines caseDeadlines;
    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void provisional2029AndACaseCountedAcrossIt() {
        TestCalendars.forget(jdbc, YEAR);
        TestCalendars.forget(jdbc, YEAR - 1); // no test loads 2028: make sure, the deadline is counted across it
        jdbc.update("DELETE FROM case_deadline WHERE case_no = ?", CASE);
        jdbc.update("DELETE FROM case_registry WHERE case_no = ?", CASE);
        tx.executeWithoutResult(s -> {
            registry.open(new NewCase(CASE, Procedure.LEAVE_COMPLAINT, "310115", null, null, "SUBMITTED",
                    "工作日历页面测试", false, null));
            // Thursday 28 December 2028 + 3 working days: Fri 29, (Mon 1 Jan holiday), Tue 2, Wed 3 January 2029
            assertThat(caseDeadlines.set(CASE, KIND, LocalDate.of(2028, 12, 28), 3).date())
                    .isEqualTo(LocalDate.of(2029, 1, 3));
        });
    }

    @AfterEach
    void cleanUp() {
        TestCalendars.forget(jdbc, YEAR);
        jdbc.update("DELETE FROM case_deadline WHERE case_no = ?", CASE);
        tx.executeWithoutResult(s -> registry.close(CASE, "CLOSED"));
    }

    private PageSession admin() {
        return new PageSession(port).login("admin", "demo");
    }

    @Test
    void the_page_offers_the_year_with_its_statutory_holidays_filled_in() {
        var r = admin().get("/admin/calendar?year=" + YEAR);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("工作日历", "id=\"nav-admin-calendar\"", "value=\"" + YEAR + "\"",
                "&quot;date&quot;: &quot;2029-02-13&quot;, &quot;kind&quot;: &quot;STATUTORY_HOLIDAY&quot;",
                "id=\"years\"", "id=\"year-2026\"");
    }

    @Test
    void a_preview_shows_the_count_the_blocks_and_the_deadline_that_will_move_and_stores_nothing() {
        PageSession admin = admin();
        String csrf = PageSession.csrf(admin.get("/admin/calendar").body());
        var r = admin.postForm("/admin/calendar/preview", PageSession.form("_csrf", csrf, "year", "2029",
                "schedule", SCHEDULE));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        int expected = WorkCalendar.of(java.util.List.of(YEAR), java.util.List.of(
                new CalendarDay(LocalDate.of(2029, 1, 1), DayKind.STATUTORY_HOLIDAY, null),
                new CalendarDay(LocalDate.of(2029, 1, 2), DayKind.ADJUSTED_REST, null),
                new CalendarDay(LocalDate.of(2029, 1, 7), DayKind.ADJUSTED_WORKDAY, null),
                new CalendarDay(LocalDate.of(2029, 5, 1), DayKind.STATUTORY_HOLIDAY, null),
                new CalendarDay(LocalDate.of(2029, 5, 2), DayKind.STATUTORY_HOLIDAY, null))).workingDaysIn(YEAR);
        String body = r.body();
        assertThat(body).contains("2029 年节假日安排（预览，尚未载入）", expected + " 天",
                // 30 Dec (Sun) is 2028: the block is counted inside 2029, from Monday 1 to Tuesday 2
                "元旦：2029-01-01（星期一）至 2029-01-02（星期二）放假，共 2 天，其中法定节假日 1 天",
                "劳动节：2029-05-01（星期二）至 2029-05-02（星期三）放假，共 2 天，其中法定节假日 2 天",
                "2029-01-07（星期日）上班 元旦",
                CASE, "测试期限", "2029-01-03", "2029-01-04", "id=\"load-submit\"");
        assertThat(body).doesNotContain("STATUTORY_HOLIDAY</li>", "T00:00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM work_calendar_year WHERE cal_year = ?", Integer.class,
                YEAR)).isZero();
        assertThat(caseDeadlines.of(CASE).get(KIND.name()).date()).isEqualTo(LocalDate.of(2029, 1, 3));
    }

    @Test
    void an_open_task_due_in_working_days_across_the_year_is_listed_with_its_date_after_loading() {
        String task = "calendar-page-test-task";
        jdbc.update("DELETE FROM task_view WHERE task_id = ?", task);
        // created Thursday 28 December 2028 (10:00 Shanghai), due ${workingDays.due(3)}: Wednesday 3 January 2029
        jdbc.update("INSERT INTO task_view (task_id, process_instance_id, process_key, task_key, name, case_no, "
                + "created_at, due_at, due_provisional, due_working_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, TRUE, 3)",
                task, "calendar-page-test", "leave-complaint", "triage", "triage", CASE,
                java.sql.Timestamp.from(java.time.Instant.parse("2028-12-28T02:00:00Z")),
                java.sql.Timestamp.from(WorkingDays.endOfDay(LocalDate.of(2029, 1, 3))));
        try {
            PageSession admin = admin();
            String csrf = PageSession.csrf(admin.get("/admin/calendar").body());
            String body = admin.postForm("/admin/calendar/preview", PageSession.form("_csrf", csrf, "year", "2029",
                    "schedule", SCHEDULE)).body();
            // the task by its name in words, with the case deadline of the same case
            assertThat(body).contains("受理审查", "测试期限");
            assertThat(body.split("受理审查")[1]).contains("2029-01-03", "2029-01-04");
        } finally {
            jdbc.update("DELETE FROM task_view WHERE task_id = ?", task);
        }
    }

    @Test
    void the_page_reads_in_english() {
        EnglishPages en = new EnglishPages(port).login("admin", "demo");
        String page = en.get("/admin/calendar?year=" + YEAR).body();
        String csrf = PageSession.csrf(page);
        String preview = en.postForm("/admin/calendar/preview", PageSession.form("_csrf", csrf, "year", "2029",
                "schedule", SCHEDULE)).body();
        assertThat(preview).contains("Holiday schedule 2029 (preview, not loaded)",
                "off from 1 Jan 2029 (Monday) to 2 Jan 2029 (Tuesday), 2 days, 1 of them statutory holidays",
                "Load the holiday schedule of 2029").doesNotContain("admin.calendar.");
        // the loaded years' notices are data, in Chinese
        String words = preview.replaceAll("(?s)<section aria-labelledby=\"years-title\">.*?</section>", "");
        assertThat(EnglishPages.chinese(words, "测试用安排（TEST FIXTURE，非国务院办公厅通知）", "元旦", "劳动节", "春节",
                "工作日历页面测试", "测试期限", "国庆节", "清明节", "端午节", "中秋节")).isEmpty();
        String bad = en.postForm("/admin/calendar/preview", PageSession.form("_csrf", csrf, "year", "2029",
                "schedule", SCHEDULE.replace("2029-01-07", "2029-01-08"))).body();
        assertThat(bad).contains("Kind of entry 3 (days[2].kind)",
                "is a Monday: only a Saturday or Sunday can be a make-up working day");
    }

    @Test
    void a_schedule_uploaded_as_a_file_is_previewed_the_same() {
        PageSession admin = admin();
        String csrf = PageSession.csrf(admin.get("/admin/calendar").body());
        var r = admin.postFile("/admin/calendar/preview?year=2029", csrf, "2029.json", "application/json",
                SCHEDULE.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("2029 年节假日安排（预览，尚未载入）", "2029-01-07（星期日）上班");
    }

    @Test
    void a_bad_schedule_is_a_400_with_each_problem_beside_its_input_and_nothing_is_stored() {
        PageSession admin = admin();
        String csrf = PageSession.csrf(admin.get("/admin/calendar").body());
        String bad = """
                {"source": "",
                 "days": [
                   {"date": "2029-01-01", "kind": "STATUTORY_HOLIDAY", "name": "元旦"},
                   {"date": "2029-01-03", "kind": "ADJUSTED_WORKDAY"},
                   {"date": "2029-01-06", "kind": "ADJUSTED_REST"},
                   {"date": "2030-01-01", "kind": "STATUTORY_HOLIDAY"},
                   {"date": "2029-01-01", "kind": "STATUTORY_HOLIDAY"}
                 ]}""";
        var r = admin.postForm("/admin/calendar/preview", PageSession.form("_csrf", csrf, "year", "2029",
                "schedule", bad));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"error-summary\"", "请修正以下 5 处",
                "data-field=\"source\"", "请填写通知的名称和文号",
                "data-field=\"days[1].kind\"", "第 2 项的类型（days[1].kind）",
                "2029-01-03 是星期三：只有星期六或星期日才能调休上班",
                "data-field=\"days[2].kind\"", "2029-01-06 是星期六，本来就休息",
                "data-field=\"days[3].date\"", "2030-01-01 不在 2029 年内",
                "data-field=\"days[4].date\"", "2029-01-01 重复列出")
                .doesNotContain("id=\"preview\"", "id=\"load-submit\"", "填写有误");
        // the API says the same of the same body
        assertProblem(api.as("admin").put("/api/v1/calendar/2029", bad), 400, "source", "days[1].kind",
                "days[2].kind", "days[3].date", "days[4].date");

        var broken = admin.postForm("/admin/calendar/preview", PageSession.form("_csrf", csrf, "year", "二〇二九",
                "schedule", "{\"source\": \"x\", \"days\": [{\"date\": \"2029-13-01\", \"kind\": \"HOLIDAY\"}]}"));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("请填写四位数的年份", "days[0].date", "日期格式应为 年-月-日");
        var notJson = admin.postForm("/admin/calendar/preview", PageSession.form("_csrf", csrf, "year", "2029",
                "schedule", "{\"source\": \"x\", \"days\": [}"));
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).contains("不是有效的 JSON（第 1 行");
        var loadBad = admin.postForm("/admin/calendar/load", PageSession.form("_csrf", csrf, "year", "2029",
                "schedule", bad));
        assertThat(loadBad.statusCode()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM work_calendar_year WHERE cal_year = ?", Integer.class,
                YEAR)).isZero();
    }

    @Test
    void loading_stores_the_year_lists_it_and_moves_the_deadline() {
        PageSession admin = admin();
        String csrf = PageSession.csrf(admin.get("/admin/calendar").body());
        var r = admin.postForm("/admin/calendar/load", PageSession.form("_csrf", csrf, "year", "2029",
                "schedule", SCHEDULE));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(PageSession.location(r)).startsWith("/admin/calendar");
        String page = admin.get("/admin/calendar").body();
        assertThat(page).contains("2029 年节假日安排已载入", "id=\"year-2029\"", "测试用安排（TEST FIXTURE");
        assertThat(api.get("/api/v1/calendar/2029").json().path("provisional").asBoolean()).isFalse();
        assertThat(caseDeadlines.of(CASE).get(KIND.name()).date()).isEqualTo(LocalDate.of(2029, 1, 4));
        // still provisional: Friday 29 December 2028 was counted, and 2028 is not loaded in this test
        assertThat(caseDeadlines.of(CASE).get(KIND.name()).provisional()).isTrue();
    }

    @Test
    void only_an_administrator_gets_the_page() {
        for (String user : new String[] {"inspector", "supervisor", "employee"}) {
            PageSession s = new PageSession(port).login(user, "demo");
            assertThat(s.get("/admin/calendar").statusCode()).as(user).isEqualTo(403);
            String csrf = PageSession.csrf(s.get("/").body());
            assertThat(s.postForm("/admin/calendar/load", PageSession.form("_csrf", csrf, "year", "2029",
                    "schedule", SCHEDULE)).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(new PageSession(port).get("/admin/calendar").statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM work_calendar_year WHERE cal_year = ?", Integer.class,
                YEAR)).isZero();
    }
}
