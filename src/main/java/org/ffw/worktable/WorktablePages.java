package org.ffw.worktable;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.ffw.identity.PeopleNames;
import org.ffw.identity.UserService;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldErrors;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.PageFormat;
import org.ffw.worktable.WorktableService.BulkResult;
import org.ffw.worktable.WorktableService.QueueItem;
import org.ffw.worktable.WorktableService.QueuePage;
import org.ffw.worktable.WorktableService.QueueRequest;
import org.ffw.worktable.WorktableService.Sort;
import org.ffw.worktable.WorktableService.TaskDetails;
import org.ffw.worktable.WorktableService.View;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The worktable's pages: the queue ({@code /tasks}) and one task with its case, timeline, notes and form
 * ({@code /tasks/{id}}). Every read and action goes through {@link WorktableService}, as the API does; the pages only
 * turn HTML forms into its calls and its answers into pages.
 */
@Controller
class WorktablePages {

    static final int PAGE_SIZE = 20;
    /** The browser's choice of the queue's compact rows ("1"), set by js/queue.js and read here to render them. */
    static final String DENSE_COOKIE = "ffw_queue_dense";
    private static final Pattern PROCESS_KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final WorktableService worktable;
    private final TaskComments comments;
    private final UserService users;
    private final Procedures procedures;
    private final ResourceLoader resources;
    private final PeopleNames people;
    private final PageFormat fmt;
    private final WorktableNames names;

    WorktablePages(WorktableService worktable, TaskComments comments, UserService users, Procedures procedures,
                   ResourceLoader resources, PeopleNames people, PageFormat fmt, WorktableNames names) {
        this.worktable = worktable;
        this.comments = comments;
        this.users = users;
        this.procedures = procedures;
        this.resources = resources;
        this.people = people;
        this.fmt = fmt;
        this.names = names;
    }

    // ---------------------------------------------------------------------------------------------------- queue

