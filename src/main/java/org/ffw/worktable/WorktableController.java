package org.ffw.worktable;

import org.ffw.platform.web.Paging;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ffw.platform.security.CurrentUser;
import org.ffw.worktable.WorktableService.BulkResult;
import org.ffw.worktable.TaskComments.CommentView;
import org.ffw.worktable.WorktableService.QueuePage;
import org.ffw.worktable.WorktableService.QueueRequest;
import org.ffw.worktable.WorktableService.Sort;
import org.ffw.worktable.WorktableService.TaskDetails;
import org.ffw.worktable.WorktableService.View;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "worktable")
class WorktableController {

    private final WorktableService worktable;
    private final TaskComments comments;

    WorktableController(WorktableService worktable, TaskComments comments) {
        this.worktable = worktable;
        this.comments = comments;
    }

    @GetMapping
    @Operation(summary = "The caller's queue: assigned to them and unassigned in their groups (supervisors: "
            + "view=escalated|district)")
    QueuePage queue(@RequestParam(required = false) View view,
                    @RequestParam(required = false) String process,
                    @RequestParam(required = false) String caseNo,
                    @RequestParam(required = false) Sla sla,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBefore,
                    @RequestParam(defaultValue = "due") String sort,
                    @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
                    @RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return worktable.queue(CurrentUser.get(),
                new QueueRequest(view, process, caseNo, sla, dueBefore, sort(sort), page, size));
    }

    private static Sort sort(String s) {
        return switch (s) {
            case "due" -> Sort.due;
            case "-due" -> Sort.due_desc;
            case "created" -> Sort.created;
            case "-created" -> Sort.created_desc;
            default -> throw new org.ffw.platform.web.InvalidInputException("sort",
                    "must be one of due, -due, created, -created");
        };
    }

    @GetMapping("/{id}")
    @Operation(summary = "A task with its case, timeline, form schema and current values")
    TaskDetails get(@PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        return worktable.get(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a task of one's group (409 if someone else holds it)")
    void claim(@PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        worktable.claim(CurrentUser.get(), id);
    }

    @PostMapping("/{id}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Give a task back to the group")
    void unclaim(@PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        worktable.unclaim(CurrentUser.get(), id);
    }

    record Ids(@NotEmpty @Size(max = 200) List<@NotBlank String> ids) {
    }

    @PostMapping("/claim")
    @Operation(summary = "Claim several tasks; each succeeds or says why not")
    List<BulkResult> claimAll(@Valid @RequestBody Ids body) {
        return worktable.claimAll(CurrentUser.get(), body.ids());
    }

    record Assign(@NotBlank String userId) {
    }

    @PostMapping("/{id}/assign")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Supervisor: hand a task of the district to a colleague who may work it")
    void assign(@PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id, @Valid @RequestBody Assign body) {
        worktable.assign(CurrentUser.get(), id, body.userId());
    }

    record Completion(@NotNull Map<String, Object> values) {
    }

    @PostMapping("/{id}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete one's claimed task with values checked against its form")
    void complete(@PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id, @Valid @RequestBody Completion body) {
        worktable.complete(CurrentUser.get(), id, body.values());
    }

    record NewComment(@NotBlank @Size(max = 2000) String body) {
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Internal note between staff on the task's case")
    CommentView comment(@PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id, @Valid @RequestBody NewComment body) {
        return comments.comment(CurrentUser.get(), id, body.body());
    }

    @GetMapping("/{id}/comments")
    @Operation(summary = "Internal notes on the task's case (staff)")
    List<CommentView> comments(@PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9-]{1,64}") String id) {
        return comments.comments(CurrentUser.get(), id);
    }
}
