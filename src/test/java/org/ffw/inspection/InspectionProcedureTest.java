package org.ffw.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.ffw.complaint.LeaveType;
import org.ffw.employer.EmployerService;
import org.ffw.inspection.InspectionCases.InspectionClosed;
import org.ffw.inspection.InspectionCases.InspectionSummary;
import org.ffw.inspection.InspectionCases.OpenInspection;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.ProcessCoverage;
import org.ffw.support.TestCalendars;
import org.ffw.worktable.WorktableService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every path of bpmn/leave-inspection.bpmn, driven as users drive it: the case opened as a campaign opens it, the
 * employer's rows through {@link LeaveRecords} (each checked against the rules), the tasks through the worktable,
 * the report deadline by moving Camunda's clock. No violation; violation corrected; not corrected → penalty referral;
 * the employer does not report in time; an inspector recuses.
 */
@RecordApplicationEvents
class InspectionProcedureTest extends org.ffw.support.ProcessTest {

    /** Monday 16 November 2026, 10:00 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");
    /** The end of Monday 30 November 2026 in Shanghai: 10 working days after MONDAY. */
    static final Instant TEN_WORKING_DAYS = Instant.parse("2026-11-30T15:59:59Z");
    static final String PUDONG_CO = "91310115MA1H8R7C41";
    static long campaigns = 9_000;

    @Autowired
    InspectionCases cases;
    @Autowired
    LeaveRecords records;
    @Autowired
    InspectionReads reads;
    @Autowired
    InspectionMapper mapper;
    @Autowired
    WorktableService worktable;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    EmployerService employers;
    @Autowired
    WorkCalendarService calendars;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEvents events;

    @BeforeEach
    void clock() {
        TestCalendars.ensureLoaded(calendars, 2027);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
    }

    @AfterAll
    static void everyPathWasTaken(@Autowired ProcessEngine engine) {
        assertThat(ProcessCoverage.of(engine, InspectionProcess.KEY)).isEqualTo(1.0);
    }

