package org.ffw.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.ffw.complaint.ComplaintMapper.NewComplaint;
import org.ffw.complaint.ComplaintViews.Lodged;
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
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.TooManyRequestsException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines.Due;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports (举报, 劳动保障监察条例 Art. 9): anyone reports a leave violation at an employer, with an account or
 * anonymously. A report goes through the same triage and investigation as a complaint, with no tasks for the reporter,
 * always confidential; the reporter follows it by case number and query code (and, with an account, in "my cases").
 * Anonymous reports are limited per client address and hour.
 */
@Service
public class ComplaintReports {

    private final ComplaintMapper complaints;
    private final ComplaintCases cases;
    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final ComplaintProcess process;
    private final ComplaintDeadlines deadlines;
    private final EmployerService employers;
    private final UserService users;
    private final WorkingDays workingDays;
    private final int anonymousPerHour;

    ComplaintReports(ComplaintMapper complaints, ComplaintCases cases, CaseNumbers caseNumbers, CaseRegistry registry,
                     Timeline timeline, ComplaintProcess process, ComplaintDeadlines deadlines,
                     EmployerService employers, UserService users, WorkingDays workingDays,
                     @Value("${ffw.reports.anonymous-per-hour:5}") int anonymousPerHour) {
        this.complaints = complaints;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.timeline = timeline;
        this.process = process;
        this.deadlines = deadlines;
        this.employers = employers;
        this.users = users;
        this.workingDays = workingDays;
        this.anonymousPerHour = anonymousPerHour;
    }

    /**
     * A report is lodged: validated, stored, registered, the process started — one transaction.
     *
     * @param reporter      the signed-in account, or null for an anonymous report
     * @param clientAddress the caller's address, for the limit of anonymous reports (stored only as a hash)
     */
    @Transactional
    public Lodged report(FfwUser reporter, LodgeReport r, String clientAddress) {
        LocalDate today = workingDays.today();
        if (!users.isDistrict(r.workplaceDistrict())) {
            throw new InvalidInputException("workplaceDistrict", "is not a Shanghai district code");
        }
        if (r.violationDate() != null && r.violationDate().isAfter(today)) {
            throw new InvalidInputException("violationDate", "must not be in the future");
        }
        String addressHash = reporter == null ? hash(clientAddress) : null;
        if (addressHash != null
                && complaints.reportsFrom(addressHash, Instant.now().minus(Duration.ofHours(1))) >= anonymousPerHour) {
            throw new TooManyRequestsException("Too many anonymous reports from this address; please try again later"
                    + " or sign in.", Duration.ofHours(1));
        }
        Employer employer = employers.findOrRegisterProvisionally(r.employerCreditCode(), r.employerName().strip(),
                r.workplaceDistrict());
        String caseNo = caseNumbers.next(Procedure.LEAVE_COMPLAINT);
        String queryCode = QueryCodes.generate();
        Due acceptance = deadlines.acceptance(caseNo, today);
        LodgeReport.Contact contact = r.contact();
        String username = reporter == null ? null : reporter.getUsername();
        complaints.insert(new NewComplaint(caseNo, Status.SUBMITTED, Kind.REPORT, username,
                reporter == null ? null : reporter.realName(), reporter == null ? null : reporter.residentId(),
                reporter == null ? null : reporter.phone(), true, blankToNull(contact == null ? null : contact.name()),
                blankToNull(contact == null ? null : contact.phone()), r.affectedEmployees(), addressHash,
                employer.creditCode(), r.employerName().strip(), r.workplaceDistrict(), r.leaveType(), null, null,
                org.ffw.rules.LeaveEvent.BIRTH, false, true, null, r.violationDate(), r.facts().strip(), null, null,
                null, null, "举报：受影响职工的法定假期由监察员核查", acceptance.date(), Instant.now(),
                Channel.WEB, null));
        registry.open(new NewCase(caseNo, Procedure.LEAVE_COMPLAINT, r.workplaceDistrict(), employer.creditCode(),
                username, Status.SUBMITTED.name(), r.employerName().strip() + " · " + r.leaveType().label() + "（举报）",
                false, queryCode));
        String pi = process.start(caseNo, r.workplaceDistrict(), employer.creditCode(), username);
        complaints.setProcessInstance(caseNo, pi);
        registry.processStarted(caseNo, pi);
        timeline.recordAs(caseNo, username == null ? "anonymous" : username, "REPORTER", "REPORTED", null,
                Status.SUBMITTED.name(), Visibility.PARTY,
                Note.of("timeline.note.complaint.reported", Note.code("leave", r.leaveType()), r.affectedEmployees(),
                        Note.due(acceptance.date(), acceptance.provisional())));
        cases.toComplainant(caseNo, Notice.of("REPORT_LODGED", "notice.report.lodged", caseNo, acceptance.words(),
                queryCode));
        return new Lodged(caseNo, Status.SUBMITTED, acceptance.date(), acceptance.provisional(), queryCode, null,
                Channel.WEB, username != null);
    }

    /** The scope of an anonymous caller's Idempotency-Key: its address, so that keys of strangers never meet. */
    static String idempotencyScope(FfwUser reporter, String clientAddress) {
        return reporter == null ? "reports:" + hash(clientAddress).substring(0, 16) : "reports";
    }

    private static String hash(String address) {
        return org.ffw.platform.Hashes.sha256("ffw-report:" + address);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
