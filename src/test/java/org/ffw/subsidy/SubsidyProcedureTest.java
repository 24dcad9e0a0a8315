package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Outbox;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.subsidy.ApplySubsidy.BankAccount;
import org.ffw.subsidy.ApplySubsidy.Employee;
import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;
import org.ffw.worktable.WorktableService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/employer-subsidy.bpmn with camunda-bpm-assert, driven the way users drive it (applying through
 * the service, tasks through the worktable as the demo officer, supervisor and employer, the payment as finance)
 * and timers by moving Camunda's clock. process-test-coverage checks that this class reaches every flow node and
 * sequence flow.
 */
class SubsidyProcedureTest extends org.ffw.support.ProcessTest {

    /** Monday 16 November 2026, 10:00 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");
    /** The end of Monday 30 November 2026 in Shanghai: 10 working days after MONDAY. */
    static final Instant TEN_WORKING_DAYS_AFTER_MONDAY = Instant.parse("2026-11-30T15:59:59Z");
    /** An employer of this test alone, so that its compliance standing is what the test makes it. */
    static final String EMPLOYER_CO = "91310115MA1PRCT04" + org.ffw.rules.CreditCodes.checkCharacter("91310115MA1PRCT04");
    static final String EMPLOYER = "subsidy-procedure-employer";

    @Autowired
    SubsidyService service;
    @Autowired
    SubsidyPayments payments;
    @Autowired
    SubsidyMapper mapper;
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
    Outbox outbox;
    @Autowired
    EmployerService employers;
    @Autowired
    org.ffw.rules.WorkCalendarService calendars;

