package org.ffw.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ffw.complaint.LeaveType;
import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.LeaveEntitlement;
import org.ffw.rules.LeaveEntitlements;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rows of an employer's leave report. The employer adds and removes them while its report is due; the pair may
 * add what they find on site while they review. Each row is checked against the rules module as it is written: the
 * statutory days for that leave after that birth are stored beside the days granted.
 */
@Service
public class LeaveRecords {

    private final InspectionMapper mapper;
    private final InspectionRows rows;
    private final CaseRegistry registry;
    private final LeaveEntitlements entitlements;
    private final Timeline timeline;
    private final WorkingDays workingDays;

    LeaveRecords(InspectionMapper mapper, InspectionRows rows, CaseRegistry registry, LeaveEntitlements entitlements,
                 Timeline timeline, WorkingDays workingDays) {
        this.mapper = mapper;
        this.rows = rows;
        this.registry = registry;
        this.entitlements = entitlements;
        this.timeline = timeline;
        this.workingDays = workingDays;
    }

    /** The statutory days of one leave after this birth: 育儿假 per year, the others in all. */
    public static int statutoryDays(LeaveEntitlement e, LeaveType type) {
        return switch (type) {
            case MATERNITY -> e.maternityLeaveDays();
            case BIRTH -> e.birthLeaveDays();
            case PATERNITY -> e.paternityLeaveDays();
            case CHILDCARE -> e.childcareLeaveDaysPerYear();
            default -> throw new InvalidInputException("leaveType", "is not a leave an inspection counts");
        };
    }

    @Transactional
    public LeaveRecord add(FfwUser me, String caseNo, NewLeaveRecord r) {
        Inspection i = editable(me, caseNo);
        validate(i, r);
        LeaveEntitlement e = entitlements.calculate(new LeaveQuery(LeaveEvent.BIRTH, r.childBirthDate(),
                r.babiesOrOne(), r.difficult(), true, null, null));
        InspectionMapper.LeaveRecordRow row = new InspectionMapper.LeaveRecordRow();
        row.caseNo = caseNo;
        row.employeeName = r.employeeName().strip();
        row.leaveType = r.leaveType().name();
        row.childBirthDate = r.childBirthDate();
        row.babies = r.babiesOrOne();
        row.difficultBirth = r.difficult();
        row.daysGranted = r.daysGranted();
        row.leaveFrom = r.leaveFrom();
        row.leaveTo = r.leaveTo();
        row.statutoryDays = statutoryDays(e, r.leaveType());
        row.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        row.createdBy = me.getUsername();
        row.createdAt = Instant.now();
        mapper.insertRecord(row);
        if (i.status() != InspectionStatus.REPORT_PENDING) { // the pair found it on site: the employer sees it too
            timeline.record(caseNo, "LEAVE_RECORD_ADDED", i.status().name(), null, Visibility.PUBLIC,
                    Note.of("timeline.note.inspection.recordAdded", row.employeeName));
        }
        return mapper.records(caseNo).stream().filter(x -> x.id() == row.id).findFirst().orElseThrow();
    }

    @Transactional
    public void remove(FfwUser me, String caseNo, long id) {
        editable(me, caseNo);
        LeaveRecord r = mapper.records(caseNo).stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("No such row in this report."));
        // the employer's accounts are one side, the pair the other: each removes its own side's rows
        List<String> pair = rows.pair(caseNo);
        if (pair.contains(me.getUsername()) != pair.contains(r.createdBy())) {
            throw new ForbiddenException("Only the side that added a row removes it.");
        }
        mapper.deleteRecord(caseNo, id);
    }

    /** The case locked, if this user may change its rows now; 403/409 otherwise. */
    private Inspection editable(FfwUser me, String caseNo) {
        Inspection i = rows.lock(caseNo);
        if (i == null) {
            throw new NotFoundException("No such inspection case.");
        }
        Reader reader = CaseAccess.require(me, registry.get(caseNo), "You may not read this inspection.");
        if (reader == Reader.EMPLOYER) {
            if (i.status() != InspectionStatus.REPORT_PENDING) {
                throw new ConflictException("Your report has been made; rows can no longer be changed.");
            }
        } else if (reader == Reader.STAFF && rows.pair(caseNo).contains(me.getUsername())) {
            if (!i.pairAddsRows()) {
                throw new ConflictException("The pair adds rows while it reviews the report, on site and before the"
                        + " finding.");
            }
        } else {
            throw new ForbiddenException("Only the employer and the inspection's pair write its leave report.");
        }
        return i;
    }

    private void validate(Inspection i, NewLeaveRecord r) {
        List<FieldProblem> errors = new ArrayList<>();
        if (!i.reportable().contains(r.leaveType())) {
            errors.add(new FieldProblem("leaveType", "this inspection covers " + String.join(", ",
                    i.reportable().stream().map(Enum::name).toList())));
        }
        LocalDate today = workingDays.today();
        if (r.childBirthDate().isAfter(today)) {
            errors.add(new FieldProblem("childBirthDate", "must not be in the future"));
        } else if (r.childBirthDate().isAfter(i.periodTo())
                || r.childBirthDate().isBefore(i.periodFrom().minusYears(3))) {
            errors.add(new FieldProblem("childBirthDate", "must lie in the period under review, or up to three years"
                    + " before it for leave taken in the period"));
        }
        if (r.leaveFrom() != null && r.leaveTo() != null) {
            if (r.leaveTo().isBefore(r.leaveFrom())) {
                errors.add(new FieldProblem("leaveTo", "must not be before leaveFrom"));
            } else if (r.daysGranted() != null
                    && r.daysGranted() > java.time.temporal.ChronoUnit.DAYS.between(r.leaveFrom(), r.leaveTo()) + 1) {
                errors.add(new FieldProblem("daysGranted", "is more days than leaveFrom to leaveTo"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
