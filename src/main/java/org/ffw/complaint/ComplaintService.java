package org.ffw.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ffw.complaint.ComplaintMapper.NewComplaint;
import org.ffw.complaint.ComplaintViews.Entitlement;
import org.ffw.complaint.ComplaintViews.Lodged;
import org.ffw.complaint.ComplaintParties.Lodger;
import org.ffw.employer.Employer;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.platform.caseno.CaseNumbers;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.QueryCodes;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.FieldProblem;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.LeaveQuery;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines.Due;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the complainant does: lodge a complaint, withdraw it, rate its handling. Each is one transaction. Reading is
 * {@link ComplaintReads}, evidence {@link ComplaintDocuments}, the inspectors' and the employer's tasks
 * {@link ComplaintTasks}, what the process does on its own {@link ComplaintSteps}.
 */
@Service
public class ComplaintService {

    private final ComplaintMapper complaints;
    private final ComplaintCases cases;
    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final ComplaintProcess process;
    private final EmployerService employers;
    private final UserService users;
    private final WorkingDays workingDays;
    private final ComplaintEntitlements entitlements;
    private final ComplaintDeadlines deadlines;
    private final ComplaintParties parties;

    ComplaintService(ComplaintMapper complaints, ComplaintCases cases, CaseNumbers caseNumbers, CaseRegistry registry,
                     Timeline timeline, ComplaintProcess process, EmployerService employers, UserService users,
                     WorkingDays workingDays, ComplaintEntitlements entitlements, ComplaintDeadlines deadlines,
                     ComplaintParties parties) {
        this.parties = parties;
        this.complaints = complaints;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.timeline = timeline;
        this.process = process;
        this.employers = employers;
        this.users = users;
        this.workingDays = workingDays;
        this.entitlements = entitlements;
        this.deadlines = deadlines;
    }

    /**
     * A complaint is lodged — by the employee on the web, or by a district inspector on behalf of a person (counter,
     * 12333 hotline, letter) — validated, stored with its registry entry and its other affected employees, the
     * process started, the timeline and the acknowledgement written (to a person without an account by text
     * message): all in one transaction.
     */
    @Transactional
    public Lodged lodge(FfwUser me, LodgeComplaint r) {
        Lodger who = parties.lodger(me, r);
        LocalDate today = workingDays.today();
        validate(r, today, parties.problems(r, who, today));
        Employer employer = employers.findOrRegisterProvisionally(r.employerCreditCode(), r.employerName().strip(),
                r.workplaceDistrict());
        int babies = r.babies() == null ? 1 : r.babies();
        LeaveEvent event = r.event() == null ? LeaveEvent.BIRTH : r.event();
        boolean difficult = Boolean.TRUE.equals(r.difficultBirth());
        boolean lawful = r.lawfulBirth() == null || r.lawfulBirth();
        Entitlement entitlement = entitlements.of(r.leaveType(), r.childBirthDate() == null ? null
                : new LeaveQuery(event, r.childBirthDate(), babies, difficult, lawful, r.pregnancyMonths(), null),
                r.daysGranted());
        String caseNo = caseNumbers.next(Procedure.LEAVE_COMPLAINT);
        String queryCode = QueryCodes.generate();
        String duplicateOf = complaints.openDuplicate(who.residentId(), employer.creditCode(), r.leaveType());
        Due acceptance = deadlines.acceptance(caseNo, today);
        LocalDate acceptanceDue = acceptance.date();
        complaints.insert(new NewComplaint(caseNo, Status.SUBMITTED, Kind.COMPLAINT, who.username(), who.name(),
                who.residentId(), who.phone(), r.confidential() == null || r.confidential(), null, null, null, null,
                employer.creditCode(), r.employerName().strip(), r.workplaceDistrict(), r.leaveType(),
                r.childBirthDate(), babies, event, difficult, lawful, r.pregnancyMonths(), r.violationDate(),
                r.facts().strip(), r.request() == null ? null : r.request().strip(), duplicateOf, r.daysGranted(),
                entitlement.entitledDays(), entitlement.note(), acceptanceDue, Instant.now(), who.channel(),
                who.lodgedBy()));
        parties.storeCoComplainants(caseNo, r);
        // the summary every reader of the case sees, the employer included: never the complainant
        registry.open(new NewCase(caseNo, Procedure.LEAVE_COMPLAINT, r.workplaceDistrict(), employer.creditCode(),
                who.username(), Status.SUBMITTED.name(),
                r.employerName().strip() + " · " + r.leaveType().label(), false, queryCode));
        List<String> representatives = r.representativesOrNone().stream().map(String::strip)
                .filter(u -> !u.equals(who.username())).toList();
        representatives.forEach(u -> registry.addRepresentative(caseNo, u));
        // the complainant's tasks go to her account; lodged for someone without one, to a representative, else to
        // the district's inspectors, who take the answer down as they took the complaint
        String taskHolder = who.username() != null ? who.username()
                : representatives.isEmpty() ? null : representatives.get(0);
        String pi = process.start(caseNo, r.workplaceDistrict(), employer.creditCode(), taskHolder);
        complaints.setProcessInstance(caseNo, pi);
        registry.processStarted(caseNo, pi);
        Object due = Note.due(acceptance.date(), acceptance.provisional());
        timeline.record(caseNo, "LODGED", null, Status.SUBMITTED.name(), Visibility.PARTY, who.channel().onBehalf()
                ? Note.of("timeline.note.complaint.lodgedOnBehalf", Note.code("complaint.channel", who.channel()),
                        Note.code("leave", r.leaveType()), due)
                : Note.of("timeline.note.complaint.lodged", Note.code("leave", r.leaveType()), due));
        if (!r.coComplainantsOrNone().isEmpty()) {
            timeline.record(caseNo, "COLLECTIVE", null, null, Visibility.PARTY, Note.of(
                    "timeline.note.complaint.collective", r.coComplainantsOrNone().size() + 1,
                    r.representativesOrNone().size()));
        }
        cases.toComplainant(caseNo, Notice.of("COMPLAINT_LODGED", "notice.complaint.lodged", caseNo,
                acceptance.words(), queryCode));
        if (duplicateOf != null) {
            timeline.record(caseNo, "POSSIBLE_DUPLICATE", null, null, Visibility.PARTY,
                    Note.of("timeline.note.complaint.duplicate", duplicateOf));
        }
        return new Lodged(caseNo, Status.SUBMITTED, acceptanceDue, acceptance.provisional(), queryCode, duplicateOf,
                who.channel(), who.username() != null);
    }