    /** A campaign's case at the demo employer, inspected by inspector (lead) and inspector2. */
    String open(long campaign, List<LeaveType> focus) {
        user("supervisor");
        return tx.execute(s -> cases.open(new OpenInspection(campaign, "2027年第一季度生育假落实专项检查", PUDONG_CO,
                "310115", focus, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 9, 30),
                List.of("inspector", "inspector2"), "RANDOM")));
    }

    LeaveRecord row(String caseNo, String as, String name, LeaveType type, int granted) {
        return records.add(user(as), caseNo, new NewLeaveRecord(name, type, LocalDate.of(2026, 3, 2), 1, false,
                granted, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1).plusDays(granted), null));
    }

    void report(String caseNo) {
        work(caseNo, "reportLeaveRecords", "employer", Map.of("reportNote", "期间内共两名职工生育。",
                "reportComplete", true));
    }

    /** The open task of this key held by this inspector (the pair's review is one task each). */
    Task heldBy(String caseNo, String key, String inspector) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key)
                .taskAssignee(inspector).singleResult();
    }

    void signOff(String caseNo, String inspector, boolean siteCheck) {
        Task t = heldBy(caseNo, "pairReview", inspector);
        assertThat(t).as("review task of " + inspector).isNotNull();
        worktable.complete(user(inspector), t.getId(), Map.of("siteCheckNeeded", siteCheck,
                "reviewNote", siteCheck ? "产假天数不足，需现场核对考勤。" : "报送情况完整，未见异常。"));
    }

    Inspection row(String caseNo) {
        return mapper.find(caseNo);
    }

    boolean passed(String caseNo, String activity) {
        return history.createHistoricActivityInstanceQuery().activityId(activity)
                .processInstanceId(row(caseNo).processInstanceId()).count() > 0;
    }

    @Test
    void no_violation_closes_and_tells_the_campaign() {
        long campaign = ++campaigns;
        String caseNo = open(campaign, List.of(LeaveType.MATERNITY, LeaveType.BIRTH));
        assertThat(caseNo).startsWith("LI-2026-");
        assertThat(row(caseNo).reportDue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(task(caseNo, "reportLeaveRecords").getDueDate().toInstant()).isEqualTo(TEN_WORKING_DAYS);

        // each row is checked against the rules as it is written: 98 days of 产假, 60 of 生育假 (REFERENCE §1)
        LeaveRecord maternity = row(caseNo, "employer", "李娜", LeaveType.MATERNITY, 98);
        LeaveRecord birth = row(caseNo, "employer", "李娜", LeaveType.BIRTH, 60);
        assertThat(maternity.statutoryDays()).isEqualTo(98);
        assertThat(birth.statutoryDays()).isEqualTo(60);
        assertThat(maternity.gap() + birth.gap()).isZero();
        // the report is confirmed or not made
        assertThatThrownBy(() -> work(caseNo, "reportLeaveRecords", "employer", Map.of("reportComplete", false)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("reportComplete");
        assertThat(row(caseNo).reportedAt()).isNull();
        report(caseNo);
        assertThat(row(caseNo).reportNote()).isEqualTo("期间内共两名职工生育。");
        assertThat(row(caseNo).status()).isEqualTo(InspectionStatus.REVIEWING);
        // once reported the employer's rows are fixed
        assertThatThrownBy(() -> row(caseNo, "employer", "王芳", LeaveType.BIRTH, 60))
                .isInstanceOf(ConflictException.class);

        signOff(caseNo, "inspector", false);
        assertThat(heldBy(caseNo, "inspectionFinding", "inspector")).isNull();
        signOff(caseNo, "inspector2", false);
        assertThat(passed(caseNo, "siteCheck")).isFalse();
        work(caseNo, "inspectionFinding", "inspector", Map.of("finding", "NO_VIOLATION",
                "findingReason", "两名职工产假、生育假均已足额给予。"));

        Inspection closed = row(caseNo);
        assertThat(closed.status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).count()).isZero();
        assertThat(events.stream(InspectionClosed.class)).contains(new InspectionClosed(campaign, caseNo));
        InspectionSummary s = cases.ofCampaign(campaign).get(0);
        assertThat(s.finding()).isEqualTo("NO_VIOLATION");
        assertThat(s.closed()).isTrue();
        assertThat(s.ordered()).isFalse();
        assertThat(s.inspectors()).containsExactly("inspector", "inspector2");
    }

    @Test
    void a_violation_corrected_goes_through_the_shared_order_to_correct() {
        long campaign = ++campaigns;
        String caseNo = open(campaign, List.of(LeaveType.BIRTH));
        LeaveRecord shortLeave = row(caseNo, "employer", "王芳", LeaveType.BIRTH, 30);
        assertThat(shortLeave.gap()).isEqualTo(30);
        report(caseNo);
        signOff(caseNo, "inspector", true);
        signOff(caseNo, "inspector2", false);
        // one of the pair asked: the lead checks on site, and may add what the report left out
        assertThat(row(caseNo).status()).isEqualTo(InspectionStatus.SITE_CHECK);
        row(caseNo, "inspector", "陈红", LeaveType.BIRTH, 45);
        // the pair does not remove the employer's rows, nor date its check in the future
        assertThatThrownBy(() -> records.remove(user("inspector"), caseNo, shortLeave.id()))
                .isInstanceOf(org.ffw.platform.web.ForbiddenException.class);
        assertThatThrownBy(() -> work(caseNo, "siteCheck", "inspector", Map.of("siteCheckedOn", "2026-11-17",
                "siteCheckRecord", "核对考勤记录，两名职工生育假均未足额给予。")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("siteCheckedOn");
        work(caseNo, "siteCheck", "inspector", Map.of("siteCheckedOn", "2026-11-16",
                "siteCheckRecord", "核对考勤记录，两名职工生育假均未足额给予。"));
        assertThat(cases.ofCampaign(campaign).get(0).personsWithGap()).isEqualTo(2);
        work(caseNo, "inspectionFinding", "inspector", Map.of("finding", "VIOLATION",
                "findingReason", "两名职工生育假分别少给 30 天和 15 天。", "affectedEmployees", 2));

        // the same steps as a complaint's (bpmn/leave-correction.bpmn), on this case
        assertThat(passed(caseNo, "correction")).isTrue();
        assertThat(employers.violations(PUDONG_CO).stream().anyMatch(v -> v.caseNo().equals(caseNo))).isTrue();
        work(caseNo, "orderCorrection", "inspector2", Map.of("requiredActions", "为两名职工补足生育假。",
                "correctionDeadline", "2026-12-15"));
        assertThat(row(caseNo).status()).isEqualTo(InspectionStatus.CORRECTION_ORDERED);
        // an inspection case has no files to name as proof
        assertThatThrownBy(() -> work(caseNo, "reportRectification", "employer", Map.of("rectificationReport",
                "已为两名职工补足生育假。", "evidenceReferences", List.of("1")))).isInstanceOf(InvalidInputException.class);
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已为两名职工补足生育假。"));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "RECTIFIED",
                "verificationNote", "已核实补休安排。"));

        Inspection closed = row(caseNo);
        assertThat(closed.status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(closed.verification()).isEqualTo("RECTIFIED");
        InspectionSummary s = cases.ofCampaign(campaign).get(0);
        assertThat(s.ordered()).isTrue();
        assertThat(s.rectified()).isTrue();
        assertThat(s.penaltyReferred()).isFalse();
        assertThat(employers.unrectified(PUDONG_CO).stream().noneMatch(v -> v.caseNo().equals(caseNo))).isTrue();
    }

    @Test
    void not_corrected_goes_to_the_penalty_decision() {
        long campaign = ++campaigns;
        String caseNo = open(campaign, List.of(LeaveType.MATERNITY));
        row(caseNo, "employer", "李娜", LeaveType.MATERNITY, 90);
        report(caseNo);
        signOff(caseNo, "inspector", false);
        signOff(caseNo, "inspector2", false);
        work(caseNo, "inspectionFinding", "inspector", Map.of("finding", "VIOLATION",
                "findingReason", "一名职工产假少给 8 天。", "affectedEmployees", 1));
        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", "为该名职工补足产假 8 天并补发工资。",
                "correctionDeadline", "2026-12-15"));
        // no rectification report by the deadline (the end of 15 December): recorded, verified all the same
        Instant deadline = Instant.parse("2026-12-15T15:59:59Z");
        fireTimer(caseNo, "rectificationDeadlinePassed", deadline, deadline.plusSeconds(60));
        assertThat(row(caseNo).noRectificationReport()).isTrue();
        assertThat(row(caseNo).status()).isEqualTo(InspectionStatus.VERIFYING);
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "补休未落实。"));
        assertThat(row(caseNo).status()).isEqualTo(InspectionStatus.PENALTY_REVIEW);
        // 产假 carries a fine per affected woman (女职工劳动保护特别规定 第十三条); outside its range: 400, nothing stored
        assertThatThrownBy(() -> work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER",
                "finePerEmployee", 99, "affectedEmployees", 1, "penaltyNote", "逾期未改正，移送处罚。")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("finePerEmployee");
        assertThat(row(caseNo).penaltyDecision()).isNull();
        work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER", "finePerEmployee", 2000,
                "affectedEmployees", 1, "penaltyNote", "逾期未改正，移送处罚。"));

        Inspection closed = row(caseNo);
        assertThat(closed.status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(closed.fineTotal()).isEqualByComparingTo("2000");
        InspectionSummary s = cases.ofCampaign(campaign).get(0);
        assertThat(s.rectified()).isFalse();
        assertThat(s.penaltyReferred()).isTrue();
    }

    @Test
    void a_leave_the_law_fines_nothing_for_is_not_referred_for_a_fine() {
        String caseNo = open(++campaigns, List.of(LeaveType.BIRTH));
        row(caseNo, "employer", "王芳", LeaveType.BIRTH, 40);
        report(caseNo);
        signOff(caseNo, "inspector", false);
        signOff(caseNo, "inspector2", false);
        work(caseNo, "inspectionFinding", "inspector", Map.of("finding", "VIOLATION",
                "findingReason", "一名职工生育假少给 20 天。", "affectedEmployees", 1));
        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", "为该名职工补足生育假 20 天。",
                "correctionDeadline", "2026-12-15"));
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已安排该名职工补休二十天。"));
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "补休未落实。"));
        // 生育假 carries no sourced fine (REFERENCE §1.3): a referral is refused, no penalty is decided
        assertThatThrownBy(() -> work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "REFER",
                "finePerEmployee", 2000, "affectedEmployees", 1, "penaltyNote", "移送处罚。")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("penaltyDecision");
        work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "NO_PENALTY",
                "penaltyNote", "无法定罚款幅度，继续督促整改。"));
        Inspection closed = row(caseNo);
        assertThat(closed.status()).isEqualTo(InspectionStatus.CLOSED);
        assertThat(closed.penaltyDecision()).isEqualTo("NO_PENALTY");
        assertThat(closed.fineTotal()).isNull();
    }

    @Test
    void no_report_in_time_forces_the_site_check() {
        String caseNo = open(++campaigns, List.of(LeaveType.MATERNITY, LeaveType.BIRTH));
        fireTimer(caseNo, "reportDeadlinePassed", TEN_WORKING_DAYS, TEN_WORKING_DAYS.plusSeconds(60));
        Inspection late = row(caseNo);
        assertThat(late.noReport()).isTrue();
        assertThat(late.status()).isEqualTo(InspectionStatus.REVIEWING);
        assertThat(task(caseNo, "reportLeaveRecords")).isNull();
        // the employer cannot report any more; neither of the pair asks for a site check, yet one follows
        assertThatThrownBy(() -> row(caseNo, "employer", "李娜", LeaveType.BIRTH, 60))
                .isInstanceOf(ConflictException.class);
        signOff(caseNo, "inspector", false);
        signOff(caseNo, "inspector2", false);
        assertThat(heldBy(caseNo, "siteCheck", "inspector")).isNotNull();
        work(caseNo, "siteCheck", "inspector", Map.of("siteCheckedOn", "2026-12-01",
                "siteCheckRecord", "到单位现场核对，期间内无职工生育。"));
        work(caseNo, "inspectionFinding", "inspector", Map.of("finding", "NO_VIOLATION",
                "findingReason", "现场核查期间内无职工生育或休假。"));
        assertThat(row(caseNo).status()).isEqualTo(InspectionStatus.CLOSED);
    }

    @Test
    void a_recused_inspector_is_replaced_on_the_case_and_its_open_tasks() {
        long campaign = ++campaigns;
        String caseNo = open(campaign, List.of(LeaveType.BIRTH));
        report(caseNo);
        assertThat(heldBy(caseNo, "pairReview", "inspector")).isNotNull();
        cases.replaceInspector(caseNo, "inspector", "inspector3", "与单位负责人系近亲属", user("supervisor"));
        assertThat(heldBy(caseNo, "pairReview", "inspector")).isNull();
        assertThat(heldBy(caseNo, "pairReview", "inspector3")).isNotNull();
        assertThat(cases.ofCampaign(campaign).get(0).inspectors()).containsExactly("inspector2", "inspector3");
        // the recused one no longer signs off; the replacement does, and the new lead finds
        signOff(caseNo, "inspector3", false);
        signOff(caseNo, "inspector2", false);
        assertThat(heldBy(caseNo, "inspectionFinding", "inspector2")).isNotNull();
        assertThatThrownBy(() -> cases.replaceInspector(caseNo, "inspector", "inspector", "再次", user("supervisor")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(mapper.inspectors(caseNo).get(0).recusalReason()).isEqualTo("与单位负责人系近亲属");
    }

    @Test
    void rows_outside_the_inspection_are_refused_and_nothing_is_stored() {
        String caseNo = open(++campaigns, List.of(LeaveType.BIRTH));
        assertThatThrownBy(() -> row(caseNo, "employer", "李娜", LeaveType.MATERNITY, 98))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> records.add(user("employer"), caseNo, new NewLeaveRecord("李娜", LeaveType.BIRTH,
                LocalDate.of(2026, 10, 20), 1, false, 60, null, null, null)))
                .isInstanceOf(InvalidInputException.class); // born after the period
        assertThatThrownBy(() -> records.add(user("employer"), caseNo, new NewLeaveRecord("李娜", LeaveType.BIRTH,
                LocalDate.of(2026, 3, 2), 1, false, 60, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 10), null)))
                .isInstanceOf(InvalidInputException.class); // more days than the dates
        assertThatThrownBy(() -> row(caseNo, "employer2", "李娜", LeaveType.BIRTH, 60))
                .isInstanceOf(org.ffw.platform.web.ForbiddenException.class);
        assertThat(mapper.records(caseNo)).isEmpty();
        // twins and a difficult birth lengthen 产假 only; 生育假 stays 60
        LeaveRecord twins = records.add(user("employer"), caseNo, new NewLeaveRecord("李娜", LeaveType.BIRTH,
                LocalDate.of(2026, 3, 2), 2, true, 60, null, null, null));
        assertThat(twins.statutoryDays()).isEqualTo(60);
    }
}
