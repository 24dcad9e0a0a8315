package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.ffw.identity.UserService;
import org.ffw.identity.UserService.NewAccount;
import org.ffw.platform.Shanghai;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.platform.security.Role;
import org.ffw.rules.ResidentIds;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.IdentityVariants;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Confidentiality by construction: a confidential complainant's identity, written in every variant into every staff
 * free-text field of her case, never reaches the employer. The fields written for the employer refuse every variant
 * (400, nothing stored); the internal fields take them; the case is walked to its end; then everything the employer
 * received — API answers, pages, its tasks, its notices, document listings, the text of its instruments (PDF) — is
 * searched.
 */
class ConfidentialityTest extends ApiTest {

    static final String NAME = "欧阳小红";
    static final String PHONE = "13900000099";
    static final String RESIDENT_ID = "3101011988080800" + "2" + ResidentIds.checkCharacter("31010119880808002");

    @Autowired
    UserService users;
    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    WorkCalendarService calendars;

    /** Everything the employer's accounts received, by where it came from. */
    private final Map<String, String> employerSaw = new LinkedHashMap<>();

    @BeforeEach
    void complainant() {
        TestCalendars.ensureLoaded(calendars, 2027);
        if (!users.exists("ouyang")) {
            users.create(new NewAccount("ouyang", "Ouyang-test-1", NAME, Set.of(Role.EMPLOYEE), null, null, NAME,
                    RESIDENT_ID, PHONE), false);
        }
    }