    /** Domain checks after Bean Validation: identifiers, district, dates not in the future and in order. */
    private void validate(LodgeComplaint r, LocalDate today, List<FieldProblem> collective) {
        List<FieldProblem> errors = new ArrayList<>(collective);
        if (!users.isDistrict(r.workplaceDistrict())) {
            errors.add(new FieldProblem("workplaceDistrict", "is not a Shanghai district code"));
        }
        if (r.violationDate() != null && r.violationDate().isAfter(today)) {
            errors.add(new FieldProblem("violationDate", "must not be in the future"));
        }
        if (r.childBirthDate() != null && r.childBirthDate().isAfter(today)) {
            errors.add(new FieldProblem("childBirthDate", "must not be in the future"));
        }
        if (r.event() == LeaveEvent.MISCARRIAGE && r.pregnancyMonths() == null) {
            errors.add(new FieldProblem("pregnancyMonths", "is required for a MISCARRIAGE (completed months of pregnancy)"));
        }
        if (r.event() == LeaveEvent.MISCARRIAGE && r.leaveType() != null && r.leaveType() != LeaveType.MATERNITY
                && r.leaveType().childRequired()) {
            errors.add(new FieldProblem("leaveType", "after a miscarriage only MATERNITY leave (流产产假) applies"));
        }
        if (r.leaveType() != null && r.leaveType().childRequired() && r.childBirthDate() == null) {
            errors.add(new FieldProblem("childBirthDate", "is required for " + r.leaveType()));
        }
        if (r.childBirthDate() != null && r.violationDate() != null) {
            // 产假 may start 15 days before the birth; every other leave follows the birth
            LocalDate earliest = r.leaveType() == LeaveType.MATERNITY ? r.childBirthDate().minusDays(15)
                    : r.leaveType() != null && r.leaveType().childRequired() ? r.childBirthDate() : null;
            if (earliest != null && r.violationDate().isBefore(earliest)) {
                errors.add(new FieldProblem("violationDate", "is before the leave could begin (" + earliest + ")"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The complainant withdraws before a finding: the process is interrupted and the case closed. */
    @Transactional
    public void withdraw(FfwUser me, String caseNo, String reason) {
        Complaint c = ownComplaint(me, caseNo, false, "Only the complainant may withdraw a complaint.");
        if (c.kind() == Kind.REPORT) {
            throw new ConflictException("A report is followed up by the inspection of its own motion: it cannot be"
                    + " withdrawn.");
        }
        if (!c.status().beforeFinding()) {
            throw new ConflictException("A complaint can be withdrawn only before a finding.");
        }
        complaints.withdraw(caseNo, reason == null || reason.isBlank() ? null : reason.strip(), Instant.now());
        if (!process.withdraw(caseNo)) {
            throw new ConflictException("The complaint can no longer be withdrawn.");
        }
    }

    /** 好差评: the complainant rates the handling once, after closure. */
    @Transactional
    public void rate(FfwUser me, String caseNo, int score, String comment) {
        Complaint c = ownComplaint(me, caseNo, true, "Only the complainant (or a representative) may rate the handling.");
        if (score < 1 || score > 5) {
            throw new InvalidInputException("score", "must be between 1 and 5");
        }
        if (c.status() != Status.CLOSED) {
            throw new ConflictException("The handling can be rated once the case is closed.");
        }
        if (c.rating() != null || complaints.rate(caseNo, score, comment == null ? null : comment.strip(),
                Instant.now()) == 0) {
            throw new ConflictException("This case has already been rated.");
        }
        timeline.record(caseNo, "RATED", null, null, Visibility.STAFF, Note.of("timeline.note.complaint.rated", score));
        if (score <= 2) {
            // 不满意 / 非常不满意 must be followed up within 15 working days (REFERENCE §7)
            cases.toSupervisors(caseNo, Notice.of("COMPLAINT_BAD_RATING", "notice.complaint.badRating", caseNo,
                    score));
        }
    }

    /**
     * The complainant's own complaint, locked: 404 when there is none, 403 when it is someone else's. The
     * representatives of a collective complaint act for the complainants here (rating), not in a withdrawal.
     */
    private Complaint ownComplaint(FfwUser me, String caseNo, boolean representativesToo, String refusal) {
        Complaint c = cases.lock(caseNo);
        if (c == null) {
            throw new NotFoundException("No such complaint.");
        }
        boolean own = me.getUsername().equals(c.complainantUsername());
        if (!own && !(representativesToo && registry.get(caseNo).actsAsApplicant(me.getUsername()))) {
            throw new ForbiddenException(refusal);
        }
        return c;
    }
}
