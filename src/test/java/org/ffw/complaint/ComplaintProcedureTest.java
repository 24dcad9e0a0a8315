package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.worktable.WorktableService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/leave-complaint.bpmn with camunda-bpm-assert, driven the way users drive it (lodging through the
 * service, tasks through the worktable) and timers by moving Camunda's clock. process-test-coverage checks that this
 * class reaches every flow node and sequence flow (see ProcessCoverageConfig).
 */
class ComplaintProcedureTest extends org.ffw.support.ProcessTest {

    /** Monday 16 November 2026, 10:00 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");
    static final String PUDONG_CO = "91310115MA1H8R7C41";
    /** The end of Monday 30 November 2026 in Shanghai: 10 working days after MONDAY. */
    static final Instant TEN_WORKING_DAYS_AFTER_MONDAY = Instant.parse("2026-11-30T15:59:59Z");

    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintMapper mapper;
    @Autowired
    WorktableService worktable;
    @Autowired
    UserService users;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EmployerService employers;
    @Autowired
    Outbox outbox;

    @Autowired
    org.ffw.rules.WorkCalendarService calendars;
    @Autowired
    ComplaintExtensions extensions;
    @Autowired
    ComplaintProcess process;
    @Autowired
    org.ffw.platform.timeline.Timeline timeline;
    @Autowired
    ComplaintReferrals referrals;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @BeforeEach
    void setUp() {
        // 60 working days from November 2026 reach into 2027, whose schedule REFERENCE does not have
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
    }

    /** process-test-coverage: the tests of this class reach every flow node and sequence flow. */
    @org.junit.jupiter.api.AfterAll
    static void everyPathWasTaken(@Autowired ProcessEngine engine) {
        assertThat(org.ffw.support.ProcessCoverage.of(engine, ComplaintProcess.KEY)).isEqualTo(1.0);
    }


    /**
     * A case the HRB opened on the union's suggestion letter (工会劳动法律监督建议书) starts at 立案: the message start
     * "工会监督建议立案", no triage, the investigation's three tasks open, the union's findings as the allegation.
     */
    @Test
    void a_case_on_the_unions_suggestion_letter_starts_at_acceptance_without_triage() {
        user("inspector");
        String caseNo = tx.execute(s -> referrals.open(new ComplaintReferrals.UnionReferral("US-2026-990001",
                "310115", PUDONG_CO, "上海示例科技有限公司", "BIRTH", "工会查明：单位未依法给予两名职工60天生育假。",
                "依法补足生育假", 2, List.of(), List.of())));
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("unionReferral", "acceptMerge", "accept")
                .hasNotPassed("triage").isWaitingAt("investigate", "employerResponse", "unionOpinion");
        Complaint c = mapper.find(caseNo);
        assertThat(c.status()).isEqualTo(Status.INVESTIGATING);
        assertThat(c.kind()).isEqualTo(Kind.UNION);
        assertThat(c.originCaseNo()).isEqualTo("US-2026-990001");
        assertThat(c.complainantUsername()).isNull();
        assertThat(c.allegation()).isEqualTo("工会查明：单位未依法给予两名职工60天生育假。");
        assertThat(c.acceptedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(c.affectedEmployees()).isNull();
        assertThat(c.reportedAffected()).isEqualTo(2);
    }

    // ------------------------------------------------------------------------------------------------ helpers


    static LodgeComplaint complaint(String employerCode, String district) {
        return new LodgeComplaint(employerCode, "上海示例科技有限公司", district, LeaveType.BIRTH,
                LocalDate.of(2026, 3, 10), 1, null, null, null, null, LocalDate.of(2026, 6, 16),
                "公司只批准了98天产假，拒绝给予60天生育假。", "补足生育假", 98, true, "13800000000");
    }

    String lodge() {
        return complaints.lodge(user("employee"), complaint(PUDONG_CO, "310115")).caseNo();
    }

    /** A complaint about 产假 itself (only 60 of the 98 days granted): a breach the law fines. */
    String lodgeMaternity() {
        return complaints.lodge(user("employee"), new LodgeComplaint(PUDONG_CO, "上海示例科技有限公司", "310115",
                LeaveType.MATERNITY, LocalDate.of(2026, 3, 10), 1, null, null, null, null, LocalDate.of(2026, 5, 9),
                "公司只批准了60天产假，要求提前返岗。", "补足产假", 60, true, "13800000000")).caseNo();
    }




    void accept(String caseNo) {
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假，仅批准98天产假。"));
    }

    void respondAndOpine(String caseNo) {
        work(caseNo, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假。"));
    }

    void investigateDone(String caseNo) {
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", "已调取考勤与请假审批记录。",
                "investigationAction", "DONE"));
    }

