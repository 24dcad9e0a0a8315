package org.ffw.inspection;

import java.util.List;
import java.util.Optional;

import org.ffw.complaint.ComplaintFines;
import org.ffw.complaint.LeaveType;
import org.ffw.inspection.InspectionViews.EmployerView;
import org.ffw.inspection.InspectionViews.StaffView;
import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.worktable.OpenTasks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of inspection cases, each checking who is asking: the district's staff, or the employer inspected. */
@Service
public class InspectionReads {

    private final InspectionMapper mapper;
    private final InspectionRows rows;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final OpenTasks openTasks;
    private final ComplaintFines fines;

    InspectionReads(InspectionMapper mapper, InspectionRows rows, CaseRegistry registry, Timeline timeline,
                    OpenTasks openTasks, ComplaintFines fines) {
        this.mapper = mapper;
        this.rows = rows;
        this.registry = registry;
        this.timeline = timeline;
        this.openTasks = openTasks;
        this.fines = fines;
    }

    /** The case as this reader may see it: the staff view, the employer's, or 403/404. */
    @Transactional(readOnly = true)
    public Object read(FfwUser me, String caseNo) {
        Inspection i = rows.existing(caseNo);
        return forTask(i, me);
    }

    @Transactional(readOnly = true)
    public StaffView readAsStaff(FfwUser me, String caseNo) {
        Inspection i = rows.existing(caseNo);
        if (CaseAccess.require(me, registry.get(caseNo), "This inspection is not yours to read.") != Reader.STAFF) {
            throw new ForbiddenException("This page is the bureau's.");
        }
        return staffView(i);
    }

    @Transactional(readOnly = true)
    public EmployerView readAsEmployer(FfwUser me, String caseNo) {
        Inspection i = rows.existing(caseNo);
        if (CaseAccess.require(me, registry.get(caseNo), "This inspection is not yours to read.") != Reader.EMPLOYER) {
            throw new ForbiddenException("This page is the employer's.");
        }
        return employerView(i);
    }

    /** The case as the reader of one of its tasks may see it (the worktable's task page). */
    Object forTask(Inspection i, FfwUser viewer) {
        Reader reader = CaseAccess.require(viewer, registry.get(i.caseNo()), "This inspection is not yours to read.");
        return reader == Reader.EMPLOYER ? employerView(i) : staffView(i);
    }

    /** How many people the report shows granted less than the law gives. */
    int personsWithGap(String caseNo) {
        return LeaveRecord.personsWithGap(mapper.records(caseNo));
    }

    /** The leave found short that carries a fine, if any does (产假: REFERENCE §1.3). */
    Optional<LeaveType> fineType(String caseNo) {
        return fineType(mapper.records(caseNo));
    }

    private Optional<LeaveType> fineType(List<LeaveRecord> records) {
        return records.stream().filter(r -> r.gap() > 0).map(LeaveRecord::leaveType)
                .filter(t -> fines.of(t).isPresent()).findFirst();
    }

    private StaffView staffView(Inspection i) {
        List<LeaveRecord> records = mapper.records(i.caseNo());
        return new StaffView(i, i.focus(), mapper.inspectors(i.caseNo()), records,
                LeaveRecord.personsWithGap(records), LeaveRecord.gapDays(records),
                fineType(records).flatMap(fines::of).orElse(null), openTasks.of(i.caseNo()),
                timeline.of(i.caseNo(), Visibility.forStaff()));
    }

    private EmployerView employerView(Inspection i) {
        List<TimelineEntry> entries = timeline.of(i.caseNo(), Visibility.forEmployer()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        List<LeaveRecord> records = mapper.records(i.caseNo());
        return new EmployerView(i.caseNo(), i.campaignTitle(), i.employerName(), i.focus(), i.reportable(),
                i.periodFrom(), i.periodTo(), i.status(), i.reportDue(), i.reportNote(), i.noReport(), records,
                LeaveRecord.personsWithGap(records), i.finding(), i.finding() == null ? null : i.findingReason(),
                i.requiredActions(), i.correctionDeadline(), i.rectificationReport(), i.verification(),
                i.penaltyDecision(), i.closedOn(), i.status() == InspectionStatus.REPORT_PENDING, entries);
    }
}
