package org.ffw.worktable;

import java.time.Instant;

import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.outbox.Notices;
import org.ffw.platform.security.Role;
import org.ffw.worktable.WorktableConfig.WorktableProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadline notices. At 75 % of a task's allowed time the assignee (or, while unclaimed, every member of its group)
 * is told; after the due date the district's supervisors are told and the task appears in their escalation view.
 * Runs on every node; each notice is queued once (outbox dedup key per task and recipient).
 */
@Component
class Escalation {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);

    private final TaskViewMapper views;
    private final Notices notices;
    private final UserService users;
    private final TaskRecipients recipients;
    private final TransactionTemplate tx;
    private final WorktableProperties props;

    Escalation(TaskViewMapper views, Notices notices, UserService users, TaskRecipients recipients,
               TransactionTemplate tx, WorktableProperties props) {
        this.views = views;
        this.notices = notices;
        this.users = users;
        this.recipients = recipients;
        this.tx = tx;
        this.props = props;
    }

    @Scheduled(fixedDelayString = "${ffw.worktable.escalation-interval:PT1M}", initialDelayString = "PT30S")
    void scheduled() {
        try {
            sweep(WorktableService.now());
        } catch (RuntimeException e) {
            log.warn("escalation sweep failed: {}", e.toString());
        }
    }

    /** One round at the given moment; returns how many notices were queued. */
    int sweep(Instant now) {
        int queued = 0;
        for (TaskInfo t : views.dueForAtRiskNotice(now, props.escalationBatch())) {
            queued += tx.execute(s -> atRisk(t, now));
        }
        for (TaskInfo t : views.dueForOverdueNotice(now, props.escalationBatch())) {
            queued += tx.execute(s -> overdue(t, now));
        }
        return queued;
    }

    private int atRisk(TaskInfo t, Instant now) {
        int n = 0;
        if (t.dueAt() != null && !now.isAfter(t.dueAt())) { // already overdue: the overdue notice says it all
            for (String r : recipients.workers(t)) {
                n += notices.queueOnce("task-at-risk:" + t.taskId() + ":" + r, r, t.caseNo(), Notice.of("TASK_AT_RISK",
                        "notice.task.atRisk", name(t), about(t), Notice.time(t.dueAt()))) ? 1 : 0;
            }
        }
        views.markAtRiskNotified(t.taskId(), now);
        return n;
    }

    private int overdue(TaskInfo t, Instant now) {
        int n = 0;
        if (t.district() != null) {
            Role staff = Groups.staffRole(t.candidateGroup());
            Role lead = staff == null ? Role.SUPERVISOR : staff.lead();
            for (String supervisor : users.usernamesInDistrict(t.district(), lead)) {
                n += notices.queueOnce("task-overdue:" + t.taskId() + ":" + supervisor, supervisor, t.caseNo(),
                        Notice.of("TASK_OVERDUE", "notice.task.overdue", name(t), about(t), Notice.time(t.dueAt()),
                                t.assignee() == null ? Notice.text("notice.task.unclaimed")
                                        : Notice.text("notice.task.heldBy", t.assignee()))) ? 1 : 0;
            }
        }
        views.markOverdueNotified(t.taskId(), now);
        return n;
    }

    /**
     * The task's name in a notice: its words in the recipient's language ({@code task.<process key>.<task key>} of i18n/work, as on the pages) when
     * the bundles have them, else the name the process gives it.
     */
    static Object name(TaskInfo t) {
        return Notice.label("task." + t.processKey(), t.taskKey(), t.name());
    }

    /** What the task is about, in a notice: its case and the case's summary ("案件 LC-2026-000001 · …"). */
    static Object about(TaskInfo t) {
        return Notice.join(t.caseNo() == null ? Notice.NONE : Notice.text("notice.task.case", t.caseNo()),
                t.summary() == null || t.summary().equals(t.caseNo()) ? Notice.NONE
                        : Notice.text("notice.task.summary", t.summary()));
    }
}