    void find(String caseNo, String finding) {
        Map<String, Object> v = new HashMap<>(Map.of("finding", finding, "findingReason", "经调查核实的事实与理由。"));
        if (finding.equals("SUBSTANTIATED")) {
            v.put("affectedEmployees", 1);
        }
        work(caseNo, "finding", "inspector", v);
    }

    void substantiateAndOrder(String caseNo, LocalDate deadline) {
        accept(caseNo);
        respondAndOpine(caseNo);
        investigateDone(caseNo);
        find(caseNo, "SUBSTANTIATED");
        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", "补足职工生育假60天并书面告知。",
                "correctionDeadline", deadline.toString()));
    }


    /** The employer's group is the task's candidate group, and its only account holds it already. */
    void assertRoutedToTheEmployer(Task t) {
        assertThat(tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> "candidate".equals(l.getType())).map(l -> l.getGroupId()).toList())
                .containsExactly("employer-" + PUDONG_CO);
        assertThat(t.getAssignee()).isEqualTo("employer");
    }

    Complaint row(String caseNo) {
        return mapper.find(caseNo);
    }

    List<String> templatesTo(String caseNo, String recipient) {
        return outbox.forCase(caseNo).stream().filter(n -> n.recipient().equals(recipient))
                .map(Notification::template).toList();
    }

    // ------------------------------------------------------------------------------------------------- paths

    @Test
    void lodging_starts_the_process_at_triage_with_a_five_working_day_clock() {
        String caseNo = lodge();
        ProcessInstance pi = instance(caseNo);
        BpmnAwareTests.assertThat(pi).isStarted().isWaitingAt("triage");
        BpmnAwareTests.assertThat(pi).task().hasCandidateGroup("inspector-310115");
        // 5 working days after Monday 16 November: Monday 23 November, end of day in Shanghai
        assertThat(task(caseNo, "triage").getDueDate().toInstant()).isEqualTo(Instant.parse("2026-11-23T15:59:59Z"));
        Complaint c = row(caseNo);
        assertThat(c.status()).isEqualTo(Status.SUBMITTED);
        assertThat(c.acceptanceDue()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(c.entitledDays()).isEqualTo(159); // 98 + 60, the 生育假 postponed by 端午 2026
        assertThat(c.daysGranted()).isEqualTo(98);
        assertThat(templatesTo(caseNo, "employee")).containsExactly("COMPLAINT_LODGED");
    }

    @Test
    void not_accepted_as_an_arbitration_matter_closes_with_the_explanation() {
        String caseNo = lodge();
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "NOT_ACCEPTED",
                "notAcceptedReason", "ARBITRATION", "note", "职工要求支付生育津贴差额"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        Complaint c = row(caseNo);
        assertThat(c.status()).isEqualTo(Status.CLOSED);
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_ACCEPTED);
        Notification notice = outbox.forCase(caseNo).stream()
                .filter(n -> n.template().equals("COMPLAINT_NOT_ACCEPTED")).findFirst().orElseThrow();
        assertThat(notice.body()).contains("劳动争议仲裁");
        assertThat(templatesTo(caseNo, "employee")).contains("COMPLAINT_CLOSED");
        // the employer never heard of a complaint that was not accepted
        assertThat(templatesTo(caseNo, "employer")).isEmpty();
    }

    @Test
    void a_supplement_restarts_the_acceptance_clock() {
        String caseNo = lodge();
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请提供请假申请及单位答复的书面材料"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("supplement");
        assertThat(task(caseNo, "supplement").getAssignee()).isEqualTo("employee");
        assertThat(row(caseNo).status()).isEqualTo(Status.SUPPLEMENT_REQUESTED);

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-20T02:00:00Z"))); // Friday
        work(caseNo, "supplement", "employee", Map.of("supplement", "已上传请假单和人事部门的微信回复截图。"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("triage");
        // the clock restarts: 5 working days after Friday 20 November is Friday 27 November
        assertThat(row(caseNo).acceptanceDue()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(row(caseNo).status()).isEqualTo(Status.SUBMITTED);
        assertThat(task(caseNo, "triage").getDueDate().toInstant()).isEqualTo(Instant.parse("2026-11-27T15:59:59Z"));
    }

    @Test
    void no_supplement_within_ten_working_days_closes_the_case_as_incomplete() {
        String caseNo = lodge();
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请提供劳动合同"));
        // 10 working days after Monday 16 November: the end of Monday 30 November in Shanghai
        fireTimer(caseNo, "supplementTimeout", Instant.parse("2026-11-30T15:59:59Z"),
                Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(instance(caseNo)).isNull();
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(row(caseNo).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void a_transfer_reroutes_triage_to_the_other_district() {
        String caseNo = lodge();
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "TRANSFER", "transferDistrict", "310104",
                "note", "用人单位实际经营地在徐汇"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("triage");
        BpmnAwareTests.assertThat(instance(caseNo)).task().hasCandidateGroup("inspector-310104");
        assertThat(row(caseNo).district()).isEqualTo("310104");
        assertThat(templatesTo(caseNo, "employee")).contains("COMPLAINT_TRANSFERRED");
        // transferring to the district that already has it is refused
        Task t = task(caseNo, "triage");
        FfwUser xuhui = user("inspector-xuhui");
        worktable.claim(xuhui, t.getId());
        assertThatThrownBy(() -> worktable.complete(xuhui, t.getId(),
                Map.of("triageDecision", "TRANSFER", "transferDistrict", "310104")))
                .isInstanceOf(InvalidInputException.class);
        worktable.complete(xuhui, t.getId(), Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工生育假。"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("employerResponse", "unionOpinion", "investigate");
        BpmnAwareTests.assertThat(instance(caseNo)).task("unionOpinion").hasCandidateGroup("union-310104");
    }

    @Test
    void accepted_then_not_substantiated() {
        String caseNo = lodge();
        accept(caseNo);
        ProcessInstance pi = instance(caseNo);
        BpmnAwareTests.assertThat(pi).isWaitingAt("employerResponse", "unionOpinion", "investigate");
        assertRoutedToTheEmployer(task(caseNo, "employerResponse"));
        Complaint c = row(caseNo);
        assertThat(c.status()).isEqualTo(Status.INVESTIGATING);
        assertThat(c.acceptedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        // 60 working days from Monday 16 November 2026, over New Year's Day and the (test) Spring Festival 2027
        assertThat(c.investigationDue()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(task(caseNo, "investigate").getDueDate().toInstant())
                .isEqualTo(LocalDate.of(2027, 2, 16).atTime(23, 59, 59)
                        .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        respondAndOpine(caseNo);
        investigateDone(caseNo);
        BpmnAwareTests.assertThat(pi).isWaitingAt("finding");
        find(caseNo, "NOT_SUBSTANTIATED");
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("findingRecorded", "closeCase")
                .hasNotPassed("substantiated");
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.NOT_SUBSTANTIATED);
        assertThat(row(caseNo).closedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(templatesTo(caseNo, "employee")).contains("COMPLAINT_ACCEPTED", "COMPLAINT_FINDING",
                "COMPLAINT_CLOSED");
        assertThat(templatesTo(caseNo, "employer")).contains("COMPLAINT_INVESTIGATION", "COMPLAINT_CLOSED");
    }

    @Test
    void no_employer_response_is_recorded_and_a_minor_corrected_violation_closes() {
        String caseNo = lodge();
        accept(caseNo);
        fireTimer(caseNo, "employerResponseTimeout", TEN_WORKING_DAYS_AFTER_MONDAY,
                Instant.parse("2026-12-01T00:00:00Z"));
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("noEmployerResponse")
                .isWaitingAt("unionOpinion", "investigate");
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "NEEDS_MORE_FACTS",
                "unionOpinion", "建议核实单位是否已补休。", "supervisionLetterIssued", true));
        investigateDone(caseNo);
        find(caseNo, "CORRECTED_DURING_INVESTIGATION");
        assertThat(instance(caseNo)).isNull();
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.CORRECTED_DURING_INVESTIGATION);
        assertThat(row(caseNo).employerStatement()).isNull();
    }

    @Test
    void one_extension_approved_then_substantiated_ordered_and_rectified() {
        String caseNo = lodge();
        accept(caseNo);
        respondAndOpine(caseNo);
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", "需要调取多个月份的考勤记录。",
                "investigationAction", "REQUEST_EXTENSION", "extensionReason", "案情复杂，需调取历史考勤数据。"));
        // the form's door opens the same approval as the case page's; the investigation goes on meanwhile
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("extensionRequestSent", "extensionRequestReceived")
                .isWaitingAt("approveExtension", "investigate");
        BpmnAwareTests.assertThat(instance(caseNo)).task("approveExtension").hasCandidateGroup("supervisor-310115");
        work(caseNo, "approveExtension", "supervisor", Map.of("extensionDecision", "APPROVE"));
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("extensionDecided").isWaitingAt("investigate");
        Complaint extended = row(caseNo);
        assertThat(extended.extended()).isTrue();
        // +30 working days from 16 February 2027, counting the (test) make-up Saturday 20 February
        assertThat(extended.investigationDue()).isEqualTo(LocalDate.of(2027, 3, 29));
        assertThat(task(caseNo, "investigate").getDueDate().toInstant())
                .isEqualTo(extended.investigationDue().atTime(23, 59, 59)
                        .atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
        // a second extension is refused, and nothing changes
        Task again = task(caseNo, "investigate");
        FfwUser inspector = user("inspector");
        worktable.claim(inspector, again.getId());
        assertThatThrownBy(() -> worktable.complete(inspector, again.getId(), Map.of("investigationRecord",
                "再次申请延期，案情仍未查清。", "investigationAction", "REQUEST_EXTENSION", "extensionReason", "仍需要更多时间调查取证。")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("only once");
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("investigate");

        investigateDone(caseNo);
        find(caseNo, "SUBSTANTIATED");
        // the order to correct and its verification are the call activity shared with the inspection
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("outcome").isWaitingAt("correction");
        BpmnAwareTests.assertThat(correction(caseNo)).hasPassed("substantiated").isWaitingAt("orderCorrection");
        // the order to correct is issued within 15 working days of the finding (REFERENCE §3.1): found on Monday
        // 16 November 2026, due at the end of Monday 7 December
        assertThat(row(caseNo).foundOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(task(caseNo, "orderCorrection").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-12-07T15:59:59Z"));
        assertThat(employers.violations(PUDONG_CO)).extracting(EmployerService.Violation::caseNo).contains(caseNo);
        assertThat(row(caseNo).status()).isEqualTo(Status.SUBSTANTIATED);

        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", "补足职工生育假60天并书面告知。",
                "correctionDeadline", "2026-12-31"));
        BpmnAwareTests.assertThat(correction(caseNo)).isWaitingAt("reportRectification");
        assertRoutedToTheEmployer(task(caseNo, "reportRectification"));
        assertThat(task(caseNo, "reportRectification").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-12-31T15:59:59Z"));
        assertThat(row(caseNo).status()).isEqualTo(Status.CORRECTION_ORDERED);
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已为职工补足生育假并书面确认。"));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "RECTIFIED",
                "verificationNote", "已电话回访职工确认。"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.RECTIFIED);
        assertThat(row(caseNo).status()).isEqualTo(Status.CLOSED);
        assertThat(templatesTo(caseNo, "employee")).contains("COMPLAINT_EXTENDED", "COMPLAINT_ORDER");
    }

    @Test
    void a_refused_extension_returns_to_the_investigation() {
        String caseNo = lodge();
        accept(caseNo);
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", "初步调查，已询问人事部门。",
                "investigationAction", "REQUEST_EXTENSION", "extensionReason", "需要更多时间核实证据。"));
        work(caseNo, "approveExtension", "supervisor", Map.of("extensionDecision", "REFUSE",
                "extensionNote", "证据已足够"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("investigate");
        assertThat(row(caseNo).extended()).isFalse();
        assertThat(row(caseNo).investigationDue()).isEqualTo(LocalDate.of(2027, 2, 16));
    }

    @Test
    void no_rectification_report_by_the_deadline_then_not_rectified_and_referred_for_a_fine() {
        String caseNo = lodgeMaternity();
        substantiateAndOrder(caseNo, LocalDate.of(2026, 12, 15));
        // the end of the correction deadline, 15 December, in Shanghai
        fireTimer(caseNo, "rectificationDeadlinePassed", Instant.parse("2026-12-15T15:59:59Z"),
                Instant.parse("2026-12-16T01:00:00Z"));
        BpmnAwareTests.assertThat(correction(caseNo)).hasPassed("noRectificationReport")
                .isWaitingAt("verifyRectification");
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "单位仍未补足假期。"));
        BpmnAwareTests.assertThat(correction(caseNo)).isWaitingAt("penaltyDecision");
        assertThat(row(caseNo).status()).isEqualTo(Status.PENALTY_REVIEW);
        work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER", "finePerEmployee", 3000,
                "affectedEmployees", 2, "penaltyNote", "逾期不改正，移送处罚。"));
        assertThat(instance(caseNo)).isNull();
        Complaint c = row(caseNo);
        assertThat(c.outcome()).isEqualTo(Outcome.PENALTY_REFERRED);
        assertThat(c.fineTotal()).isEqualByComparingTo(new BigDecimal("6000.00"));
        assertThat(c.finePerEmployee()).isEqualByComparingTo(new BigDecimal("3000.00"));
    }

    @Test
    void a_fine_outside_1000_to_5000_is_refused() {
        String caseNo = lodgeMaternity();
        substantiateAndOrder(caseNo, LocalDate.of(2026, 12, 15));
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已安排补休，但尚未完成。"));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "尚未完成补休。"));
        Task t = task(caseNo, "penaltyDecision");
        FfwUser supervisor = user("supervisor");
        worktable.claim(supervisor, t.getId());
        assertThatThrownBy(() -> worktable.complete(supervisor, t.getId(), Map.of("penaltyDecision", "REFER",
                "finePerEmployee", 8000, "affectedEmployees", 1, "penaltyNote", "罚款")))
                .isInstanceOf(InvalidInputException.class);
        worktable.complete(supervisor, t.getId(), Map.of("penaltyDecision", "NO_PENALTY",
                "penaltyNote", "单位已承诺在一周内完成。"));
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.NO_PENALTY);
        assertThat(row(caseNo).fineTotal()).isNull();
    }

    @Test
    void a_leave_without_a_sourced_fine_offers_only_the_order() {
        String caseNo = lodge(); // 生育假: no fine is sourced (REFERENCE §1.3)
        substantiateAndOrder(caseNo, LocalDate.of(2026, 12, 15));
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已安排补休，但尚未完成。"));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "尚未完成补休。"));
        Task t = task(caseNo, "penaltyDecision");
        FfwUser supervisor = user("supervisor");
        worktable.claim(supervisor, t.getId());
        assertThat(worktable.get(supervisor, t.getId()).caseDetails().get("fine").toString())
                .contains("未找到罚款依据");
        assertThatThrownBy(() -> worktable.complete(supervisor, t.getId(), Map.of("penaltyDecision", "REFER",
                "finePerEmployee", 2000, "affectedEmployees", 1, "penaltyNote", "逾期未改正，移送处罚。")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(p -> p.field()).containsExactly("penaltyDecision"));
        assertThat(row(caseNo).penaltyDecision()).isNull();
        worktable.complete(supervisor, t.getId(), Map.of("penaltyDecision", "NO_PENALTY", "penaltyNote", "仅责令改正。"));
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.NO_PENALTY);
    }

    @Test
    void the_complainant_may_withdraw_before_a_finding_but_not_after() {
        String caseNo = lodge();
        accept(caseNo);
        complaints.withdraw(user("employee"), caseNo, "已与单位协商解决");
        assertThat(instance(caseNo)).isNull();
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.WITHDRAWN);
        assertThat(row(caseNo).status()).isEqualTo(Status.CLOSED);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).count()).isZero();

        String other = lodge();
        substantiateAndOrder(other, LocalDate.of(2026, 12, 15));
        assertThatThrownBy(() -> complaints.withdraw(user("employee"), other, null))
                .isInstanceOf(ConflictException.class);
        // the withdrawal is an event subprocess of the whole process now: the port still takes it only before the
        // finding, whatever the service says
        assertThat(process.withdraw(other)).isFalse();
        BpmnAwareTests.assertThat(instance(other)).isWaitingAt("correction");
        BpmnAwareTests.assertThat(correction(other)).isWaitingAt("reportRectification");
    }

    @Test
    void a_substantiated_finding_reaches_a_waiting_review_and_fails_nobody_when_none_waits() {
        String code = "91310115MA1AY4CL20";
        ProcessInstance waiting = runtime.startProcessInstanceByKey("substantiated-receiver",
                Map.of("employerCreditCode", code));
        ProcessInstance otherEmployer = runtime.startProcessInstanceByKey("substantiated-receiver",
                Map.of("employerCreditCode", "91310104MA1K3P5Q2X"));
        String caseNo = complaints.lodge(user("employee"), complaint(code, "310115")).caseNo();
        accept(caseNo);
        respondToAll(caseNo);
        find(caseNo, "SUBSTANTIATED");
        BpmnAwareTests.assertThat(waiting).isWaitingAt("heard");
        assertThat(runtime.getVariable(waiting.getId(), "substantiatedCaseNo")).isEqualTo(caseNo);
        BpmnAwareTests.assertThat(otherEmployer).isWaitingAt("waitForViolation");
        runtime.deleteProcessInstance(waiting.getId(), "test");
        runtime.deleteProcessInstance(otherEmployer.getId(), "test");
    }

    List<String> staffTimeline(String caseNo) {
        return timeline.of(caseNo, org.ffw.platform.timeline.Visibility.forStaff()).stream()
                .map(org.ffw.platform.timeline.TimelineEntry::action).toList();
    }

    List<String> complainantTimeline(String caseNo) {
        return timeline.of(caseNo, org.ffw.platform.timeline.Visibility.forApplicant()).stream()
                .map(org.ffw.platform.timeline.TimelineEntry::action).toList();
    }

    @Test
    void no_union_opinion_within_ten_working_days_is_recorded_the_investigator_told_and_the_finding_goes_on() {
        String caseNo = lodge();
        accept(caseNo);
        // the union's task and its timer end together: the end of Monday 30 November, 10 working days after 立案
        assertThat(task(caseNo, "unionOpinion").getDueDate().toInstant()).isEqualTo(TEN_WORKING_DAYS_AFTER_MONDAY);
        worktable.claim(user("inspector2"), task(caseNo, "investigate").getId());
        work(caseNo, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        fireTimer(caseNo, "unionOpinionTimeout", TEN_WORKING_DAYS_AFTER_MONDAY,
                Instant.parse("2026-12-01T00:00:00Z"));
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("noUnionOpinion", "unionMerge")
                .isWaitingAt("investigate");
        assertThat(task(caseNo, "unionOpinion")).isNull();
        // recorded for the staff, not for the complainant; the inspector holding the investigation is told
        assertThat(staffTimeline(caseNo)).contains("NO_UNION_OPINION");
        assertThat(complainantTimeline(caseNo)).doesNotContain("NO_UNION_OPINION");
        assertThat(outbox.forCase(caseNo).stream().filter(n -> n.template().equals("COMPLAINT_NO_UNION_OPINION"))
                .map(Notification::recipient)).containsExactly("inspector2");
        assertThat(row(caseNo).unionPosition()).isNull();
        // the finding no longer waits for the union
        work(caseNo, "investigate", "inspector2", Map.of("investigationRecord", "已调取考勤与请假审批记录。",
                "investigationAction", "DONE"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("finding");
        work(caseNo, "finding", "inspector2", Map.of("finding", "NOT_SUBSTANTIATED",
                "findingReason", "经核实单位已依法批准全部假期。"));
        assertThat(instance(caseNo)).isNull();
        assertThat(row(caseNo).outcome()).isEqualTo(Outcome.NOT_SUBSTANTIATED);
    }

    @Test
    void a_late_union_opinion_with_nobody_on_the_investigation_tells_the_districts_inspectors() {
        String caseNo = lodge();
        accept(caseNo);
        investigateDone(caseNo);
        fireTimer(caseNo, "employerResponseTimeout", TEN_WORKING_DAYS_AFTER_MONDAY,
                Instant.parse("2026-12-01T00:00:00Z"));
        fireTimer(caseNo, "unionOpinionTimeout", TEN_WORKING_DAYS_AFTER_MONDAY,
                Instant.parse("2026-12-01T00:00:00Z"));
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("noEmployerResponse", "noUnionOpinion")
                .isWaitingAt("finding");
        assertThat(outbox.forCase(caseNo).stream().filter(n -> n.template().equals("COMPLAINT_NO_UNION_OPINION"))
                .map(Notification::recipient)).containsExactlyInAnyOrder("inspector", "inspector2", "inspector3");
        runtime.deleteProcessInstance(instance(caseNo).getId(), "test");
    }

    @Test
    void an_extension_requested_after_the_investigation_step_is_approved_and_the_finding_takes_the_new_date() {
        String caseNo = lodge();
        accept(caseNo);
        respondAndOpine(caseNo);
        investigateDone(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("finding");
        // the finding task exists already; the inspector still needs more time
        extensions.request(user("inspector"), caseNo, "单位提交的考勤记录需要进一步核实。");
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("extensionRequestReceived")
                .isWaitingAt("approveExtension", "finding");
        BpmnAwareTests.assertThat(instance(caseNo)).task("approveExtension").hasCandidateGroup("supervisor-310115");
        assertThat(row(caseNo).extensionReason()).isEqualTo("单位提交的考勤记录需要进一步核实。");
        assertThat(staffTimeline(caseNo)).contains("EXTENSION_REQUESTED");
        // once per case: a second request, by either door, is refused
        assertThatThrownBy(() -> extensions.request(user("inspector2"), caseNo, "再次申请延长调查期限的理由。"))
                .isInstanceOf(ConflictException.class);
        // and the finding waits for the supervisor's decision
        Task finding = task(caseNo, "finding");
        FfwUser inspector = user("inspector");
        worktable.claim(inspector, finding.getId());
        assertThatThrownBy(() -> worktable.complete(inspector, finding.getId(), Map.of("finding", "NOT_SUBSTANTIATED",
                "findingReason", "经调查核实的事实与理由。"))).isInstanceOf(ConflictException.class);

        work(caseNo, "approveExtension", "supervisor", Map.of("extensionDecision", "APPROVE",
                "extensionNote", "同意延长"));
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("extensionDecided", "extensionRequestDecided")
                .isWaitingAt("finding");
        Complaint extended = row(caseNo);
        assertThat(extended.extended()).isTrue();
        assertThat(extended.investigationDue()).isEqualTo(LocalDate.of(2027, 3, 29));
        // the open finding task follows the new deadline
        assertThat(task(caseNo, "finding").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2027-03-29T15:59:59Z"));
        assertThat(templatesTo(caseNo, "employee")).contains("COMPLAINT_EXTENDED");
        assertThatThrownBy(() -> extensions.request(user("inspector"), caseNo, "再次申请延长调查期限的理由。"))
                .isInstanceOf(ConflictException.class);

        find(caseNo, "NOT_SUBSTANTIATED");
        assertThat(instance(caseNo)).isNull();
        // after the finding the port takes no request either
        assertThat(process.requestExtension(caseNo)).isFalse();
    }

    @Test
    void an_extension_requested_while_the_employer_and_union_are_awaited_can_be_refused_and_not_asked_again() {
        String caseNo = lodge();
        accept(caseNo);
        investigateDone(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("employerResponse", "unionOpinion")
                .hasPassed("investigate");
        extensions.request(user("inspector2"), caseNo, "需要等待单位补充提交历年考勤数据。");
        work(caseNo, "approveExtension", "supervisor", Map.of("extensionDecision", "REFUSE",
                "extensionNote", "期限内可以完成"));
        BpmnAwareTests.assertThat(instance(caseNo)).hasPassed("extensionDecided")
                .isWaitingAt("employerResponse", "unionOpinion");
        Complaint refused = row(caseNo);
        assertThat(refused.extended()).isFalse();
        assertThat(refused.extensionDecision()).isEqualTo("REFUSE");
        assertThat(refused.investigationDue()).isEqualTo(LocalDate.of(2027, 2, 16));
        assertThat(staffTimeline(caseNo)).contains("EXTENSION_REFUSED");
        assertThatThrownBy(() -> extensions.request(user("inspector"), caseNo, "第二次申请延长调查期限。"))
                .isInstanceOf(ConflictException.class);
        respondAndOpine(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("finding");
        find(caseNo, "CORRECTED_DURING_INVESTIGATION");
        assertThat(instance(caseNo)).isNull();
    }

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void an_investigation_deadline_in_a_year_not_loaded_waits_for_the_calendar_and_is_then_set() {
        // 2036: not loaded and past the table of statutory holidays (2021–2035), so not even counted provisionally
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2035);
        Runnable forget2036 = () -> {
            org.ffw.support.TestCalendars.forget(jdbc, 2036);
        };
        forget2036.run();
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2035-11-12T02:00:00Z"))); // Monday
            String caseNo = lodge();
            accept(caseNo);
            BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("employerResponse", "unionOpinion", "investigate");
            assertThat(row(caseNo).investigationDue()).isNull();
            assertThat(task(caseNo, "investigate").getDueDate()).isNull();
            assertThat(templatesTo(caseNo, "admin")).containsExactly("CALENDAR_YEAR_MISSING");

            org.ffw.support.TestCalendars.ensureLoaded(calendars, 2036);
            LocalDate due = row(caseNo).investigationDue();
            assertThat(due).isNotNull().isAfter(LocalDate.of(2036, 1, 1));
            assertThat(task(caseNo, "investigate").getDueDate().toInstant())
                    .isEqualTo(due.atTime(23, 59, 59).atZone(java.time.ZoneId.of("Asia/Shanghai"))
                            .toInstant());
            assertThat(runtime.getVariable(instance(caseNo).getId(), "investigationDue")).isNotNull();
            assertThat(templatesTo(caseNo, "employee")).contains("COMPLAINT_DEADLINE");
            runtime.deleteProcessInstance(instance(caseNo).getId(), "test");
        } finally {
            forget2036.run();
        }
    }

    private void respondToAll(String caseNo) {
        // the employer of this case has no account: its response task times out
        fireTimer(caseNo, "employerResponseTimeout", TEN_WORKING_DAYS_AFTER_MONDAY,
                Instant.parse("2026-12-01T00:00:00Z"));
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "支持职工诉求，建议责令改正。"));
        investigateDone(caseNo);
    }
}
