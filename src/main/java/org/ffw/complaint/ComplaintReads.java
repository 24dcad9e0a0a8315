package org.ffw.complaint;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ffw.complaint.ComplaintViews.ComplainantView;
import org.ffw.complaint.ComplaintViews.EmployerListItem;
import org.ffw.complaint.ComplaintViews.EmployerView;
import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.complaint.ComplaintViews.ListItem;
import org.ffw.complaint.ComplaintViews.OpenTask;
import org.ffw.complaint.ComplaintViews.PublicStatus;
import org.ffw.complaint.ComplaintViews.StaffView;
import org.ffw.employer.EmployerService;
import org.ffw.platform.Shanghai;
import org.ffw.platform.cases.CaseAccess;
import org.ffw.platform.cases.CaseAccess.Reader;
import org.ffw.platform.cases.CaseRecord;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.PublicStatuses;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.OpenTasks;
import org.springframework.stereotype.Service;

/**
 * What each reader gets of a complaint: the complainant her case and the timeline written for her, district staff
 * everything, the employer concerned (from acceptance on) the fields written for it, anyone with the query code the
 * status and dates. Who is which reader is the kit's rule ({@link CaseAccess}) over the registry row.
 */
@Service
public class ComplaintReads implements PublicStatuses.Source {

    @Override
    public Procedure procedure() {
        return Procedure.LEAVE_COMPLAINT;
    }

    private final ComplaintMapper complaints;
    private final ComplaintCases cases;
    private final CaseRegistry registry;
    private final ComplaintDocuments documents;
    private final Timeline timeline;
    private final OpenTasks openTasks;
    private final EmployerService employers;
    private final WorkingDays workingDays;
    private final ComplaintDeadlines deadlines;
    private final ComplaintEntitlements entitlements;
    private final ComplaintParties parties;

    ComplaintReads(ComplaintMapper complaints, ComplaintCases cases, CaseRegistry registry,
                   ComplaintDocuments documents, Timeline timeline, OpenTasks openTasks, EmployerService employers,
                   WorkingDays workingDays, ComplaintDeadlines deadlines, ComplaintEntitlements entitlements,
                   ComplaintParties parties) {
        this.parties = parties;
        this.complaints = complaints;
        this.cases = cases;
        this.registry = registry;
        this.documents = documents;
        this.timeline = timeline;
        this.openTasks = openTasks;
        this.employers = employers;
        this.workingDays = workingDays;
        this.deadlines = deadlines;
        this.entitlements = entitlements;
    }

    /** The complainant's own complaints, or the district's for its staff. */
    public List<ListItem> listFor(FfwUser me, String status, int page, int size) {
        List<Complaint> found;
        if (me.has(Role.EMPLOYEE)) {
            found = complaints.forComplainant(me.getUsername());
        } else if (me.isStaffOf(me.district(), Procedure.LEAVE_COMPLAINT.staffRoles())) {
            found = complaints.forDistrict(me.district(), status, size, page * size);
        } else {
            throw new ForbiddenException("Complaints are read by the complainant and by district staff.");
        }
        return found.stream().map(c -> new ListItem(c.caseNo(), c.status(), c.status().label(), c.outcome(),
                c.employerName(), c.district(), c.leaveType(), c.violationDate(), c.acceptanceDue(),
                c.investigationDue(), c.closedOn(), c.createdAt().toString())).toList();
    }

    /** The complainant's or the staff's view; anyone else gets 403 (404 when the case does not exist). */
    public Object read(FfwUser me, String caseNo) {
        Complaint c = cases.existing(caseNo);
        Reader reader = CaseAccess.readerOf(me, registry.get(caseNo)).orElse(null);
        if (reader == Reader.APPLICANT) {
            return complainantView(c, me);
        }
        if (reader == Reader.STAFF) {
            return staffView(c);
        }
        throw new ForbiddenException("This complaint is not yours to read.");
    }

    /** The case as the reader of one of its tasks may see it (the worktable's task page). */
    Map<String, Object> forTask(Complaint c, FfwUser viewer) {
        Reader reader = CaseAccess.require(viewer, registry.get(c.caseNo()), "This complaint is not yours to read.");
        Object view = switch (reader) {
            case STAFF -> staffView(c);
            case EMPLOYER -> employerView(c);
            case APPLICANT -> complainantView(c, viewer);
        };
        return Map.of("complaint", view);
    }

