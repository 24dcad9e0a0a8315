package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.ffw.certification.ApplyCertification.Consultation;
import org.ffw.certification.ApplyCertification.Contact;
import org.ffw.certification.ApplyCertification.Post;
import org.ffw.complaint.ComplaintService;
import org.ffw.complaint.LeaveType;
import org.ffw.complaint.LodgeComplaint;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.worktable.WorktableService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the certification's process tests share: a fresh employer (and its account) per test — one open application
 * and one certificate per employer — applying through the service, tasks through the worktable as the demo staff,
 * timers by moving Camunda's clock, and a real complaint driven to a substantiated finding.
 */
abstract class CertificationProcessTest extends org.ffw.support.ProcessTest {

    /** Monday 16 November 2026, 10:00 in Shanghai. */
    static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");

    @Autowired
    CertificationService service;
    @Autowired
    Certificates certificates;
    @Autowired
    CertificationMapper applications;
    @Autowired
    CertificateMapper certificateRows;
    @Autowired
    WorktableService worktable;
    @Autowired
    UserService users;
    @Autowired
    EmployerService employers;
    @Autowired
    ComplaintService complaints;
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
    org.ffw.rules.WorkCalendarService calendars;

    /** This test's employer: its credit code and its account. */
    String employerCode;
    String employerAccount;

    @BeforeEach
    void freshEmployer() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        AbstractAssertions.init(engine);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        CertificationEmployers.Fresh fresh = CertificationEmployers.create(employers, users);
        employerCode = fresh.creditCode();
        employerAccount = fresh.username();
    }



    static Post post(String title, int headcount) {
        return new Post(title, "质量部", headcount, "核心时间10:00-16:00，其余弹性",
                List.of(Measure.FLEXIBLE_HOURS, Measure.REMOTE_WORK), null, "抚育12周岁以下子女的职工");
    }

    static ApplyCertification application(int posts) {
        List<Post> list = new ArrayList<>();
        for (int i = 1; i <= posts; i++) {
            list.add(post("软件测试工程师" + i, 3));
        }
        return new ApplyCertification(list, true,
                new Consultation(LocalDate.of(2026, 10, 15), "职工代表大会", "职工代表大会审议通过了生育友好岗方案。"),
                new Contact("张敏", "13900000000"));
    }

    String apply(int posts) {
        return service.apply(user(employerAccount), application(posts)).caseNo();
    }




    void review(String caseNo, String key, String username, String decision) {
        Map<String, Object> v = new HashMap<>(Map.of("decision", decision));
        if (decision.equals("REJECT")) {
            v.put("reason", "岗位工作时间安排与申报的弹性措施不一致，不符合生育友好岗的条件。");
        } else if (decision.equals("REQUEST_CHANGES")) {
            v.put("comments", "请写明每个岗位居家办公的天数和申请方式。");
        }
        work(caseNo, key, username, v);
    }

    void bothApprove(String caseNo) {
        review(caseNo, "hrbReview", "inspector", "APPROVE");
        review(caseNo, "unionReview", "union", "APPROVE");
    }

    void siteVisit(String caseNo, String result) {
        Map<String, Object> v = new HashMap<>(Map.of("result", result, "visitDate", "2026-11-16"));
        v.put("findings", result.equals("CONFIRMED") ? "岗位设置与申报一致，职工知晓弹性安排。"
                : "现场核查发现岗位仍实行固定坐班，未落实弹性上下班。");
        work(caseNo, "siteVisit", "inspector", v);
    }


    /** The notice (5 working days from Monday 16 November: to Monday 23 November) passes without objection. */
    void noticePasses(String caseNo) {
        fireTimer(caseNo, "noticePeriod", Instant.parse("2026-11-23T15:59:59Z"), Instant.parse("2026-11-24T01:00:00Z"));
    }

    /** A first application through both approvals, the site visit and the notice: its certificate's number. */
    String certified() {
        String caseNo = apply(2);
        bothApprove(caseNo);
        siteVisit(caseNo, "CONFIRMED");
        noticePasses(caseNo);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        return applications.find(caseNo).certificateNo();
    }

    List<String> templatesTo(String caseNo, String recipient) {
        return outbox.forCase(caseNo).stream().filter(n -> n.recipient().equals(recipient))
                .map(Notification::template).toList();
    }

    /**
     * A real complaint against this test's employer, driven through the worktable to a substantiated finding:
     * the complaint procedure records the violation and sends its message.
     */
    String substantiatedComplaint() {
        String caseNo = complaints.lodge(user("employee"), new LodgeComplaint(employerCode, "友好岗测试单位", "310115",
                LeaveType.MATERNITY, LocalDate.of(2026, 3, 10), 1, null, null, null, null, LocalDate.of(2026, 5, 9),
                "公司只批准了60天产假，要求提前返岗。", "补足产假", 60, true, "13800000000")).caseNo();
        work(caseNo, "triage", "inspector", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工98天产假，仅批准60天。"));
        work(caseNo, "employerResponse", employerAccount, Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"));
        work(caseNo, "unionOpinion", "union", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受产假。"));
        work(caseNo, "investigate", "inspector", Map.of("investigationRecord", "已调取考勤与请假审批记录。",
                "investigationAction", "DONE"));
        work(caseNo, "finding", "inspector", Map.of("finding", "SUBSTANTIATED",
                "findingReason", "经调查核实单位仅批准60天产假。", "affectedEmployees", 1));
        return caseNo;
    }
}