    @Test
    void no_variant_of_a_confidential_complainants_identity_reaches_the_employer() {
        List<String> variants = IdentityVariants.of(NAME, RESIDENT_ID, PHONE);
        String all = String.join("；", variants);
        Api me = api.as("ouyang", "Ouyang-test-1");
        Map<String, Object> body = ComplaintApiTest.complaint();
        body.put("phone", PHONE);
        body.put("leaveType", "MATERNITY"); // a breach the law fines: the walk ends in a referral
        body.put("daysGranted", 60);
        body.put("violationDate", "2026-05-09");
        body.put("facts", "本人" + NAME + "于2026年3月10日生育，公司只批准了98天产假。电话" + PHONE + "。");
        var lodged = me.header("Idempotency-Key", "confidential-" + System.nanoTime()).post("/api/v1/complaints", body);
        assertThat(lodged.status()).as(lodged.toString()).isEqualTo(201);
        String caseNo = lodged.json().path("caseNo").asText();
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        assertThat(me.upload("/api/v1/complaints/" + caseNo + "/documents", NAME + "请假单.pdf", "application/pdf", pdf)
                .status()).isEqualTo(201);

        // triage: the allegation is written for the employer — every variant is refused, field named
        String triage = claim(caseNo, "triage", "inspector");
        int refused = 0;
        for (String v : variants) {
            var r = complete(triage, "inspector", Map.of("triageDecision", "ACCEPT",
                    "allegation", "职工" + v + "反映：单位未依法给予60天生育假。"));
            assertProblem(r, 400, "allegation");
            refused++;
        }
        assertThat(Complaints.taskId(tasks, caseNo, "triage")).isEqualTo(triage);
        ok(complete(triage, "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "职工反映：单位仅批准98天产假，未依法给予60天生育假。", "note", cut("内部说明：" + all))));

        ok(api.as("inspector").upload("/api/v1/complaints/" + caseNo + "/documents", NAME + "询问笔录.pdf",
                "application/pdf", pdf));
        String response = Complaints.taskId(tasks, caseNo, "employerResponse");
        seeAsEmployer(caseNo, response);
        work(caseNo, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", cut("工会意见：" + all)));
        String investigate = Complaints.taskId(tasks, caseNo, "investigate");
        ok(api.as("inspector").post("/api/v1/tasks/" + investigate + "/claim", null));
        ok(api.as("inspector").post("/api/v1/tasks/" + investigate + "/comments", Map.of("body", cut("内部意见：" + all))));
        ok(complete(investigate, "inspector", Map.of("investigationRecord", cut("调查记录：" + all),
                "investigationAction", "REQUEST_EXTENSION", "extensionReason", cut("延期理由：" + all))));
        work(caseNo, "approveExtension", "supervisor", Map.of("extensionDecision", "APPROVE",
                "extensionNote", cut("审批意见：" + all)));
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", cut("补充调查记录：" + all),
                "investigationAction", "DONE"));
        work(caseNo, "finding", "inspector", Map.of("finding", "SUBSTANTIATED",
                "findingReason", cut("认定理由：" + all), "affectedEmployees", 1));

        // the order is written for the employer too
        String order = claim(caseNo, "orderCorrection", "inspector");
        String deadline = LocalDate.now(Shanghai.ZONE).plusDays(20).toString();
        for (String v : variants) {
            assertProblem(complete(order, "inspector", Map.of("requiredActions", "为职工" + v + "补足60天生育假。",
                    "correctionDeadline", deadline)), 400, "requiredActions");
            refused++;
        }
        ok(complete(order, "inspector", Map.of("requiredActions", "为该职工补足60天生育假并书面告知。",
                "correctionDeadline", deadline)));
        String rectification = Complaints.taskId(tasks, caseNo, "reportRectification");
        seeAsEmployer(caseNo, rectification);
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已安排补休，但尚未全部完成。"));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", cut("核查意见：" + all)));
        work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER", "finePerEmployee", 2000,
                "affectedEmployees", 1, "penaltyNote", cut("处罚意见：" + all)));
        seeAsEmployer(caseNo, null);
        // the instruments addressed to the employer (order, review opinion, penalty notice), as their PDFs read
        var instruments = api.as("employer").get("/api/v1/complaints/" + caseNo + "/instruments").json();
        assertThat(instruments.findValuesAsText("kind")).containsExactly("CORRECTION_ORDER", "REVIEW_OPINION",
                "PENALTY_NOTICE");
        employerSaw.put("api instruments", instruments.toString());
        for (var i : instruments) {
            employerSaw.put("instrument " + i.path("kind").asText(), InstrumentsApiTest.text(
                    api.as("employer").get(i.path("href").asText()).bytes()));
        }
        // the decision addressed to the employer is in its view
        assertThat(api.as("employer").get("/api/v1/employer/complaints/" + caseNo).json().path("fineTotal")
                .decimalValue()).isEqualByComparingTo("2000.00");
        for (Notification n : outbox.forCase(caseNo)) {
            if (users.usernamesOfEmployer(ComplaintApiTest.PUDONG_CO).contains(n.recipient())) {
                employerSaw.put("notice #" + n.id() + " " + n.template(), n.subject() + "\n" + n.body());
            }
        }

        // the staff did write every variant into the case: the search below would find them if they leaked
        String staffView = api.as("inspector").get("/api/v1/complaints/" + caseNo).text();
        assertThat(variants).allSatisfy(v -> assertThat(staffView).contains(v));

        long bytes = 0;
        List<String> found = new ArrayList<>();
        List<String> tokens = new ArrayList<>(variants);
        for (var e : employerSaw.entrySet()) {
            bytes += e.getValue().getBytes(StandardCharsets.UTF_8).length;
            String skeleton = org.ffw.platform.cases.IdentityScreen.mentions(
                    new org.ffw.platform.cases.IdentityScreen.Person(NAME, RESIDENT_ID, PHONE), e.getValue())
                    ? "an identity token" : null;
            for (String t : tokens) {
                if (e.getValue().contains(t)) {
                    found.add(e.getKey() + ": " + t);
                }
            }
            if (skeleton != null) {
                found.add(e.getKey() + ": " + skeleton);
            }
        }
        System.out.printf("confidentiality: %d employer-facing answers, pages and notices, %d bytes searched for %d"
                + " variants; %d identity strings found; %d saves refused%n", employerSaw.size(), bytes,
                variants.size(), found.size(), refused);
        assertThat(employerSaw).hasSizeGreaterThan(15);
        assertThat(found).isEmpty();
    }

    /** Everything of the case an employer account can fetch now, API and pages, and the given task. */
    private void seeAsEmployer(String caseNo, String taskId) {
        Api employer = api.as("employer");
        String step = "step " + employerSaw.size() + " ";
        employerSaw.put(step + "api case", employer.get("/api/v1/employer/complaints/" + caseNo).text());
        employerSaw.put(step + "api list", employer.get("/api/v1/employer/complaints").text());
        employerSaw.put(step + "api documents", employer.get("/api/v1/complaints/" + caseNo + "/documents").text());
        employerSaw.put(step + "api complaint (refused)", employer.get("/api/v1/complaints/" + caseNo).text());
        employerSaw.put(step + "api queue", employer.get("/api/v1/tasks?caseNo=" + caseNo).text());
        PageSession page = new PageSession(port).login("employer", "demo");
        employerSaw.put(step + "page case", page.get("/employer/complaints/" + caseNo).body());
        employerSaw.put(step + "page list", page.get("/employer/complaints").body());
        employerSaw.put(step + "page queue", page.get("/tasks?view=all").body());
        if (taskId != null) {
            employerSaw.put(step + "api task", employer.get("/api/v1/tasks/" + taskId).text());
            employerSaw.put(step + "page task", page.get("/tasks/" + taskId).body());
        }
    }

    private String claim(String caseNo, String key, String user) {
        String id = Complaints.taskId(tasks, caseNo, key);
        ok(api.as(user).post("/api/v1/tasks/" + id + "/claim", null));
        return id;
    }

    private Api.Response complete(String taskId, String user, Map<String, Object> values) {
        return api.as(user).post("/api/v1/tasks/" + taskId + "/complete", Map.of("values", values));
    }

    private void work(String caseNo, String key, String user, Map<String, Object> values) {
        String id = Complaints.taskId(tasks, caseNo, key);
        var detail = api.as(user).get("/api/v1/tasks/" + id);
        if (detail.json().path("task").path("assignee").isNull()) {
            ok(api.as(user).post("/api/v1/tasks/" + id + "/claim", null));
        }
        ok(complete(id, user, values));
    }

    private static void ok(Api.Response r) {
        assertThat(r.status()).as(r.toString()).isBetween(200, 204);
    }

    /** Free-text fields hold at most 1000 characters in some forms. */
    private static String cut(String s) {
        return s.length() <= 900 ? s : s.substring(0, 900);
    }
}