    @BeforeEach
    void setUp() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        if (!employers.exists(EMPLOYER_CO)) {
            employers.register(new EmployerService.NewEmployer(EMPLOYER_CO, "上海补贴测试有限公司", "310115", null, null));
        }
        if (!users.exists(EMPLOYER)) {
            users.create(new UserService.NewAccount(EMPLOYER, "Subsidy-employer-1", "上海补贴测试有限公司",
                    java.util.Set.of(org.ffw.platform.security.Role.EMPLOYER), null, EMPLOYER_CO, null, null, null),
                    false);
        }
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
    }

    @AfterAll
    static void everyPathWasTaken(@Autowired ProcessEngine engine) {
        assertThat(org.ffw.support.ProcessCoverage.of(engine, SubsidyProcess.KEY)).isEqualTo(1.0);
    }


    // ------------------------------------------------------------------------------------------------ helpers


    /** An application of the demo employer for a fresh employee, each month's four contributions as given. */
    String apply(String pension, String medical, String unemployment, String workInjury) {
        List<MonthlyContribution> months = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            months.add(new MonthlyContribution(YearMonth.of(2026, 3).plusMonths(i).toString(),
                    new BigDecimal(pension), new BigDecimal(medical), new BigDecimal(unemployment),
                    new BigDecimal(workInjury)));
        }
        ApplySubsidy a = new ApplySubsidy(new Employee("王芳", Contributions.residentId()), LocalDate.of(2026, 3, 10),
                2, true, "P310000001", 1, false, LocalDate.of(2026, 3, 10), LocalDate.of(2026, 8, 15), months, null,
                true, new BankAccount("中国工商银行上海浦东分行", "上海示例科技有限公司", "1001234567890123"));
        return service.apply(user(EMPLOYER), a).caseNo();
    }

    String apply() {
        return apply("2000.00", "1000.00", "50.00", "20.00");
    }




    void approve(String caseNo) {
        work(caseNo, "review", "officer", Map.of("reviewDecision", "APPROVE"));
    }


    SubsidyApplication row(String caseNo) {
        return mapper.find(caseNo);
    }

    List<String> templatesTo(String caseNo, String recipient) {
        return outbox.forCase(caseNo).stream().filter(n -> n.recipient().equals(recipient))
                .map(Notification::template).toList();
    }

    // ------------------------------------------------------------------------------------------------- paths

    @Test
    void applying_starts_the_review_in_the_district_with_twenty_working_days() {
        String caseNo = apply();
        BpmnAwareTests.assertThat(instance(caseNo)).isStarted().isWaitingAt("review");
        BpmnAwareTests.assertThat(instance(caseNo)).task().hasCandidateGroup("officer-310115");
        // 20 working days after Monday 16 November 2026: Monday 14 December, end of the day in Shanghai
        assertThat(task(caseNo, "review").getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-14T15:59:59Z"));
        SubsidyApplication a = row(caseNo);
        assertThat(a.status()).isEqualTo(SubsidyStatus.SUBMITTED);
        assertThat(a.requestedAmount()).isEqualByComparingTo("9210.00");
        assertThat(templatesTo(caseNo, EMPLOYER)).containsExactly("SUBSIDY_APPLIED");
    }

    @Test
    void approved_then_paid_closes_the_case_and_tells_the_employer_at_each_step() {
        String caseNo = apply();
        approve(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("awaitPayment");
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.APPROVED);
        assertThat(row(caseNo).approvedAmount()).isEqualByComparingTo("9210.00");
        assertThat(row(caseNo).approvedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(payments.instructions(user("admin"), LocalDate.of(2026, 11, 16)))
                .extracting(SubsidyPayments.Instruction::caseNo).contains(caseNo);

        payments.confirm(user("admin"), caseNo, new SubsidyPayments.Payment("BOC20261116001", LocalDate.of(2026, 11, 16)));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        SubsidyApplication a = row(caseNo);
        assertThat(a.status()).isEqualTo(SubsidyStatus.PAID);
        assertThat(a.paymentReference()).isEqualTo("BOC20261116001");
        assertThat(a.closedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(templatesTo(caseNo, EMPLOYER)).containsExactly("SUBSIDY_APPLIED", "SUBSIDY_APPROVED",
                "SUBSIDY_PAID");
        // paying twice is refused
        assertThatThrownBy(() -> payments.confirm(user("admin"), caseNo,
                new SubsidyPayments.Payment("BOC-again", LocalDate.of(2026, 11, 16))))
                .isInstanceOf(org.ffw.platform.web.ConflictException.class);
    }

    @Test
    void rejected_with_the_reason_the_employer_reads() {
        String caseNo = apply();
        work(caseNo, "review", "officer", Map.of("reviewDecision", "REJECT",
                "reviewReason", "该职工生育时已与本单位解除劳动合同，不符合在职生育的条件。"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.REJECTED);
        Notification n = outbox.forCase(caseNo).stream().filter(x -> x.template().equals("SUBSIDY_REJECTED"))
                .findFirst().orElseThrow();
        assertThat(n.body()).contains("解除劳动合同");
        // closed: a new application for the same child is possible again
        assertThat(mapper.activeFor(row(caseNo).employeeResidentId() + ":2026-03-10")).isNull();
    }

    @Test
    void a_supplement_restarts_the_review_with_its_full_time() {
        String caseNo = apply();
        work(caseNo, "review", "officer", Map.of("reviewDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请上传 2026 年 3 月至 8 月的社保缴费凭证。"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("supplement");
        Task supplement = task(caseNo, "supplement");
        assertThat(supplement.getAssignee()).isEqualTo(EMPLOYER);
        assertThat(supplement.getDueDate().toInstant()).isEqualTo(TEN_WORKING_DAYS_AFTER_MONDAY);
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.SUPPLEMENT_REQUESTED);
        assertThat(templatesTo(caseNo, EMPLOYER)).contains("SUBSIDY_SUPPLEMENT");

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-20T02:00:00Z"))); // Friday
        work(caseNo, "supplement", EMPLOYER, Map.of("supplement", "已上传 6 个月的缴费凭证。"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("review");
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.SUBMITTED);
        assertThat(row(caseNo).supplement()).isEqualTo("已上传 6 个月的缴费凭证。");
        // 20 working days after Friday 20 November: Friday 18 December
        assertThat(task(caseNo, "review").getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-18T15:59:59Z"));
        approve(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("awaitPayment");
    }

    @Test
    void no_answer_to_the_supplement_request_withdraws_the_application() {
        String caseNo = apply();
        work(caseNo, "review", "officer", Map.of("reviewDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请上传出生医学证明。"));
        fireTimer(caseNo, "supplementTimeout", TEN_WORKING_DAYS_AFTER_MONDAY,
                Instant.parse("2026-12-01T01:00:00Z"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.WITHDRAWN);
        assertThat(templatesTo(caseNo, EMPLOYER)).contains("SUBSIDY_WITHDRAWN");
    }

    @Test
    void above_the_threshold_the_supervisor_reviews_again_and_may_reject() {
        // 6 × 17,000.00 × 50 % = 51,000.00 > 50,000.00
        String caseNo = apply("12000.00", "4000.00", "600.00", "400.00");
        assertThat(row(caseNo).requestedAmount()).isEqualByComparingTo("51000.00");
        approve(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("secondReview");
        BpmnAwareTests.assertThat(instance(caseNo)).task().hasCandidateGroup("supervisor-310115");
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.SECOND_REVIEW);
        assertThat(templatesTo(caseNo, EMPLOYER)).contains("SUBSIDY_SECOND_REVIEW");
        work(caseNo, "secondReview", "supervisor", Map.of("secondDecision", "REJECT",
                "secondReason", "缴费基数明显高于该职工工资水平，请核实后重新申请。"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.REJECTED);
        assertThat(outbox.forCase(caseNo).stream().filter(x -> x.template().equals("SUBSIDY_REJECTED"))
                .findFirst().orElseThrow().body()).contains("缴费基数");
    }

    @Test
    void an_unrectified_leave_violation_sends_the_approval_to_the_supervisor() {
        String creditCode = EMPLOYER_CO;
        String violationCase = "LC-TEST-" + System.nanoTime() % 1_000_000;
        employers.recordViolation(creditCode, violationCase, "LEAVE_VIOLATION_BIRTH", LocalDate.of(2026, 10, 1),
                "生育假权益投诉属实");
        try {
            String caseNo = apply();
            approve(caseNo);
            BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("secondReview");
            work(caseNo, "secondReview", "supervisor", Map.of("secondDecision", "APPROVE",
                    "secondNote", "违法行为已责令改正，补贴与之无关，同意。"));
            BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("awaitPayment");
            assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.APPROVED);
        } finally {
            employers.rectified(creditCode, violationCase, LocalDate.of(2026, 11, 16));
        }
        // once rectified, it no longer does
        String later = apply();
        approve(later);
        BpmnAwareTests.assertThat(instance(later)).isWaitingAt("awaitPayment");
    }

    @Test
    void a_payment_unconfirmed_after_ten_working_days_tells_the_supervisor_and_still_waits() {
        String caseNo = apply();
        approve(caseNo);
        fireTimer(caseNo, "paymentOverdue", TEN_WORKING_DAYS_AFTER_MONDAY, Instant.parse("2026-12-01T01:00:00Z"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("awaitPayment");
        assertThat(templatesTo(caseNo, "supervisor")).contains("SUBSIDY_PAYMENT_OVERDUE");
        payments.confirm(user("admin"), caseNo, new SubsidyPayments.Payment("BOC20261201007", LocalDate.of(2026, 12, 1)));
        assertThat(row(caseNo).status()).isEqualTo(SubsidyStatus.PAID);
    }

    @Test
    void approving_over_a_failed_check_needs_a_note() {
        // the months are wrong: one missing (the check fails, the application is still routed)
        String caseNo = apply();
        mapper.setEligibility(caseNo, "[{\"code\":\"MONTHS\",\"label\":\"缴费月份\",\"passed\":false,\"warning\":false,"
                + "\"reason\":\"缺 2026-08\"}]", false, Instant.now());
        assertThatThrownBy(() -> approve(caseNo)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("reviewNote");
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("review");
        work(caseNo, "review", "officer", Map.of("reviewDecision", "APPROVE",
                "reviewNote", "8 月缴费凭证已在补充材料中核实，按 6 个月计算。"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("awaitPayment");
    }
}
