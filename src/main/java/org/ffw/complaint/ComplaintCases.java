package org.ffw.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.ffw.platform.cases.CaseNotices;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.NotFoundException;
import org.ffw.worktable.OpenTasks;
import org.ffw.worktable.TaskInfo;
import org.springframework.stereotype.Component;

/**
 * The complaint row and its entry in the case registry, changed together; and the notices to the complaint's parties.
 * Every class of the complaint that changes a case's status or district goes through here, so the registry (queues,
 * lookups, access) never falls behind the row.
 */
@Component
class ComplaintCases {

    private final ComplaintMapper mapper;
    private final CaseRegistry registry;
    private final CaseNotices notices;
    private final OpenTasks openTasks;

    ComplaintCases(ComplaintMapper mapper, CaseRegistry registry, CaseNotices notices, OpenTasks openTasks) {
        this.mapper = mapper;
        this.registry = registry;
        this.notices = notices;
        this.openTasks = openTasks;
    }

    Complaint find(String caseNo) {
        return caseNo == null ? null : mapper.find(caseNo);
    }

    /** The row, or 404. */
    Complaint existing(String caseNo) {
        Complaint c = find(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        return c;
    }

    /** The row locked until the transaction ends, or null. */
    Complaint lock(String caseNo) {
        return caseNo == null ? null : mapper.lock(caseNo);
    }

    void status(String caseNo, Status status, Outcome outcome) {
        mapper.setStatus(caseNo, status, outcome, Instant.now());
        registry.status(caseNo, status.name());
    }

    /** Accepted: the investigation clock runs, and from now on the employer sees the case. */
    void accepted(String caseNo, LocalDate on, LocalDate investigationDue) {
        mapper.accept(caseNo, on, investigationDue, Instant.now());
        status(caseNo, Status.INVESTIGATING, null);
        registry.showToEmployer(caseNo);
    }

    void transferred(String caseNo, String district, LocalDate acceptanceDue) {
        mapper.transfer(caseNo, district, acceptanceDue, Instant.now());
        registry.moveTo(caseNo, district);
    }

    void closed(String caseNo, LocalDate on) {
        mapper.close(caseNo, on, Instant.now());
        registry.close(caseNo, Status.CLOSED.name());
    }

    /** The kind of case as a notice says it: 投诉 / complaint, 举报 / report. */
    static Object kind(Complaint c) {
        return Notice.label("notice.kind", c.kind());
    }

    /**
     * To the complainant's account and the representatives of a collective complaint; to a person whose complaint
     * staff took down and who has no account yet, by text message to the phone given.
     */
    void toComplainant(String caseNo, Notice notice) {
        notices.toApplicant(caseNo, notice);
        Complaint c = mapper.find(caseNo);
        if (c != null && c.kind() == Kind.COMPLAINT && c.complainantUsername() == null
                && c.complainantPhone() != null) {
            notices.toPhone(caseNo, c.complainantPhone(), notice);
        }
    }

    /**
     * To the inspectors of the case: whoever holds its open investigate task, or, while nobody does, every inspector of
     * the handling district.
     */
    void toInspectors(String caseNo, Notice notice) {
        String investigator = openTasks.of(caseNo).stream().filter(t -> "investigate".equals(t.taskKey()))
                .map(TaskInfo::assignee).filter(Objects::nonNull).findFirst().orElse(null);
        if (!notices.toStaffMember(caseNo, Role.INSPECTOR, investigator, notice)) {
            notices.toStaff(caseNo, Role.INSPECTOR, notice);
        }
    }

    void toSupervisors(String caseNo, Notice notice) {
        notices.toStaff(caseNo, Role.SUPERVISOR, notice);
    }

    /** Employer notices are written for the employer: case number, dates and the order, never the complainant. */
    void toEmployer(String caseNo, Notice notice) {
        notices.toEmployer(caseNo, notice);
    }
}
