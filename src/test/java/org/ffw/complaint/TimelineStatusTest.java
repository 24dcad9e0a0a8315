package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail: every status a complaint passes through (as the case registry has it after each step) appears on
 * its timeline as an entry to that status, in the same order, each entry from the status before it.
 */
class TimelineStatusTest extends org.ffw.support.ProcessTest {

    @Autowired
    ComplaintService complaints;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ffw.rules.WorkCalendarService calendars;

    @BeforeEach
    void setUp() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        ClockUtil.setCurrentTime(Date.from(ComplaintProcedureTest.MONDAY));
    }

    @Test
    void a_complaint_supplemented_substantiated_ordered_and_rectified_has_a_timeline_row_for_every_status() {
        String caseNo = lodge();
        List<String> passed = new ArrayList<>(List.of(status(caseNo)));
        step(caseNo, passed, "triage", "inspector", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请提供请假申请及单位答复的书面材料"));
        step(caseNo, passed, "supplement", "employee", Map.of("supplement", "已上传请假单和人事部门的微信回复截图。"));
        step(caseNo, passed, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假，仅批准98天产假。"));
        step(caseNo, passed, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        step(caseNo, passed, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假。"));
        step(caseNo, passed, "investigate", "inspector", Map.of("investigationRecord", "已调取考勤与请假审批记录。",
                "investigationAction", "DONE"));
        step(caseNo, passed, "finding", "inspector", new HashMap<>(Map.of("finding", "SUBSTANTIATED",
                "findingReason", "经调查核实的事实与理由。", "affectedEmployees", 1)));
        step(caseNo, passed, "orderCorrection", "inspector", Map.of("requiredActions", "补足职工生育假60天并书面告知。",
                "correctionDeadline", "2026-12-31"));
        step(caseNo, passed, "reportRectification", "employer", Map.of("rectificationReport", "已为职工补足生育假并书面确认。"));
        step(caseNo, passed, "verifyRectification", "inspector", Map.of("verification", "RECTIFIED",
                "verificationNote", "已电话回访职工确认。"));
        assertThat(passed).containsExactly("SUBMITTED", "SUPPLEMENT_REQUESTED", "SUBMITTED", "INVESTIGATING",
                "SUBSTANTIATED", "CORRECTION_ORDERED", "VERIFYING", "CLOSED");
        assertEveryStatusHasItsRow(caseNo, passed);
    }

    @Test
    void a_complaint_not_rectified_and_sent_to_the_penalty_review_has_a_timeline_row_for_every_status() {
        String caseNo = lodge();
        List<String> passed = new ArrayList<>(List.of(status(caseNo)));
        step(caseNo, passed, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假，仅批准98天产假。"));
        step(caseNo, passed, "employerResponse", "employer", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        step(caseNo, passed, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假。"));
        step(caseNo, passed, "investigate", "inspector", Map.of("investigationRecord", "已调取考勤与请假审批记录。",
                "investigationAction", "DONE"));
        step(caseNo, passed, "finding", "inspector", new HashMap<>(Map.of("finding", "SUBSTANTIATED",
                "findingReason", "经调查核实的事实与理由。", "affectedEmployees", 1)));
        step(caseNo, passed, "orderCorrection", "inspector", Map.of("requiredActions", "补足职工生育假60天并书面告知。",
                "correctionDeadline", "2026-12-15"));
        step(caseNo, passed, "reportRectification", "employer", Map.of("rectificationReport", "已为职工补足生育假并书面确认。"));
        step(caseNo, passed, "verifyRectification", "inspector", Map.of("verification", "NOT_RECTIFIED",
                "verificationNote", "单位仍未补足假期。"));
        step(caseNo, passed, "penaltyDecision", "supervisor", Map.of("penaltyDecision", "NO_PENALTY",
                "penaltyNote", "仅责令改正。"));
        assertThat(passed).containsExactly("SUBMITTED", "INVESTIGATING", "SUBSTANTIATED", "CORRECTION_ORDERED",
                "VERIFYING", "PENALTY_REVIEW", "CLOSED");
        assertEveryStatusHasItsRow(caseNo, passed);
    }

    private String lodge() {
        return complaints.lodge(user("employee"), ComplaintProcedureTest.complaint(ComplaintProcedureTest.PUDONG_CO,
                "310115")).caseNo();
    }

    /** Works the task and notes the case's status when it changed. */
    private void step(String caseNo, List<String> passed, String key, String user, Map<String, Object> values) {
        work(caseNo, key, user, values);
        String now = status(caseNo);
        if (!Objects.equals(now, passed.get(passed.size() - 1))) {
            passed.add(now);
        }
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plusSeconds(3600)));
    }

    private String status(String caseNo) {
        return jdbc.queryForObject("SELECT status FROM case_registry WHERE case_no = ?", String.class, caseNo);
    }

    /** The rows that change the status, in order: to each status passed, from the one before (the first from none). */
    private void assertEveryStatusHasItsRow(String caseNo, List<String> passed) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT from_status, to_status FROM case_event WHERE case_no = ? AND to_status IS NOT NULL
                AND (from_status IS NULL OR from_status <> to_status) ORDER BY id""", caseNo);
        List<String> to = rows.stream().map(r -> (String) r.get("to_status")).toList();
        assertThat(to).as("timeline rows to a status").containsExactlyElementsOf(passed);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("from_status")).as("row to " + to.get(i)).isEqualTo(passed.get(i - 1));
        }
    }
}
