package org.ffw.worktable;

import java.time.Instant;
import java.util.List;

import org.ffw.platform.security.FfwUser;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.worktable.CommentMapper.Comment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Internal notes between HRB and union staff on the case of a task they may see. Never shown outside the bureau. */
@Service
public class TaskComments {

    private final WorktableService worktable;
    private final CommentMapper comments;

    TaskComments(WorktableService worktable, CommentMapper comments) {
        this.worktable = worktable;
        this.comments = comments;
    }

    public record CommentView(long id, String author, String authorRole, Instant createdAt, String body) {
    }

    @Transactional
    public CommentView comment(FfwUser me, String taskId, String body) {
        TaskInfo t = worktable.readable(me, taskId);
        requireStaff(me);
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "is required");
        }
        if (body.strip().length() > 2000) {
            throw new InvalidInputException("body", "must have at most 2000 characters");
        }
        String role = me.primaryRole() == null ? null : me.primaryRole().name();
        Comment c = new Comment(0, t.caseNo(), t.taskId(), me.getUsername(), role, Instant.now(), body.strip());
        comments.insert(c);
        return comments.forCase(t.caseNo()).stream().reduce((a, b) -> b).map(TaskComments::view).orElseThrow();
    }

    public List<CommentView> comments(FfwUser me, String taskId) {
        TaskInfo t = worktable.readable(me, taskId);
        requireStaff(me);
        return comments.forCase(t.caseNo()).stream().map(TaskComments::view).toList();
    }

    private static CommentView view(Comment c) {
        return new CommentView(c.id(), c.author(), c.authorRole(), c.createdAt(), c.body());
    }

    private static void requireStaff(FfwUser me) {
        if (!me.isStaff()) {
            throw new ForbiddenException("Internal notes are for HRB and union staff.");
        }
    }
}