    /** The complainant's side: the lodger, or a representative (who does not withdraw: only the lodger does). */
    private ComplainantView complainantView(Complaint c, FfwUser reader) {
        List<TimelineEntry> entries = timeline.of(c.caseNo(), Visibility.forApplicant()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        return new ComplainantView(c.caseNo(), c.kind(), c.status(), c.status().label(), c.outcome(),
                c.outcome() == null ? null : c.outcome().label(), c.employerName(), c.employerCreditCode(),
                c.workplaceDistrict(), c.district(), c.leaveType(), c.childBirthDate(), c.babies(),
                c.violationDate(), c.facts(), c.requestText(), c.daysGranted(), c.confidential(),
                entitlements.forReader(c), c.acceptanceDue(), c.acceptedOn(), c.investigationDue(), c.extended(),
                c.supplementRequest(), c.notAcceptedReason(), c.finding(), c.findingReason(), c.requiredActions(),
                c.correctionDeadline(), c.verification(), c.penaltyDecision(), c.closedOn(), c.rating(),
                c.kind() == Kind.COMPLAINT && c.status().beforeFinding()
                        && reader.getUsername().equals(c.complainantUsername()),
                c.status() == Status.CLOSED && c.rating() == null,
                documents.visibleTo(Reader.APPLICANT, c), entries, deadlines.provisional(c.caseNo()),
                c.possibleDuplicateOf(), parties.view(c, false));
    }

    private StaffView staffView(Complaint c) {
        List<OpenTask> waiting = openTasks.of(c.caseNo()).stream()
                .map(t -> new OpenTask(t.taskId(), t.name(), t.candidateGroup(), t.assignee(),
                        t.dueAt() == null ? null : t.dueAt().toString(), t.taskKey())).toList();
        boolean timeBarred = c.violationDate() != null && c.violationDate().isBefore(workingDays.today().minusYears(2));
        return new StaffView(c, c.status().label(), entitlements.forReader(c), timeBarred,
                documents.visibleTo(Reader.STAFF, c), timeline.of(c.caseNo(), Visibility.forStaff()), waiting,
                employers.violations(c.employerCreditCode()).size(), deadlines.provisional(c.caseNo()),
                parties.view(c, true));
    }

    public List<EmployerListItem> listForEmployer(FfwUser me) {
        requireEmployer(me);
        return complaints.forEmployer(me.employerCreditCode()).stream()
                .map(c -> new EmployerListItem(c.caseNo(), c.status(), c.status().label(), c.leaveType(),
                        ComplaintViews.violationPeriod(c), c.investigationDue(), c.correctionDeadline(), c.closedOn(),
                        c.violationDate() != null))
                .toList();
    }

    /** A complaint against the caller's organisation, from its acceptance on; 404 for any other. */
    public EmployerView readForEmployer(FfwUser me, String caseNo) {
        requireEmployer(me);
        Complaint c = cases.find(caseNo);
        if (c == null || !CaseAccess.isEmployerOf(me, registry.get(caseNo))) {
            throw new NotFoundException("No such complaint against your organisation.");
        }
        return employerView(c);
    }

    /** The employer concerned: the fields written for it ({@link EmployerView}). */
    private EmployerView employerView(Complaint c) {
        List<TimelineEntry> entries = timeline.of(c.caseNo(), Visibility.forEmployer()).stream()
                .map(TimelineEntry::withoutActorName).toList();
        return new EmployerView(c.caseNo(), c.status(), c.status().label(), c.outcome(),
                c.outcome() == null ? null : c.outcome().label(),
                c.kind() == Kind.REPORT ? "（举报人身份保密）" : c.kind() == Kind.UNION ? "（工会监督移送）" : c.confidential() ? "（投诉人身份保密）" : c.complainantName(),
                c.leaveType(), c.leaveType().label(), ComplaintViews.violationPeriod(c), c.allegation(), c.acceptedOn(), c.investigationDue(),
                c.employerPosition(), c.employerStatement(), c.employerEvidenceReferences(), c.finding(),
                c.requiredActions(), c.correctionDeadline(), c.rectificationReport(),
                c.rectificationEvidenceReferences(), c.verification(), c.penaltyDecision(), c.fineTotal(),
                c.closedOn(), documents.visibleTo(Reader.EMPLOYER, c), entries, deadlines.provisional(c.caseNo()),
                c.kind(), ComplaintViews.complainantWithheld(c), c.violationDate() != null,
                c.kind() == Kind.REPORT ? 1 : parties.affectedCount(c.caseNo()));
    }

    /** Anyone with the case number and its query code, no login: status and dates only. */
    @Override
    public PublicStatus status(CaseRecord r) {
        Complaint c = cases.existing(r.caseNo());
        return new PublicStatus(c.caseNo(), c.kind().label(), c.status(), c.status().label(),
                c.outcome() == null ? null : c.outcome().label(), LocalDate.ofInstant(c.createdAt(), Shanghai.ZONE),
                c.acceptanceDue(), c.acceptedOn(), c.investigationDue(), c.correctionDeadline(), c.closedOn(),
                deadlines.provisional(c.caseNo()), c.outcome());
    }

    private static void requireEmployer(FfwUser me) {
        if (!me.has(Role.EMPLOYER) || me.employerCreditCode() == null) {
            throw new ForbiddenException("This is the employer's view.");
        }
    }
}
