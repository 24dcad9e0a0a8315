package org.ffw.complaint;

import java.time.LocalDate;
import java.util.Map;

import org.ffw.identity.UserService;
import org.ffw.platform.security.FfwUser;
import org.ffw.rules.CalendarYearNotLoadedException;
import org.ffw.worktable.OpenTasks;
import org.ffw.worktable.TaskInfo;
import org.ffw.worktable.WorktableService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Two demo complaints for the embedded default, created once on an empty database so that a first look finds work in
 * the queues: one by 李娜 waiting for triage in Pudong, one by 王芳 already accepted and under investigation.
 * Off in the test suite (ffw.demo.cases=false) and wherever demo data is off.
 */
@Component
@ConditionalOnProperty(name = {"ffw.demo.enabled", "ffw.demo.cases"}, havingValue = "true")
class DemoComplaints {

    private static final Logger log = LoggerFactory.getLogger(DemoComplaints.class);

    private final ComplaintService complaints;
    private final ComplaintMapper mapper;
    private final UserService users;
    private final WorktableService worktable;
    private final OpenTasks tasks;

    DemoComplaints(ComplaintService complaints, ComplaintMapper mapper, UserService users, WorktableService worktable,
                   OpenTasks tasks) {
        this.complaints = complaints;
        this.mapper = mapper;
        this.users = users;
        this.worktable = worktable;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (!mapper.forComplainant("employee").isEmpty() || !mapper.forComplainant("employee2").isEmpty()) {
            return;
        }
        try {
            complaints.lodge(as("employee"), new LodgeComplaint("91310115MA1H8R7C41", "上海示例科技有限公司", "310115",
                    LeaveType.BIRTH, LocalDate.of(2026, 3, 10), 1, null, null, null, null, LocalDate.of(2026, 6, 16),
                    "我于2026年3月10日生育，公司只批准了98天产假，拒绝给予60天生育假，要求我6月16日返岗。", "补足60天生育假",
                    98, true, "13800000001"));
            String second = complaints.lodge(as("employee2"), new LodgeComplaint("91310115MA1H8R7C41",
                    "上海示例科技有限公司", "310115", LeaveType.CHILDCARE, LocalDate.of(2025, 5, 20), 1, null, null, null, null,
                    LocalDate.of(2026, 9, 1), "我申请2026年度5天育儿假，部门经理以项目紧张为由拒绝。", "依法安排育儿假", 0, true,
                    "13800000002")).caseNo();
            FfwUser inspector = as("inspector");
            TaskInfo triage = tasks.of(second).get(0);
            worktable.claim(inspector, triage.taskId());
            worktable.complete(inspector, triage.taskId(), Map.of("triageDecision", "ACCEPT",
                    "allegation", "职工反映：单位拒绝安排2026年度育儿假。"));
            log.info("created two demo complaints");
        } catch (CalendarYearNotLoadedException e) {
            log.warn("demo complaints not created: {}", e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private FfwUser as(String username) {
        FfwUser u = users.find(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        return u;
    }
}
