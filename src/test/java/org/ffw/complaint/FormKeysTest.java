package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.ffw.platform.Shanghai;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Nothing a form accepts is dropped: every key of every form in {@code forms/} is submitted through the worktable
 * API, with a value no other field has, and afterwards that value is found either in a column of the case's row or
 * among the variables the process received. A form no path of this test submits fails it — a new procedure's forms
 * are walked here too (the complaint's, the subsidy's).
 */
class FormKeysTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    org.ffw.employer.EmployerService employers;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;
    @Autowired
    org.ffw.inspection.InspectionCases inspections;
    @Autowired
    org.ffw.identity.UserService users;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    /** form id → the keys submitted with it, and where each value was found. */
    private final Map<String, Map<String, String>> found = new TreeMap<>();

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @Test
    void every_key_of_every_form_is_stored_on_the_case_or_passed_to_the_process() throws IOException {
        LocalDate today = LocalDate.now(Shanghai.ZONE);

        // the long path: supplement, acceptance, the three investigation tasks, an extension, the correction, a fine
        // 产假 itself (a breach the law fines, so that the penalty form's fine fields are used too)
        Map<String, Object> maternity = ComplaintApiTest.complaint();
        maternity.put("leaveType", "MATERNITY");
        maternity.put("daysGranted", 60);
        maternity.put("violationDate", "2026-05-09");
        String a = Complaints.lodge(api, maternity);
        complete(a, "triage", "inspector", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", text("补正要求"), "note", text("受理备注")));
        complete(a, "supplement", "employee", Map.of("supplement", text("补正内容")));
        complete(a, "triage", "inspector", Map.of("triageDecision", "ACCEPT", "allegation", text("投诉事项"),
                "releaseViolationDate", true));
        // the employer's evidence is a file it uploaded to the case, ticked in the form
        String attendance = upload(a, "考勤记录.pdf");
        complete(a, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", text("陈述申辩"), "evidenceReferences", List.of(attendance)));
        complete(a, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", text("工会意见"), "supervisionLetterIssued", true));
        complete(a, "investigate", "inspector", Map.of("investigationRecord", text("调查记录"),
                "investigationAction", "REQUEST_EXTENSION", "extensionReason", text("延期理由")));
        complete(a, "approveExtension", "supervisor", Map.of("extensionDecision", "APPROVE",
                "extensionNote", text("审批意见")));
        complete(a, "investigate", "inspector", Map.of("investigationRecord", text("补充调查记录"),
                "investigationAction", "DONE"));
        complete(a, "finding", "inspector", Map.of("finding", "SUBSTANTIATED", "findingReason", text("结论理由"),
                "affectedEmployees", 7));
        complete(a, "orderCorrection", "inspector", Map.of("requiredActions", text("改正事项"),
                "correctionDeadline", today.plusDays(30).toString()));
        complete(a, "reportRectification", "employer", Map.of("rectificationReport", text("整改报告"),
                "evidenceReferences", List.of(upload(a, "补休审批单.pdf"))));
        complete(a, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", text("核查意见")));
        complete(a, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER", "finePerEmployee", 3100,
                "affectedEmployees", 3, "penaltyNote", text("处罚意见")));

        // what was stored is shown: the staff's case page, the employer's
        String staffPage = new PageSession(port).login("inspector", "demo").get("/complaints/" + a).body();
        assertThat(staffPage).contains(stored(a, "employer_evidence_references"),
                stored(a, "rectification_evidence_references"), stored(a, "extension_note"), "已发出", "批准延期");
        String employerPage = new PageSession(port).login("employer", "demo").get("/employer/complaints/" + a).body();
        assertThat(employerPage).contains(stored(a, "employer_evidence_references"),
                stored(a, "rectification_evidence_references")).doesNotContain(stored(a, "extension_note"));

        // the other triage decisions
        String b = Complaints.lodge(api);
        complete(b, "triage", "inspector", Map.of("triageDecision", "TRANSFER", "transferDistrict", "310104"));
        String c = Complaints.lodge(api);
        complete(c, "triage", "inspector", Map.of("triageDecision", "NOT_ACCEPTED",
                "notAcceptedReason", "OUT_OF_SCOPE"));

        // the subsidy: a supplement, a rejection; above the threshold, the supervisor's rejection
        String s1 = org.ffw.subsidy.Subsidies.applyCase(api, org.ffw.subsidy.Subsidies.application());
        complete(s1, "review", "officer", Map.of("reviewDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", text("补正要求"), "reviewNote", text("审核意见")));
        complete(s1, "supplement", "employer", Map.of("supplement", text("补正说明")));
        complete(s1, "review", "officer", Map.of("reviewDecision", "REJECT", "reviewReason", text("不予批准理由")));
        Map<String, Object> large = org.ffw.subsidy.Subsidies.application();
        large.put("contributions", org.ffw.subsidy.Subsidies.months("2026-03", 6, "12000.00", "4000.00", "600.00",
                "400.00"));
        String s2 = org.ffw.subsidy.Subsidies.applyCase(api, large);
        complete(s2, "review", "officer", Map.of("reviewDecision", "APPROVE"));
        complete(s2, "secondReview", "supervisor", Map.of("secondDecision", "REJECT",
                "secondReason", text("复核不予批准理由"), "secondNote", text("复核意见")));

        certification();
        supervision();
        inspection();

        Map<String, Set<String>> everyForm = formKeys();
        Map<String, Set<String>> submitted = new TreeMap<>();
        found.forEach((form, keys) -> submitted.put(form, new TreeSet<>(keys.keySet())));
        assertThat(submitted).as("every key of every form in forms/ was submitted by this test")
                .isEqualTo(everyForm);
    }

    /**
     * The certification's forms, for an employer of this test alone (one open application per employer): changes
     * asked and made, both reviews, the site visit, an objection, and the revocation review of the certificate after a
     * real complaint against its holder is substantiated.
     */
    private void certification() {
        var fresh = org.ffw.certification.CertificationEmployers.create(employers, users);
        Api holder = api.as(fresh.username(), org.ffw.certification.CertificationEmployers.PASSWORD);
        Map<String, Object> body = org.ffw.certification.Certifications.application();
        var applied = holder.header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/certifications", body);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(201);
        String fp = applied.json().path("caseNo").asText();
        complete(fp, "hrbReview", "inspector", Map.of("decision", "REQUEST_CHANGES", "comments", text("修改意见")));
        complete(fp, "unionReview", "union", Map.of("decision", "REJECT", "reason", text("不同意理由")));
        String fp2 = holder.header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/certifications", body).json().path("caseNo").asText();
        complete(fp2, "hrbReview", "inspector", Map.of("decision", "APPROVE"));
        complete(fp2, "unionReview", "union", Map.of("decision", "REQUEST_CHANGES", "comments", text("工会修改意见")));
        complete(fp2, "revise", holder, Map.of("reviseAction", "RESUBMIT", "changeNote", text("修改说明")));
        complete(fp2, "hrbReview", "inspector", Map.of("decision", "APPROVE"));
        complete(fp2, "unionReview", "union", Map.of("decision", "APPROVE"));
        complete(fp2, "siteVisit", "inspector", Map.of("result", "CONFIRMED",
                "visitDate", LocalDate.now(Shanghai.ZONE).toString(), "findings", text("核查情况")));
        assertThat(api.as("employee").post("/api/v1/public/certification-notices/" + fp2 + "/objections",
                Map.of("reason", "该单位并没有真正的弹性岗位，请核实。")).status()).isEqualTo(201);
        var notice = management.createJobQuery().processInstanceId(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(fp2).singleResult().getId()).timers().singleResult();
        management.executeJob(notice.getId());
        complete(fp2, "objectionReview", "inspector", Map.of("decision", "DISMISS", "reason", text("异议处理意见")));
        String fc = jdbc.queryForObject("SELECT certificate_no FROM certification_application WHERE case_no = ?",
                String.class, fp2);
        jdbc.update("INSERT INTO employer_violation (credit_code, case_no, kind, found_on, summary, created_at) "
                + "VALUES (?, ?, 'LEAVE_VIOLATION_MATERNITY', ?, '产假权益投诉属实', ?)", fresh.creditCode(),
                "LC-FORMKEYS-" + System.nanoTime() % 1_000_000, java.sql.Date.valueOf(LocalDate.now(Shanghai.ZONE)),
                new java.sql.Timestamp(System.currentTimeMillis() + 1000));
        runtime.createMessageCorrelation("Message_ComplaintSubstantiated")
                .processInstanceVariableEquals("employerCreditCode", fresh.creditCode()).correlateAllWithResult();
        complete(fc, "revocationReview", "supervisor", Map.of("decision", "WARN", "reason", text("审查理由")));
    }

    /**
     * The union's supervision: the employer's written answer with its proof, the union's assessment (not corrected),
     * the union lead's suggestion letter, the HRB's written explanation.
     */
    private void supervision() {
        String us = api.as("union").header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .post("/api/v1/union-supervision", org.ffw.supervision.SupervisionApiTest.opening(
                        ComplaintApiTest.PUDONG_CO)).json().path("caseNo").asText();
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        String proof = api.as("employer").upload("/api/v1/union-supervision/" + us + "/documents", "整改说明.pdf",
                "application/pdf", pdf).json().path("id").asText();
        complete(us, "employerAnswer", "employer", Map.of("answerPosition", "PARTLY_CORRECTED",
                "answer", text("书面答复"), "evidenceReferences", List.of(proof)));
        complete(us, "assess", "union", Map.of("assessment", "NOT_CORRECTED", "assessmentNote", text("审查意见")));
        complete(us, "suggestion", "union-lead", Map.of("suggestion", text("监督建议书正文")));
        complete(us, "hrbDecision", "inspector", Map.of("hrbDecision", "EXPLAIN", "explanation", text("书面说明")));
    }

    /** The inspection's own forms (its correction steps are the complaint's forms, walked above). */
    private void inspection() {
        new org.ffw.support.ProcessDriver(context).user("supervisor");
        String li = tx.execute(s -> inspections.open(new org.ffw.inspection.InspectionCases.OpenInspection(66_001L,
                "表单检查", ComplaintApiTest.PUDONG_CO, "310115", List.of(LeaveType.BIRTH),
                java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 9, 30),
                List.of("inspector", "inspector2"), "RANDOM")));
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        complete(li, "reportLeaveRecords", "employer", Map.of("reportNote", text("单位说明"), "reportComplete", true));
        completeHeld(li, "pairReview", "inspector", Map.of("siteCheckNeeded", true, "reviewNote", text("审查意见一")));
        completeHeld(li, "pairReview", "inspector2", Map.of("siteCheckNeeded", false,
                "reviewNote", text("审查意见二")));
        complete(li, "siteCheck", "inspector", Map.of("siteCheckedOn",
                java.time.LocalDate.now(org.ffw.platform.Shanghai.ZONE).toString(), "siteCheckRecord", text("现场检查记录")));
        complete(li, "inspectionFinding", "inspector", Map.of("finding", "VIOLATION",
                "findingReason", text("检查认定理由"), "affectedEmployees", 7));
    }

    /** As {@link #complete}, for a task one of several of its key, the one this user holds. */
    private void completeHeld(String caseNo, String taskKey, String user, Map<String, Object> values) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
                .taskAssignee(user).singleResult().getId();
        complete(caseNo, id, taskKey, api.as(user), values);
    }

    /** Completes the case's open task as the user, through the API, and checks where each value went. */
    private void complete(String caseNo, String taskKey, String user, Map<String, Object> values) {
        complete(caseNo, taskKey, api.as(user), values);
    }

    private void complete(String caseNo, String taskKey, Api client, Map<String, Object> values) {
        complete(caseNo, Complaints.taskId(tasks, caseNo, taskKey), taskKey, client, values);
    }

    private void complete(String caseNo, String id, String taskKey, Api client, Map<String, Object> values) {
        assertThat(client.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        String form = client.get("/api/v1/tasks/" + id).json().path("form").path("id").asText();
        var r = client.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(r.status()).as(taskKey + ": " + r).isEqualTo(204);

        Map<String, Object> row = row(caseNo);
        String pi = (String) row.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("process_instance_id"))
                .findFirst().orElseThrow().getValue();
        List<HistoricDetail> updates = history.createHistoricDetailQuery().variableUpdates().processInstanceId(pi)
                .list();
        for (var v : values.entrySet()) {
            String where = row.entrySet().stream().filter(col -> same(v.getValue(), col.getValue()))
                    .map(col -> "column " + col.getKey().toLowerCase()).findFirst()
                    .orElseGet(() -> updates.stream().map(HistoricVariableUpdate.class::cast)
                            .filter(u -> u.getVariableName().equals(v.getKey()) && same(v.getValue(), u.getValue()))
                            .map(u -> "variable " + u.getVariableName()).findFirst().orElse(null));
            assertThat(where).as("form " + form + ": the value of '" + v.getKey() + "' (" + v.getValue()
                    + ") is neither stored on " + caseNo + " nor passed to its process").isNotNull();
            found.computeIfAbsent(form, f -> new LinkedHashMap<>()).put(v.getKey(), where);
        }
    }

    /**
     * The case's row in its procedure's table, by the case number's prefix; a certificate's with the columns of its
     * last finding (what the revocation review decides is stored there).
     */
    private Map<String, Object> row(String caseNo) {
        if (caseNo.startsWith("FC-")) {
            Map<String, Object> row = new LinkedHashMap<>(jdbc.queryForMap(
                    "SELECT * FROM friendly_certificate WHERE certificate_no = ?", caseNo));
            jdbc.queryForList("SELECT * FROM friendly_certificate_finding WHERE certificate_no = ?", caseNo)
                    .forEach(f -> f.forEach((k, v) -> row.put("finding." + k, v)));
            return row;
        }
        if (caseNo.startsWith("LI-")) {
            Map<String, Object> row = new LinkedHashMap<>(jdbc.queryForMap("SELECT * FROM inspection WHERE case_no = ?",
                    caseNo));
            var inspectors = jdbc.queryForList("SELECT * FROM inspection_inspector WHERE case_no = ? ORDER BY seq",
                    caseNo);
            for (int n = 0; n < inspectors.size(); n++) {
                String prefix = "inspector." + n + ".";
                inspectors.get(n).forEach((k, v) -> row.put(prefix + k, v));
            }
            return row;
        }
        String table = caseNo.startsWith("ES-") ? "subsidy_application"
                : caseNo.startsWith("FP-") ? "certification_application"
                : caseNo.startsWith("US-") ? "union_supervision" : "complaint";
        return jdbc.queryForMap("SELECT * FROM " + table + " WHERE case_no = ?", caseNo);
    }

    private String stored(String caseNo, String column) {
        return jdbc.queryForObject("SELECT " + column + " FROM complaint WHERE case_no = ?", String.class, caseNo);
    }

    /** The employer uploads a file to the case; its document id. */
    private String upload(String caseNo, String name) {
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        var r = api.as("employer").upload("/api/v1/complaints/" + caseNo + "/documents", name, "application/pdf", pdf);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("id").asText();
    }

    /** A submitted value and a stored one: the same text, number, truth value or date; a list's every item. */
    private static boolean same(Object submitted, Object stored) {
        if (stored == null) {
            return false;
        }
        if (submitted instanceof java.util.Collection<?> items) {
            return items.stream().allMatch(i -> stored.toString().contains("#" + i));
        }
        if (submitted instanceof Boolean b) {
            return stored instanceof Boolean s ? s.equals(b) : stored instanceof Number n && (n.intValue() == 1) == b;
        }
        if (submitted instanceof Number n) {
            return stored instanceof Number s && new BigDecimal(s.toString()).compareTo(new BigDecimal(n.toString())) == 0;
        }
        if (stored instanceof java.sql.Date d) {
            return d.toLocalDate().toString().equals(submitted);
        }
        if (stored instanceof java.util.Date d) {
            return d.toInstant().atZone(Shanghai.ZONE).toLocalDate().toString().equals(submitted);
        }
        return submitted.toString().equals(stored.toString());
    }

    private static int counter;

    /** A valid text no other field of this test has. */
    private static String text(String what) {
        return what + "：本案第 " + (++counter) + " 项内容，仅供测试。";
    }

    /** Every form in forms/ with its input keys (groups included). */
    private static Map<String, Set<String>> formKeys() throws IOException {
        Map<String, Set<String>> forms = new TreeMap<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode schema = JSON.readTree(f.toFile());
                Set<String> keys = new TreeSet<>();
                collect(schema.path("components"), keys);
                forms.put(schema.path("id").asText(), keys);
            }
        }
        return forms;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode c : components) {
            if (c.has("components")) {
                collect(c.path("components"), keys);
            }
            if (c.hasNonNull("key") && !List.of("text", "spacer", "separator", "group", "button")
                    .contains(c.path("type").asText())) {
                keys.add(c.path("key").asText());
            }
        }
    }
}