    /**
     * The queue on one tab. Without {@code view} (the menu, and after a completion) it opens on the tab that has
     * work: 我的 while something is assigned to the user, else 待认领 when the group has tasks to claim.
     */
    @GetMapping("/tasks")
    String queue(@RequestParam(required = false) String view, @RequestParam(required = false) String process,
                 @RequestParam(required = false) String caseNo, @RequestParam(required = false) String sla,
                 @RequestParam(defaultValue = "due") String sort, @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                 @CookieValue(name = DENSE_COOKIE, required = false) String dense, Model model) {
        FfwUser me = CurrentUser.get();
        String tab = view == null ? "mine" : switch (view) {
            case "all", "group", "escalated", "district" -> view;
            default -> "mine";
        };
        Sla slaFilter = parse(Sla.class, sla);
        QueuePage queue = page(me, tab, process, caseNo, slaFilter, sort, page);
        if (view == null && queue.views().getOrDefault("mine", 0L) == 0
                && queue.views().getOrDefault("group", 0L) > 0) {
            tab = "group";
            queue = page(me, tab, process, caseNo, slaFilter, sort, page);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("all", queue.views().getOrDefault("mine", 0L) + queue.views().getOrDefault("group", 0L));
        counts.putAll(queue.views());
        List<String> tabs = new ArrayList<>(List.of("mine", "group", "all"));
        if (queue.views().containsKey("escalated")) { // the service counts these for district supervisors only
            tabs.add("escalated");
            tabs.add("district");
        }
        model.addAttribute("queue", queue);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", tabs);
        model.addAttribute("counts", counts);
        model.addAttribute("process", blank(process));
        model.addAttribute("caseNo", blank(caseNo));
        model.addAttribute("sla", slaFilter);
        model.addAttribute("sort", "-due".equals(sort) ? "-due" : "due");
        model.addAttribute("processes", procedures.processKeys());
        model.addAttribute("slas", Sla.values());
        model.addAttribute("me", me.getUsername()); // whose rows say 办理 rather than 查看
        // what the user may claim: unassigned tasks of their groups (a supervisor's district view lists others too)
        Set<String> groups = Groups.of(me);
        model.addAttribute("claimable", queue.items().stream()
                .filter(t -> t.assignee() == null && groups.contains(t.group())).map(QueueItem::id)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("pages", (queue.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("dense", "1".equals(dense)); // compact rows, chosen on the page (js/queue.js sets it)
        return "worktable/queue";
    }

    private QueuePage page(FfwUser me, String tab, String process, String caseNo, Sla sla, String sort, int page) {
        return worktable.queue(me, new QueueRequest("all".equals(tab) ? null : View.valueOf(tab), blank(process),
                blank(caseNo), sla, null, "-due".equals(sort) ? Sort.due_desc : Sort.due, Math.max(0, page),
                PAGE_SIZE));
    }

    @PostMapping("/tasks/claim")
    String claimAll(@RequestParam(name = "ids", required = false) List<String> ids, RedirectAttributes flash) {
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("error", fmt.message("work.flash.chooseToClaim"));
            return "redirect:/tasks?view=group";
        }
        List<BulkResult> results = worktable.claimAll(CurrentUser.get(), ids.stream().limit(200).toList());
        long claimed = results.stream().filter(BulkResult::claimed).count();
        // why the others were not claimed, by reason and without task ids: "2 项未能认领：1 项任务不存在；1 项…"
        Map<String, Long> failed = new LinkedHashMap<>();
        results.stream().filter(r -> !r.claimed()).forEach(r -> failed.merge(reason(r.status()), 1L, Long::sum));
        flash.addFlashAttribute("notice", fmt.message("work.flash.claimedCount", String.valueOf(claimed)));
        if (!failed.isEmpty()) {
            long total = results.size() - claimed;
            String why = failed.size() == 1 ? failed.keySet().iterator().next()
                    : String.join(fmt.message("work.flash.reasonSeparator"), failed.entrySet().stream()
                            .map(e -> fmt.message("work.flash.reasonCount", String.valueOf(e.getValue()), e.getKey()))
                            .toList());
            flash.addFlashAttribute("error", fmt.message("work.flash.notClaimed", String.valueOf(total), why));
        }
        return "redirect:/tasks?view=mine";
    }

    /** Why a task of a bulk claim was not claimed, in the page's language. */
    private String reason(int status) {
        return fmt.message(switch (status) {
            case 403 -> "work.claimRefused.forbidden";
            case 404 -> "work.claimRefused.notFound";
            case 409 -> "work.claimRefused.taken";
            default -> "work.claimRefused.other";
        });
    }

    /**
     * Claims one task and opens it; claimed with the queue's key {@code c} ({@code then=queue}) the user stays in the
     * queue, on 我的 with the task selected, to open it with Enter or claim the next.
     */
    @PostMapping("/tasks/{id}/claim")
    String claim(@PathVariable String id, @RequestParam(required = false) String then, RedirectAttributes flash) {
        try {
            worktable.claim(CurrentUser.get(), id);
        } catch (ConflictException e) {
            flash.addFlashAttribute("error", fmt.message("work.flash.claimTaken"));
            flash.addFlashAttribute("errorDetail", e.getMessage());
            return "redirect:/tasks?view=group";
        }
        if ("queue".equals(then)) {
            flash.addFlashAttribute("notice", fmt.message("queueKeys.claimed"));
            return "redirect:/tasks?view=mine#task-" + id;
        }
        flash.addFlashAttribute("notice", fmt.message("work.flash.claimed"));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/unclaim")
    String unclaim(@PathVariable String id, RedirectAttributes flash) {
        worktable.unclaim(CurrentUser.get(), id);
        flash.addFlashAttribute("notice", fmt.message("work.flash.released"));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(required = false) String userId, RedirectAttributes flash) {
        try {
            worktable.assign(CurrentUser.get(), id, userId);
            flash.addFlashAttribute("notice", fmt.message("work.flash.assigned", people.person(userId)));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("error", fmt.message("work.flash.notAssigned", FieldErrors.of(e).all().get(0).text()));
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable String id, @RequestParam(defaultValue = "") String body, RedirectAttributes flash) {
        try {
            comments.comment(CurrentUser.get(), id, body);
            flash.addFlashAttribute("notice", fmt.message("work.flash.commentSaved"));
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("commentError", FieldErrors.of(e).all().get(0).text());
            flash.addFlashAttribute("commentBody", body);
        }
        return "redirect:/tasks/" + id + "#comments";
    }

    // ------------------------------------------------------------------------------------------------ one task

    @GetMapping("/tasks/{id}")
    String task(@PathVariable String id, Model model) {
        FfwUser me = CurrentUser.get();
        TaskDetails details = worktable.get(me, id);
        show(model, me, details, details.form() == null ? Map.of() : details.form().values(), FieldErrors.none());
        return "worktable/task";
    }

    @PostMapping("/tasks/{id}/complete")
    String complete(@PathVariable String id, @RequestParam MultiValueMap<String, String> posted, Model model,
                    RedirectAttributes flash, HttpServletResponse response) {
        FfwUser me = CurrentUser.get();
        TaskDetails details = worktable.get(me, id);
        Map<String, Object> values = details.form() == null ? Map.of()
                : TaskFormView.values(TaskForm.parse(details.form().schema()), posted);
        try {
            worktable.complete(me, id, values);
        } catch (InvalidInputException e) {
            // shown next to the fields, with what was entered; nothing has changed
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Map<String, Object> shown = new LinkedHashMap<>(details.form() == null ? Map.of() : details.form().values());
            shown.putAll(values);
            show(model, me, details, shown, FieldErrors.of(e));
            return "worktable/task";
        }
        String task = names.task(details.task());
        flash.addFlashAttribute("notice", details.task().caseNo() == null ? fmt.message("work.flash.completed", task)
                : fmt.message("work.flash.completedCase", task, details.task().caseNo()));
        return "redirect:/tasks";
    }

    private void show(Model model, FfwUser me, TaskDetails details, Map<String, Object> values, FieldErrors errors) {
        WorktableService.QueueItem task = details.task();
        model.addAttribute("details", details);
        // a case block may carry the case's documents card (an upload form with a one-time token)
        model.addAttribute("uploadToken", java.util.UUID.randomUUID().toString());
        model.addAttribute("maxBytes", org.ffw.platform.document.Documents.MAX_BYTES);
        model.addAttribute("task", task);
        model.addAttribute("caseTemplate", caseTemplate(task.process()));
        Map<String, String> labels = new LinkedHashMap<>();
        if (details.form() != null) {
            model.addAttribute("formItems", TaskFormView.items(details.form().schema(), values));
            labels.putAll(TaskFormView.labels(details.form().schema()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("fieldLabels", labels);
        try {
            model.addAttribute("comments", comments.comments(me, task.id()));
        } catch (ForbiddenException notStaff) {
            model.addAttribute("comments", null); // internal notes are for staff only
        }
        String group = details.candidateGroup();
        Set<String> mine = Groups.of(me);
        model.addAttribute("canClaim", task.assignee() == null && group != null && mine.contains(group));
        boolean supervisor = TaskAccess.supervises(me, task.district(), group);
        model.addAttribute("canRelease", task.assignee() != null && group != null
                && (me.getUsername().equals(task.assignee()) || supervisor));
        model.addAttribute("canAssign", supervisor);
        model.addAttribute("assignees", supervisor
                ? users.usernamesInDistrict(task.district(), Groups.staffRole(group)) : List.of());
        model.addAttribute("staff", me.isStaff());
    }

    /** A procedure shows its case on the task page with templates/cases/{process key}.html, if it has one. */
    private String caseTemplate(String processKey) {
        if (processKey == null || !PROCESS_KEY.matcher(processKey).matches()) {
            return null;
        }
        return resources.getResource("classpath:/templates/cases/" + processKey + ".html").exists()
                ? "cases/" + processKey : null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
