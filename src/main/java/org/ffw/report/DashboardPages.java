package org.ffw.report;

import java.util.Map;

import org.ffw.identity.UserService;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.rules.CalendarReminders;
import org.ffw.worktable.DistrictWork;
import org.ffw.worktable.Sla;
import org.ffw.worktable.WorktableService;
import org.ffw.worktable.WorktableService.QueuePage;
import org.ffw.worktable.WorktableService.QueueRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page every signed-in user lands on: who they are, and a small dashboard of their work — the task counts
 * of their queue by SLA state and by view, from the worktable's own queue; for staff and administrators, a flag while
 * a year's holiday schedule should be loaded. A supervisor sees the district's open work by SLA state too (their own
 * queue is nearly empty while the district has work), linked to the supervision desk (workbench, /supervisor).
 */
@Controller
class DashboardPages {

    private final UserService users;
    private final WorktableService worktable;
    private final CalendarReminders calendarReminders;
    private final DistrictWork districtWork;

    DashboardPages(UserService users, WorktableService worktable, CalendarReminders calendarReminders,
                   DistrictWork districtWork) {
        this.users = users;
        this.worktable = worktable;
        this.calendarReminders = calendarReminders;
        this.districtWork = districtWork;
    }

    @GetMapping("/")
    String home(Model model) {
        // an anonymous visitor reads the public home (portal.PortalPages); an employer has its home across procedures
        FfwUser me = CurrentUser.find().orElse(null);
        if (me == null) {
            return "forward:/public";
        }
        if (me.has(Role.EMPLOYER) && me.employerCreditCode() != null && !me.isStaff() && !me.has(Role.ADMIN)) {
            return "redirect:/employer/home";
        }
        model.addAttribute("me", me);
        model.addAttribute("district", me.district() == null ? null : users.district(me.district()).orElse(null));
        boolean hasTasks = me.roles().stream().anyMatch(r -> r != Role.ADMIN);
        if (hasTasks) {
            QueuePage counts = worktable.queue(me, new QueueRequest(null, null, null, null, null, null, 0, 1));
            model.addAttribute("slaCounts", counts.sla());
            model.addAttribute("viewCounts", counts.views());
            model.addAttribute("openTasks", counts.sla().values().stream().mapToLong(Long::longValue).sum());
        } else {
            model.addAttribute("slaCounts", Map.<Sla, Long>of());
            model.addAttribute("viewCounts", Map.<String, Long>of());
        }
        model.addAttribute("hasTasks", hasTasks);
        // a supervisor's own queue holds little (the approvals); the district's open work is what they follow
        boolean supervisor = me.has(Role.SUPERVISOR) && me.district() != null;
        model.addAttribute("districtSla", supervisor
                ? districtWork.slaCounts(me.district(), DistrictWork.now()) : Map.<Sla, Long>of());
        model.addAttribute("supervisor", supervisor);
        // staff and administrators see that deadlines in a year without a loaded schedule are provisional
        model.addAttribute("calendarYearsToLoad", me.isStaff() || me.has(Role.ADMIN)
                ? calendarReminders.yearsToLoad() : java.util.List.of());
        model.addAttribute("admin", me.has(Role.ADMIN));
        return "home";
    }
}
