package org.ffw.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.ffw.platform.cases.CaseNotices;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.NotFoundException;
import org.ffw.worktable.CaseDeadlines;
import org.ffw.worktable.CaseDeadlines.Kind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The supervision row and its registry entry, changed together; its two statutory time limits (the employer's
 * written answer, 15 working days, 《工会劳动法律监督办法》 Art. 20; the HRB's decision, 5, Art. 23) through the kit;
 * and the notices to its parties. Every status change of a supervision case goes through here.
 */
@Component
class SupervisionCases {

    static final int ANSWER_DAYS = 15;
    static final int HRB_DAYS = 5;
    static final Kind ANSWER = new Kind("supervisionAnswer", "书面答复期限", Visibility.PUBLIC, "SUPERVISION_DEADLINE");
    static final Kind HRB = new Kind("supervisionHrb", "人社局处理期限", Visibility.STAFF, "SUPERVISION_DEADLINE");

    private final SupervisionMapper mapper;
    private final CaseRegistry registry;
    private final CaseNotices notices;
    private final CaseDeadlines deadlines;

    SupervisionCases(SupervisionMapper mapper, CaseRegistry registry, CaseNotices notices, CaseDeadlines deadlines) {
        this.mapper = mapper;
        this.registry = registry;
        this.notices = notices;
        this.deadlines = deadlines;
    }

    Supervision find(String caseNo) {
        return caseNo == null ? null : mapper.find(caseNo);
    }

    Supervision existing(String caseNo) {
        Supervision s = find(caseNo);
        if (s == null) {
            throw new NotFoundException("No such supervision case.");
        }
        return s;
    }

    Supervision lock(String caseNo) {
        return caseNo == null ? null : mapper.lock(caseNo);
    }

    void status(String caseNo, SupervisionStatus status) {
        mapper.setStatus(caseNo, status, null, Instant.now());
        registry.status(caseNo, status.name());
    }

    void close(String caseNo, String outcome, LocalDate on) {
        mapper.close(caseNo, outcome, on, Instant.now());
        registry.close(caseNo, SupervisionStatus.CLOSED.name());
    }

    CaseDeadlines.Due answerDue(String caseNo, LocalDate from) {
        return deadlines.set(caseNo, ANSWER, from, ANSWER_DAYS);
    }

    CaseDeadlines.Due hrbDue(String caseNo, LocalDate from) {
        return deadlines.set(caseNo, HRB, from, HRB_DAYS);
    }

    /** Whether the answer's and the HRB's dates are provisional, by the view's field names. */
    java.util.Map<String, Boolean> provisional(String caseNo) {
        var all = deadlines.of(caseNo);
        return java.util.Map.of("answerDue", all.containsKey(ANSWER.name()) && all.get(ANSWER.name()).provisional(),
                "hrbDue", all.containsKey(HRB.name()) && all.get(HRB.name()).provisional());
    }

    /** A deadline counted again on a newly loaded year: the row follows (the tasks move by the worktable). */
    @EventListener
    void moved(CaseDeadlines.Moved m) {
        if (m.name().equals(ANSWER.name())) {
            mapper.setAnswerDue(m.caseNo(), m.to(), Instant.now());
        } else if (m.name().equals(HRB.name())) {
            mapper.setHrbDue(m.caseNo(), m.to(), Instant.now());
        }
    }

    /** To the union of the case's district: its reviewers and its lead. */
    void toUnion(String caseNo, Notice notice) {
        notices.toStaff(caseNo, Role.UNION_REVIEWER, notice);
        notices.toStaff(caseNo, Role.UNION_SUPERVISOR, notice);
    }

    void toInspectors(String caseNo, Notice notice) {
        notices.toStaff(caseNo, Role.INSPECTOR, notice);
    }

    /** What the employer is told is written for the employer: the opinion, its answer, the decisions about it. */
    void toEmployer(String caseNo, Notice notice) {
        notices.toEmployer(caseNo, notice);
    }
}
