package org.ffw.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ffw.identity.UserService;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.ffw.worktable.DistrictWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /supervisor}: 督办, the supervisor's desk — the escalations with a form to reassign them (one or several), the
 * extension approvals waiting, the workload per person. A bad reassignment is shown beside its field with the ticks
 * kept, and nothing changes.
 */
@Controller
class SupervisorPages {

    /** The desk's phrasings and the words a page says for them (i18n/supervisor). */
    static final Map<String, String> ERRORS = Map.of(
            "must not be empty", "supervisor.error.noTasks",
            "must not be blank", "supervisor.error.noAssignee",
            "is not a user", "supervisor.error.unknownUser",
            "works in another district", "supervisor.error.otherDistrict",
            "does not hold the role the task needs", "supervisor.error.role");

    private final SupervisorDesk desk;
    private final UserService users;
    private final PageFormat fmt;

    SupervisorPages(SupervisorDesk desk, UserService users, PageFormat fmt) {
        this.desk = desk;
        this.users = users;
        this.fmt = fmt;
    }

    @GetMapping("/supervisor")
    @PreAuthorize(SupervisorController.DESK)
    String desk(@RequestParam(required = false) String district, Model model) {
        return show(CurrentUser.get(), district, List.of(), null, Errors.NONE, model);
    }

    @PostMapping("/supervisor/reassign")
    @PreAuthorize("hasRole('SUPERVISOR')")
    String reassign(@RequestParam(required = false) List<String> taskIds,
                    @RequestParam(required = false) String assignee, Model model, RedirectAttributes flash) {
        FfwUser me = CurrentUser.get();
        try {
            List<SupervisorDesk.Reassigned> done = desk.reassign(me, taskIds, assignee);
            flash.addFlashAttribute("notice", fmt.message("supervisor.flash.reassigned", done.size(),
                    desk.displayName(assignee)));
            return "redirect:/supervisor";
        } catch (InvalidInputException e) {
            return show(me, null, taskIds == null ? List.of() : taskIds, assignee, Errors.of(e, fmt), model);
        }
    }

    private String show(FfwUser me, String district, List<String> ticked, String assignee, Errors errors,
                        Model model) {
        String d = desk.district(me, district);
        model.addAttribute("district", d);
        model.addAttribute("place", users.district(d).orElse(null));
        model.addAttribute("districts", me.has(Role.ADMIN) && !me.has(Role.SUPERVISOR) ? users.districts() : List.of());
        model.addAttribute("escalations", desk.escalations(me, d));
        model.addAttribute("approvals", desk.extensionApprovals(me, d));
        model.addAttribute("workload", desk.workload(d));
        model.addAttribute("weekFrom", java.time.LocalDate.ofInstant(DistrictWork.startOfWeek(DistrictWork.now()),
                org.ffw.platform.Shanghai.ZONE));
        model.addAttribute("assignees", desk.assignees(me));
        model.addAttribute("mayReassign", me.has(Role.SUPERVISOR));
        model.addAttribute("ticked", ticked);
        model.addAttribute("assignee", assignee);
        model.addAttribute("errors", errors);
        model.addAttribute("labels", Map.of("taskIds", "supervisor.tasks", "assignee", "supervisor.assignee"));
        return "workbench/supervisor";
    }

    /** The page's problems, shaped as the fragments (errorSummary, fieldErrors) read them, in this page's words. */
    record Errors(List<FieldErrors.Message> all) {

        static final Errors NONE = new Errors(List.of());

        static Errors of(InvalidInputException e, PageFormat fmt) {
            List<FieldErrors.Message> out = new ArrayList<>();
            for (FieldProblem p : e.errors()) {
                String key = ERRORS.get(p.message());
                out.add(new FieldErrors.Message(p.field(), key == null ? FieldErrors.text(p.field(), p.message())
                        : fmt.message(key)));
            }
            return new Errors(out);
        }

        public boolean isEmpty() {
            return all.isEmpty();
        }

        public List<FieldErrors.Message> of(String field) {
            return all.stream().filter(m -> m.field().equals(field)).toList();
        }
    }
}
