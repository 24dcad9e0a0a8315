package org.ffw.worktable;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Outbox;
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
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(org.ffw.platform.Shanghai.ZONE);

    private final TaskViewMapper views;
    private final Outbox outbox;
    private final UserService users;
    private final TaskRecipients recipients;
    private final TransactionTemplate tx;
    private final WorktableProperties props;

    Escalation(TaskViewMapper views, Outbox outbox, UserService users, TaskRecipients recipients,
               TransactionTemplate tx, WorktableProperties props) {
        this.views = views;
        this.outbox = outbox;
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
                n += outbox.enqueueOnce("task-at-risk:" + t.taskId() + ":" + r, r, t.caseNo(), "TASK_AT_RISK",
                        "任务即将到期：" + t.name(),
                        "任务「" + t.name() + "」（" + label(t) + "）将于 " + DUE.format(t.dueAt())
                                + " 到期，请及时处理。") ? 1 : 0;
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
                n += outbox.enqueueOnce("task-overdue:" + t.taskId() + ":" + supervisor, supervisor, t.caseNo(),
                        "TASK_OVERDUE", "任务已逾期：" + t.name(),
                        "任务「" + t.name() + "」（" + label(t) + "）已于 " + DUE.format(t.dueAt()) + " 逾期，"
                                + (t.assignee() == null ? "尚无人认领" : "办理人 " + t.assignee())
                                + "。请督办。") ? 1 : 0;
            }
        }
        views.markOverdueNotified(t.taskId(), now);
        return n;
    }

    static String label(TaskInfo t) {
        return (t.caseNo() == null ? "" : "案件 " + t.caseNo()) + (t.summary() == null || t.summary().equals(t.caseNo())
                ? "" : " · " + t.summary());
    }
}
