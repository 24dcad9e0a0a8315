package org.ffw.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.complaint.LeaveType;
import org.ffw.inspection.InspectionCases.OpenInspection;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.ProcessDriver;
import org.ffw.support.RawStrings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An inspection case through the doors its users use: the employer's rows over REST (Idempotency-Key, each with the
 * statutory days) and through its report task's page (one row at a time, back to the task); who may read the case
 * and what each reads; bad rows 400 storing nothing. Pages in words: no codes, accounts or ISO times.
 */
class InspectionApiTest extends ApiTest {

    static final String PUDONG_CO = "91310115MA1H8R7C41";

    @Autowired
    ApplicationContext context;
    @Autowired
    InspectionCases cases;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        ClockUtil.reset();
    }

    String open() {
        return open("RANDOM");
    }

    /** A case drawn for this reason: RANDOM, ALL or risk-signal codes, comma-separated (as a campaign opens it). */
    String open(String why) {
        new ProcessDriver(context).user("supervisor");
        String caseNo = tx.execute(s -> cases.open(new OpenInspection(77_000L + System.nanoTime() % 1000,
                "2027年第一季度生育假落实专项检查", PUDONG_CO, "310115", List.of(LeaveType.MATERNITY, LeaveType.BIRTH),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30), List.of("inspector", "inspector2"), why)));
        SecurityContextHolder.clearContext();
        return caseNo;
    }

    static Map<String, Object> row(String name, String type, int granted) {
        Map<String, Object> r = new HashMap<>();
        r.put("employeeName", name);
        r.put("leaveType", type);
        r.put("childBirthDate", "2026-03-02");
        r.put("babies", 1);
        r.put("difficultBirth", false);
        r.put("daysGranted", granted);
        r.put("leaveFrom", "2026-03-02");
        r.put("leaveTo", LocalDate.of(2026, 3, 1).plusDays(granted).toString());
        return r;
    }

    int rows(String caseNo) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM inspection_leave_record WHERE case_no = ?", Integer.class,
                caseNo);
    }

    @Test
    void the_employer_reports_rows_each_checked_against_the_rules() {
        String caseNo = open();
        String base = "/api/v1/inspections/" + caseNo + "/leave-records";
        String key = UUID.randomUUID().toString();
        var added = api.as("employer").header("Idempotency-Key", key).post(base, row("李娜", "MATERNITY", 80));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("statutoryDays").asInt()).isEqualTo(98);
        assertThat(added.header("Location")).endsWith("/leave-records/" + added.json().path("id").asText());
        // the same request again is the same row
        var replay = api.as("employer").header("Idempotency-Key", key).post(base, row("李娜", "MATERNITY", 80));
        assertThat(replay.json().path("id")).isEqualTo(added.json().path("id"));
        assertThat(rows(caseNo)).isEqualTo(1);

        // bad rows: 400 naming the field, nothing stored
        var noName = row("", "BIRTH", 60);
        assertProblem(api.as("employer").post(base, noName), 400, "employeeName");
        assertProblem(api.as("employer").post(base, row("李娜", "NURSING", 60)), 400, "leaveType");
        assertProblem(api.as("employer").post(base, row("李娜", "HOLIDAY", 60)), 400);
        assertProblem(api.as("employer").post(base, row("李娜", "BIRTH", -1)), 400, "daysGranted");
        assertThat(rows(caseNo)).isEqualTo(1);
        // another employer, another district's inspector, the public: not theirs
        assertProblem(api.as("employer2").post(base, row("李娜", "BIRTH", 60)), 403);
        assertProblem(api.as("inspector-xuhui").get("/api/v1/inspections/" + caseNo), 403);
        assertThat(api.anonymous().get("/api/v1/inspections/" + caseNo).status()).isEqualTo(401);
        // the pair does not write the employer's report while it is due
        assertProblem(api.as("inspector").post(base, row("李娜", "BIRTH", 60)), 409);
        assertThat(rows(caseNo)).isEqualTo(1);

        JsonNode staff = api.as("inspector").get("/api/v1/inspections/" + caseNo).json();
        assertThat(staff.path("personsWithGap").asInt()).isEqualTo(1);
        assertThat(staff.path("totalGapDays").asInt()).isEqualTo(18);
        assertThat(staff.path("inspectors").findValuesAsText("username")).containsExactly("inspector", "inspector2");
        JsonNode employer = api.as("employer").get("/api/v1/inspections/" + caseNo).json();
        assertThat(employer.path("records").get(0).path("statutoryDays").asInt()).isEqualTo(98);
        assertThat(employer.has("inspectors")).isFalse();
        assertThat(employer.path("mayEdit").asBoolean()).isTrue();

        var removed = api.as("employer").delete(base + "/" + added.json().path("id").asText());
        assertThat(removed.status()).isEqualTo(204);
        assertThat(rows(caseNo)).isZero();
    }

    @Test
    void the_inspection_pages_read_in_english() {
        String caseNo = open("SUBSTANTIATED_COMPLAINT,REVOKED_CERTIFICATE");
        api.as("employer").post("/api/v1/inspections/" + caseNo + "/leave-records", row("王芳", "BIRTH", 30));
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("reportLeaveRecords").singleResult().getId();
        String[] data = {"王芳", "上海示例科技有限公司", "2027年第一季度生育假落实专项检查", caseNo, "张伟（浦东监察）",
                "陈静（浦东监察）", "赵敏（浦东监察科长）"};
        var employer = new org.ffw.support.EnglishPages(port).login("employer", "demo");
        String task = employer.get("/tasks/" + taskId).body();
        assertThat(task).contains("Report your leave records", "Add a row", "30 days", "60 days");
        assertThat(org.ffw.support.EnglishPages.chinese(task, data)).as("the report task in English").isEmpty();
        // another employer's accounts do not read it
        assertThat(new PageSession(port).login("employer2", "demo").get("/employer/inspections/" + caseNo)
                .statusCode()).isEqualTo(403);
        String own = employer.get("/employer/inspections/" + caseNo).body();
        assertThat(org.ffw.support.EnglishPages.chinese(own, data)).as("the employer's case page").isEmpty();
        String staff = new org.ffw.support.EnglishPages(port).login("inspector", "demo").get("/inspections/" + caseNo)
                .body();
        assertThat(staff).contains("Inspector pair", "Drawn by risk: a complaint substantiated",
                "Drawn by risk: a revoked", "Report due from the employer");
        assertThat(org.ffw.support.EnglishPages.chinese(staff, data)).as("the bureau's case page").isEmpty();
    }

    @Test
    void the_employer_adds_rows_on_its_report_task_page_and_the_pair_sees_each_gap() {
        String caseNo = open();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .taskDefinitionKey("reportLeaveRecords").singleResult().getId();
        var employer = new PageSession(port).login("employer", "demo");
        String page = employer.get("/tasks/" + taskId).body();
        assertThat(page).contains("id=\"record-form\"", "报送休假情况", "2027年第一季度生育假落实专项检查");
        String csrf = PageSession.token(page);
        var added = employer.postForm("/employer/inspections/" + caseNo + "/leave-records", PageSession.form(
                "employeeName", "王芳", "leaveType", "BIRTH", "childBirthDate", "2026-03-02", "babies", "1",
                "daysGranted", "30", "leaveFrom", "2026-05-11", "leaveTo", "2026-06-09", "back", "/tasks/" + taskId,
                "_csrf", csrf));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(PageSession.location(added)).endsWith("/tasks/" + taskId + "#leave-records");
        String after = employer.get("/tasks/" + taskId).body();
        assertThat(after).contains("王芳", "has-gap", "少给", "30 天", "60 天", "已添加一行");
        // a row that does not add up: back with the problem in words, nothing stored
        var bad = employer.postForm("/employer/inspections/" + caseNo + "/leave-records", PageSession.form(
                "employeeName", "", "leaveType", "BIRTH", "childBirthDate", "2026-03-02", "daysGranted", "x",
                "back", "/tasks/" + taskId, "_csrf", csrf));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(employer.get("/tasks/" + taskId).body()).contains("id=\"flash-error\"", "职工姓名", "实际给假天数");
        assertThat(rows(caseNo)).isEqualTo(1);

        String staff = new PageSession(port).login("inspector", "demo").get("/inspections/" + caseNo).body();
        String words = staff.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("<[^>]+>", " ");
        assertThat(words).contains("王芳", "少给", "张伟（浦东监察）", "陈静（浦东监察）", "随机抽取", "待单位报送");
        assertThat(staff).contains("has-gap");
        // the pair adds rows only once the report is in
        assertThat(staff).doesNotContain("id=\"record-form\"");
        assertThat(RawStrings.find(words)).isEmpty();
        String own = employer.get("/employer/inspections/" + caseNo).body();
        assertThat(own).contains("王芳", "id=\"record-form\"").doesNotContain("张伟");
        assertThat(employer.get("/employer/home").body()).contains(caseNo, "待本单位报送休假情况");
    }
}
