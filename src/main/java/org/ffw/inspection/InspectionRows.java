package org.ffw.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.inspection.Inspection.Inspector;
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
 * The inspection row and its registry entry, changed together; the report's time limit (10 working days) through
 * the kit; the pair as it stands; and the notices to the case's parties. Every status change goes through here.
 */
@Component
class InspectionRows {

    static final int REPORT_DAYS = 10;
    static final Kind REPORT = new Kind("inspectionReport", "休假情况报送期限", Visibility.PUBLIC, "INSPECTION_DEADLINE");

    private final InspectionMapper mapper;
    private final CaseRegistry registry;
    private final CaseNotices notices;
    private final CaseDeadlines deadlines;

    InspectionRows(InspectionMapper mapper, CaseRegistry registry, CaseNotices notices, CaseDeadlines deadlines) {
        this.mapper = mapper;
        this.registry = registry;
        this.notices = notices;
        this.deadlines = deadlines;
    }

    Inspection find(String caseNo) {
        return caseNo == null ? null : mapper.find(caseNo);
    }

    Inspection existing(String caseNo) {
        Inspection i = find(caseNo);
        if (i == null) {
            throw new NotFoundException("No such inspection case.");
        }
        return i;
    }

    Inspection lock(String caseNo) {
        return caseNo == null ? null : mapper.lock(caseNo);
    }

    void status(String caseNo, InspectionStatus status) {
        mapper.setStatus(caseNo, status, Instant.now());
        registry.status(caseNo, status.name());
    }

    void close(String caseNo, LocalDate on) {
        mapper.close(caseNo, on, Instant.now());
        registry.close(caseNo, InspectionStatus.CLOSED.name());
    }

    CaseDeadlines.Due reportDue(String caseNo, LocalDate from) {
        return deadlines.set(caseNo, REPORT, from, REPORT_DAYS);
    }

    /** The report's deadline counted again on a newly loaded year: the row follows. */
    @EventListener
    void moved(CaseDeadlines.Moved m) {
        if (m.name().equals(REPORT.name())) {
            mapper.setReportDue(m.caseNo(), m.to(), Instant.now());
        }
    }

    /** The inspectors on the case now, in order (the recused left out); the first leads. */
    List<String> pair(String caseNo) {
        return mapper.inspectors(caseNo).stream().filter(i -> !i.recused()).map(Inspector::username).toList();
    }

    void toPair(String caseNo, Notice notice) {
        for (String inspector : pair(caseNo)) {
            toInspector(caseNo, inspector, notice);
        }
    }

    void toInspector(String caseNo, String inspector, Notice notice) {
        notices.toStaffMember(caseNo, Role.INSPECTOR, inspector, notice);
    }

    void toSupervisors(String caseNo, Notice notice) {
        notices.toStaff(caseNo, Role.SUPERVISOR, notice);
    }

    /** The employer is told what is written for it: the inspection, its report, the finding and the order. */
    void toEmployer(String caseNo, Notice notice) {
        notices.toEmployer(caseNo, notice);
    }
}
