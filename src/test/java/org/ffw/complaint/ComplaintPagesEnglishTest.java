package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.ffw.platform.Shanghai;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.EnglishPages;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The complaint pages for a reader whose browser asks for English: the inspector's case page and the case on a task
 * page, the employer's list, case page and task, the report form and its receipt, the public status of a complaint and
 * the pages' notices — English words and no Chinese besides what people entered (names, facts, the allegation) and
 * what the server writes in Chinese whatever the language (the entitlement's basis, the tasks' names).
 */
class ComplaintPagesEnglishTest extends ApiTest {

    static final String ALLEGATION = "职工反映：单位未依法给予60天生育假。";

    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    ComplaintFines fines;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    /** The case block of a task page (cases/leave-complaint.html :: details), without the task's form. */
    static String caseSection(String html) {
        int from = html.indexOf("id=\"case-section\"");
        int to = html.indexOf("id=\"task-form-section\"");
        assertThat(from).as("the task page has its case").isPositive();
        return html.substring(from, to > from ? to : html.length());
    }

    /** The tasks' names (written in Chinese by the process, translated elsewhere) in the list of open tasks. */
    static String withoutTaskNames(String html) {
        return html.replaceAll("<a href=\"/tasks/[^\"]*\">[^<]*</a>", "");
    }

    /** A page as read: its apostrophes (escaped by Thymeleaf) as they are. */
    static String read(java.net.http.HttpResponse<String> page) {
        return page.body().replace("&#39;", "'");
    }

    static void noMissingKeys(String html) {
        assertThat(html).as("a message key without words").doesNotContain("??");
    }

