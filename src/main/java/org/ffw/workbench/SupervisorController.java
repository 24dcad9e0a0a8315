package org.ffw.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.workbench.SupervisorDesk.Escalated;
import org.ffw.workbench.SupervisorDesk.Reassigned;
import org.ffw.workbench.SupervisorDesk.Workload;
import org.ffw.worktable.DistrictWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/v1/supervisor}: the supervisor's desk through the API (docs/worktable.md#supervisor). */
@RestController
@RequestMapping("/api/v1/supervisor")
@Tag(name = "supervisor")
class SupervisorController {

    static final String DESK = "hasAnyRole('SUPERVISOR','ADMIN')";

    private final SupervisorDesk desk;

    SupervisorController(SupervisorDesk desk) {
        this.desk = desk;
    }

    record Task(String taskId, String caseNo, String casePage, String process, String taskKey, String taskName,
                String assignee, String assigneeName, Instant due, LocalDate dueOn, String sla, int workingDaysLeft,
                int workingDaysOver, boolean reassignable) {
    }

    record Tasks(String district, List<Task> items) {
    }

    record People(String district, String weekFrom, List<Workload> items) {
    }

    @GetMapping("/escalations")
    @PreAuthorize(DESK)
    @Operation(summary = "The district's tasks at risk and overdue, with the working days left or over")
    Tasks escalations(@RequestParam(required = false) String district) {
        FfwUser me = CurrentUser.get();
        String d = desk.district(me, district);
        return new Tasks(d, desk.escalations(me, d).stream().map(e -> task(desk, e)).toList());
    }

    @GetMapping("/extension-approvals")
    @PreAuthorize(DESK)
    @Operation(summary = "The district's complaint extension approvals waiting for a decision")
    Tasks extensionApprovals(@RequestParam(required = false) String district) {
        FfwUser me = CurrentUser.get();
        String d = desk.district(me, district);
        return new Tasks(d, desk.extensionApprovals(me, d).stream().map(e -> task(desk, e)).toList());
    }

    @GetMapping("/workload")
    @PreAuthorize(DESK)
    @Operation(summary = "Per person of the district: open, at risk, overdue, completed since Monday (Shanghai)")
    People workload(@RequestParam(required = false) String district) {
        String d = desk.district(CurrentUser.get(), district);
        return new People(d, DistrictWork.startOfWeek(DistrictWork.now())
                .toString(), desk.workload(d));
    }

    record Reassignment(List<String> taskIds, String assignee) {
    }

    record Results(String assignee, List<Reassigned> results) {
    }

    @PostMapping("/reassignments")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Give one or several tasks of the district to a colleague who may work them (all or none)")
    Results reassign(@RequestBody Reassignment body) {
        List<Reassigned> done = desk.reassign(CurrentUser.get(), body.taskIds(), body.assignee());
        return new Results(body.assignee(), done);
    }

    private static Task task(SupervisorDesk desk, Escalated e) {
        return new Task(e.task().taskId(), e.task().caseNo(), e.casePage(), e.task().processKey(),
                e.task().taskKey(), e.task().name(), e.assignee(), desk.displayName(e.assignee()), e.task().dueAt(),
                e.dueOn(), e.sla().name(), e.workingDaysLeft(), e.workingDaysOver(), e.reassignable());
    }
}
