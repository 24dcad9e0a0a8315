package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ffw.correction.CorrectionVariables;
import org.ffw.employer.EmployerService;
import org.ffw.worktable.WorktableService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * bpmn/leave-correction.bpmn on its own: started with a complaint's case number as business key and only the
 * variables {@link CorrectionVariables} names — as any calling procedure starts it — its every path, the no-report
 * timer included. The complaint is the Correctable of the case (its case is brought to a substantiated finding and
 * its own instance removed). process-test-coverage checks that this class reaches every node and flow.
 */
class CorrectionProcedureTest extends org.ffw.support.ProcessTest {

    static final Instant MONDAY = ComplaintProcedureTest.MONDAY;
    static final String PUDONG_CO = ComplaintProcedureTest.PUDONG_CO;

    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintMapper mapper;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    EmployerService employers;
    @Autowired
    WorktableService worktable;
    @Autowired
    org.ffw.rules.WorkCalendarService calendars;

    @BeforeEach
    void setUp() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
    }

    @AfterAll
    static void everyPathWasTaken(@Autowired ProcessEngine engine) {
        assertThat(org.ffw.support.ProcessCoverage.of(engine, CorrectionVariables.PROCESS_KEY)).isEqualTo(1.0);
    }

    @Test
    void ordered_reported_and_rectified() {
        String caseNo = substantiatedCase();
        ProcessInstance pi = start(caseNo);
        BpmnAwareTests.assertThat(pi).hasPassed("correctionStarted", "substantiated").isWaitingAt("orderCorrection");
        assertThat(employers.violations(PUDONG_CO)).extracting(EmployerService.Violation::caseNo).contains(caseNo);
        // the task of the called process is the complaint's task on the worktable
        var order = worktable.get(user("inspector"), task(caseNo, "orderCorrection").getId()).task();
        assertThat(order.process()).isEqualTo("leave-complaint");
        assertThat(order.caseNo()).isEqualTo(caseNo);
        assertThat(order.district()).isEqualTo("310115");
        // and, like every complaint task, it is completed through the worktable only
        String orderId = task(caseNo, "orderCorrection").getId();
        assertThatThrownBy(() -> tasks.complete(orderId, Map.of()))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("worktable");

        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", "补足职工生育假60天并书面告知。",
                "correctionDeadline", "2026-12-31"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("reportRectification");
        assertThat(task(caseNo, "reportRectification").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-12-31T15:59:59Z"));
        work(caseNo, "reportRectification", "employer", Map.of("rectificationReport", "已为职工补足生育假并书面确认。"));
        BpmnAwareTests.assertThat(pi).hasPassed("verifyMerge").isWaitingAt("verifyRectification");
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "RECTIFIED",
                "verificationNote", "已电话回访职工确认。"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("correctionMerge", "correctionDone")
                .hasNotPassed("penaltyDecision", "noRectificationReport");
    }

    @Test
    void no_report_by_the_deadline_not_rectified_then_the_penalty_decision() {
        String caseNo = substantiatedCase();
        ProcessInstance pi = start(caseNo);
        work(caseNo, "orderCorrection", "inspector", Map.of("requiredActions", "补足职工生育假60天并书面告知。",
                "correctionDeadline", "2026-12-15"));
        fireTimer(caseNo, "rectificationDeadlinePassed", Instant.parse("2026-12-15T15:59:59Z"),
                Instant.parse("2026-12-16T01:00:00Z"));
        BpmnAwareTests.assertThat(pi).hasPassed("noRectificationReport")
                .isWaitingAt("verifyRectification");
        assertThat(mapper.find(caseNo).status()).isEqualTo(Status.VERIFYING);
        work(caseNo, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "单位仍未补足假期。"));
        BpmnAwareTests.assertThat(pi).isWaitingAt("penaltyDecision");
        BpmnAwareTests.assertThat(pi).task("penaltyDecision").hasCandidateGroup("supervisor-310115");
        work(caseNo, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "NO_PENALTY",
                "penaltyNote", "仅责令改正。"));
        BpmnAwareTests.assertThat(pi).isEnded().hasPassed("penaltyDecision", "correctionMerge", "correctionDone");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    ProcessInstance start(String caseNo) {
        return runtime.startProcessInstanceByKey(CorrectionVariables.PROCESS_KEY, caseNo,
                Map.of(CorrectionVariables.DISTRICT, "310115", CorrectionVariables.EMPLOYER_CREDIT_CODE, PUDONG_CO));
    }

    /** A complaint found substantiated, its own instance removed (with the call it had made) so none waits. */
    String substantiatedCase() {
        String caseNo = complaints.lodge(user("employee"), ComplaintProcedureTest.complaint(PUDONG_CO, "310115"))
                .caseNo();
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假，仅批准98天产假。"));
        work(caseNo, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假。"));
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", "已调取考勤与请假审批记录。",
                "investigationAction", "DONE"));
        Map<String, Object> v = new HashMap<>(Map.of("finding", "SUBSTANTIATED", "findingReason", "经调查核实的事实与理由。",
                "affectedEmployees", 1));
        work(caseNo, "finding", "inspector", v);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("correction");
        runtime.deleteProcessInstance(instance(caseNo).getId(), "the called process is tested on its own");
        assertThat(correction(caseNo)).isNull();
        return caseNo;
    }
}