    /** Claims the case's open task with this key (unless it is assigned) and completes it with the values. */
    void work(String caseNo, String key, String user, Map<String, Object> values) {
        String id = Complaints.taskId(tasks, caseNo, key);
        Api as = api.as(user);
        if (as.get("/api/v1/tasks/" + id).json().path("task").path("assignee").isNull()) {
            assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        }
        var done = as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    @Test
    void the_inspector_and_the_employer_read_the_complaint_in_english() {
        var lodged = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", ComplaintApiTest.complaint());
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String caseNo = lodged.json().path("caseNo").asText();
        String queryCode = lodged.json().path("queryCode").asText();
        JsonNode staffView = api.as("inspector").get("/api/v1/complaints/" + caseNo).json();
        String facts = staffView.path("complaint").path("facts").asText();
        // the entitlement's note is FFW's own words: English for a caller who states no language, as on the page
        assertThat(staffView.path("entitlement").path("note").asText())
                .isEqualTo("Maternity leave 98 days + birth leave 60 days (postponed by 1 day for public holidays),"
                        + " until 15 Aug 2026");
        String[] data = {facts, ALLEGATION, "补足生育假", ComplaintApiTest.NAME, "上海示例科技有限公司"};

        // the triage task: the case block as staff see it
        String triage = Complaints.taskId(tasks, caseNo, "triage");
        EnglishPages inspector = new EnglishPages(port).login("inspector", "demo");
        String triagePage = read(inspector.get("/tasks/" + triage));
        String triageCase = caseSection(triagePage);
        assertThat(triageCase).contains("Awaiting acceptance", "Complainant", "(withheld from the employer)",
                "Employer's violation record", "Statutory days", "Shortfall", "61 days", "Birth leave",
                "Decision on acceptance by", "See the whole case →",
                "Maternity leave 98 days + birth leave 60 days (postponed by 1 day for public holidays)");
        assertThat(EnglishPages.chinese(triageCase, data)).as("the case on the task page in English").isEmpty();
        noMissingKeys(triagePage);

        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null).status()).isEqualTo(204);
        assertThat(api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values", Map.of(
                "triageDecision", "ACCEPT", "allegation", ALLEGATION))).status()).isEqualTo(204);

        // the inspector's case page
        String staff = read(inspector.get("/complaints/" + caseNo));
        assertThat(staff).contains("← Complaints in the district", "Complaint", caseNo, "Under investigation",
                "Parties", "Identity confidential", "Yes (withheld from the employer)", "District of the workplace",
                "Pudong", "Allegation as put to the employer", "Investigation due", "Open tasks", "Not claimed",
                "Request an extension of the investigation", "10–1000 characters", "Request the extension");
        assertThat(EnglishPages.chinese(withoutTaskNames(staff), data)).as("the inspector's case page in English")
                .isEmpty();
        noMissingKeys(staff);

        // the employer: its list, the case and its task
        EnglishPages employer = new EnglishPages(port).login("employer", "demo");
        String list = read(employer.get("/employer/complaints"));
        assertThat(list).contains("Complaints about us", caseNo, "Under investigation", "Birth leave",
                "When the violation happened", "Jun 2026", "href=\"/tasks\">Tasks</a>");
        assertThat(EnglishPages.chinese(list)).as("the employer's list in English").isEmpty();
        noMissingKeys(list);

        String theirs = read(employer.get("/employer/complaints/" + caseNo));
        assertThat(theirs).contains("← Complaints about us", "(complainant's identity withheld)", "Jun 2026",
                "Allegation", "Accepted on", "What your organisation has to do", "href=\"/tasks\">Tasks</a>")
                .doesNotContain(ComplaintApiTest.NAME, "16 Jun 2026");
        assertThat(EnglishPages.chinese(theirs, ALLEGATION)).as("the employer's case page in English").isEmpty();
        noMissingKeys(theirs);

        String response = Complaints.taskId(tasks, caseNo, "employerResponse");
        String responseCase = caseSection(read(employer.get("/tasks/" + response)));
        assertThat(responseCase).contains("(complainant's identity withheld)", "Jun 2026", "Allegation",
                "See the case →");
        assertThat(EnglishPages.chinese(responseCase, ALLEGATION)).as("the employer's task in English").isEmpty();

        // the pages' own notices: a refused extension request, a withdrawal
        PageSession english = new PageSession(port).login("inspector", "demo");
        String page = read(english.get("/complaints/" + caseNo + "?lang=en"));
        var refused = english.postForm("/complaints/" + caseNo + "/extension-request",
                PageSession.form("_csrf", PageSession.csrf(page), "reason", "太短"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(read(english.get("/complaints/" + caseNo))).contains("id=\"extension-error\"",
                "Reason for the extension: Must have at least 10 characters.");

        PageSession complainant = new PageSession(port).login("employee", "demo");
        page = read(complainant.get("/complaints/" + caseNo + "?lang=en"));
        complainant.postForm("/complaints/" + caseNo + "/withdraw", PageSession.form("_csrf", PageSession.csrf(page)));
        assertThat(read(complainant.get("/complaints/" + caseNo)))
                .contains("The complaint is withdrawn and the case closed.");

        // anyone with the query code: the complaint's status and dates
        PageSession visitor = new PageSession(port);
        String lookup = read(visitor.get("/public/case-status?lang=en"));
        String status = read(visitor.postForm("/public/case-status", PageSession.form("_csrf",
                PageSession.csrf(lookup), "caseNo", caseNo, "queryCode", queryCode)));
        assertThat(status).contains("id=\"status-label\">Closed (Withdrawn by the complainant)<", "Lodged on",
                "Accepted on", "Closed on");
        assertThat(EnglishPages.chinese(status)).as("the public status in English").isEmpty();

        // without Accept-Language the same pages are Chinese, the default
        assertThat(new PageSession(port).login("inspector", "demo").get("/complaints/" + caseNo).body())
                .contains("投诉案件", "当事人", "单位违法记录", "是（对用人单位保密）", "投诉人撤回")
                .doesNotContain("Parties");
        assertThat(new PageSession(port).login("employer", "demo").get("/employer/complaints/" + caseNo).body())
                .contains("（投诉人身份保密）", "2026年6月", "违法行为时间").doesNotContain("Jun 2026");
    }

    @Test
    void the_case_after_the_investigation_and_the_penalty_task_read_in_english() {
        Map<String, Object> maternity = ComplaintApiTest.complaint(); // 产假: a breach the law fines
        maternity.put("leaveType", "MATERNITY");
        maternity.put("daysGranted", 60);
        maternity.put("violationDate", "2026-05-09");
        String caseNo = Complaints.lodge(api, maternity);
        String[] entered = {ALLEGATION, "单位认为已按规定批准全部假期。", "支持职工的投诉请求，建议责令改正。", "调取了该职工的考勤记录。",
                "需调取更多考勤记录以核实。", "同意延期。", "考勤记录已全部核实完毕。", "单位少给产假三十八天。", "为该职工补足少给的三十八天产假。",
                "已安排该职工补休，但尚未全部完成。", "尚未完成补休。"};
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "ACCEPT", "allegation", entered[0]));
        work(caseNo, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES", "statement", entered[1]));
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT", "unionOpinion", entered[2],
                "supervisionLetterIssued", true));
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", entered[3],
                "investigationAction", "REQUEST_EXTENSION", "extensionReason", entered[4]));
        work(caseNo, "approveExtension", "supervisor", Map.of("extensionDecision", "APPROVE", "extensionNote",
                entered[5]));
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", entered[6], "investigationAction", "DONE"));
        work(caseNo, "finding", "inspector", Map.of("finding", "SUBSTANTIATED", "findingReason", entered[7],
                "affectedEmployees", 1));
        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", entered[8],
                "correctionDeadline", LocalDate.now(Shanghai.ZONE).plusDays(30).toString()));
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", entered[9]));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", entered[10]));

        // the penalty task: the fine the law gives for 产假
        String source = fines.of(LeaveType.MATERNITY).orElseThrow().source();
        JsonNode staffView = api.as("inspector").get("/api/v1/complaints/" + caseNo).json();
        String[] data = new String[entered.length + 6];
        data[0] = staffView.path("complaint").path("facts").asText();
        data[1] = staffView.path("complaint").path("entitlementNote").asText(); // as stored, in Chinese
        data[2] = source;
        data[3] = ComplaintApiTest.NAME;
        data[4] = "上海示例科技有限公司";
        data[5] = "补足生育假";
        System.arraycopy(entered, 0, data, 6, entered.length);
        String penalty = Complaints.taskId(tasks, caseNo, "penaltyDecision");
        String penaltyCase = caseSection(read(new EnglishPages(port).login("supervisor", "demo").get("/tasks/" + penalty)));
        assertThat(penaltyCase).contains("Penalty under review", "Finding", "Substantiated", "Correct by",
                "Statutory fine: CNY 1000–5000 per affected employee (" + source + ")");
        assertThat(EnglishPages.chinese(penaltyCase, data)).as("the penalty task in English").isEmpty();
        assertThat(new PageSession(port).login("supervisor", "demo").get("/tasks/" + penalty).body())
                .contains("法定罚款幅度：每名职工 1000–5000 元（" + source + "）");
        work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER", "finePerEmployee", 2000,
                "affectedEmployees", 1, "penaltyNote", "逾期未改正，移送处罚。"));

        // the whole case, as staff and as the employer
        String staff = read(new EnglishPages(port).login("inspector", "demo").get("/complaints/" + caseNo));
        assertThat(staff).contains("Employer's position", "Disputes it", "Union opinion", "Supports the complaint: ",
                "Union labour-law supervision letter", ">Issued<", "Investigation record", "Reason for the extension",
                "Approve the extension: ", " (extended)", "Substantiated (", "Employees affected", "Correction report",
                "Check of the correction", "Not corrected: ", "Penalty decision",
                "Refer for an administrative penalty, fines totalling CNY 2000.00");
        assertThat(EnglishPages.chinese(withoutTaskNames(staff), data)).as("the whole case in English").isEmpty();
        String theirs = read(new EnglishPages(port).login("employer", "demo").get("/employer/complaints/" + caseNo));
        assertThat(theirs).contains("Our position", "Disputes it", "Our statement", "What the employer is ordered to correct",
                "Correction report", "Not corrected", "fines totalling CNY 2000.00", "May 2026");
        assertThat(EnglishPages.chinese(theirs, data)).as("the employer's case in English").isEmpty();
        assertThat(new PageSession(port).login("inspector", "demo").get("/complaints/" + caseNo).body())
                .contains("移送行政处罚，罚款合计 2000.00 元", "（已延长）", "已发出");
    }

    @Test
    void a_report_is_made_and_read_in_english() {
        String form = new EnglishPages(port).get("/public/report").body();
        assertThat(form).contains("Report a violation", "you may stay anonymous", "The employer you report",
                "Employees affected", "an estimate will do", "How to reach you", "Submit the report");
        assertThat(EnglishPages.chinese(form)).as("the report form in English").isEmpty();
        noMissingKeys(form);

        // signed in, so that the limit on anonymous reports from one address does not matter here
        PageSession reporter = new PageSession(port).login("employee2", "demo");
        String page = read(reporter.get("/public/report?lang=en"));
        assertThat(page).contains("You are signed in");
        var bad = reporter.postForm("/public/report", PageSession.form("_csrf", PageSession.csrf(page),
                "token", find(page, "name=\"token\" value=\"([^\"]+)\""), "facts", "short"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(read(bad)).contains("id=\"error-summary\"", "What happened", "Employer's name");
        assertThat(EnglishPages.chinese(read(bad), "short")).as("the problems in English").isEmpty();

        page = read(reporter.get("/public/report"));
        var posted = reporter.postForm("/public/report", PageSession.form("_csrf", PageSession.csrf(page),
                "token", find(page, "name=\"token\" value=\"([^\"]+)\""), "employerName", "上海示例科技有限公司",
                "employerCreditCode", ComplaintApiTest.PUDONG_CO, "workplaceDistrict", "310115",
                "leaveType", "CHILDCARE", "affectedEmployees", "2", "facts", "部门经理拒绝批准多名同事的育儿假。",
                "contactName", "", "contactPhone", ""));
        assertThat(posted.statusCode()).isEqualTo(302);
        String receipt = read(reporter.get("/public/report/lodged"));
        assertThat(receipt).contains("Report submitted", "Keep your query code", "Case number", "Query code",
                "Decision on acceptance by", "Your identity is kept from the employer", "Check a case");
        assertThat(EnglishPages.chinese(receipt)).as("the report's receipt in English").isEmpty();
        noMissingKeys(receipt);
        String caseNo = find(receipt, "id=\"lodged-case\">([^<]+)<");

        // the inspector reads the report
        JsonNode staffView = api.as("inspector").get("/api/v1/complaints/" + caseNo).json().path("complaint");
        String[] data = {staffView.path("facts").asText(), staffView.path("entitlementNote").asText(),
                staffView.path("complainantName").asText(), "上海示例科技有限公司"};
        String staff = new EnglishPages(port).login("inspector", "demo").get("/complaints/" + caseNo).body();
        assertThat(staff).contains("Type", "Report", "Reporter", "Employees affected (as reported)",
                "Childcare leave");
        assertThat(EnglishPages.chinese(withoutTaskNames(staff), data)).as("a report's case page in English")
                .isEmpty();
    }
}
