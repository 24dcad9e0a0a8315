package org.ffw.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.complaint.ComplaintMapper.NewComplaint;
import org.ffw.platform.caseno.CaseNumbers;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Party;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.LeaveEvent;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines.Due;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A leave complaint the district HRB opens (立案) on a union's suggestion letter (工会劳动法律监督建议书,
 * 《工会劳动法律监督办法》 Art. 21–23): it has no complainant and no triage — the process goes straight to 立案 and the
 * investigation — and carries the union's materials: the facts the union found stand as the case's facts and as the
 * allegation the employer reads (the union addressed them to the employer in its opinion), the required correction
 * as the request, the union's and the employer's files copied onto the new case, the supervision case linked.
 */
@Service
public class ComplaintReferrals {

    /**
     * What the union's supervision hands over.
     *
     * @param unionFiles    the union's own files on the supervision case (copied as the staff's)
     * @param employerFiles the employer's evidence with its written answer (copied as the employer's)
     */
    public record UnionReferral(String supervisionCaseNo, String district, String employerCreditCode,
                                String employerName, String leaveType, String facts, String requiredCorrection,
                                Integer affectedEmployees, List<Documents.Document> unionFiles,
                                List<Documents.Document> employerFiles) {
    }

    private final ComplaintMapper complaints;
    private final CaseNumbers caseNumbers;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final ComplaintProcess process;
    private final ComplaintDeadlines deadlines;
    private final Documents documents;
    private final WorkingDays workingDays;

    ComplaintReferrals(ComplaintMapper complaints, CaseNumbers caseNumbers, CaseRegistry registry, Timeline timeline,
                       ComplaintProcess process, ComplaintDeadlines deadlines, Documents documents,
                       WorkingDays workingDays) {
        this.complaints = complaints;
        this.caseNumbers = caseNumbers;
        this.registry = registry;
        this.timeline = timeline;
        this.process = process;
        this.deadlines = deadlines;
        this.documents = documents;
        this.workingDays = workingDays;
    }

    /** Opens the complaint in the caller's transaction and starts its process at 立案; returns its case number. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String open(UnionReferral r) {
        LeaveType leave = LeaveType.valueOf(r.leaveType());
        LocalDate today = workingDays.today();
        String caseNo = caseNumbers.next(Procedure.LEAVE_COMPLAINT);
        Due acceptance = deadlines.acceptance(caseNo, today);
        Instant now = Instant.now();
        complaints.insert(new NewComplaint(caseNo, Status.SUBMITTED, Kind.UNION, null, null, null, null, true, null,
                null, r.affectedEmployees(), null, r.employerCreditCode(), r.employerName(), r.district(), leave,
                null, null, LeaveEvent.BIRTH, false, true, null, null, r.facts(), r.requiredCorrection(), null, null,
                null, "工会监督建议立案：受影响职工的法定假期由监察员核查", acceptance.date(), now,
                // not taken down from a person: the union's letter is the case's origin (origin_case_no, Kind.UNION)
                Channel.WEB, null));
        complaints.setOrigin(caseNo, r.supervisionCaseNo(), now);
        complaints.saveTriage(caseNo, r.facts(), null, null, null, now);
        registry.open(new NewCase(caseNo, Procedure.LEAVE_COMPLAINT, r.district(), r.employerCreditCode(), null,
                Status.SUBMITTED.name(), r.employerName() + " · " + leave.label() + "（工会监督建议）", false, null));
        timeline.recordAs(caseNo, "system", null, "UNION_REFERRAL", null, Status.SUBMITTED.name(), Visibility.STAFF,
                Note.of("timeline.note.complaint.unionReferral", r.supervisionCaseNo()));
        for (Documents.Document d : r.unionFiles()) {
            documents.attach(caseNo, Party.STAFF, d.uploadedBy(), d.filename(), documents.content(d));
        }
        for (Documents.Document d : r.employerFiles()) {
            documents.attach(caseNo, Party.EMPLOYER, d.uploadedBy(), d.filename(), documents.content(d));
        }
        // started last: the process runs 立案 (complaintSteps.accept) at once, which reads the row written above
        String pi = process.startOnUnionReferral(caseNo, r.district(), r.employerCreditCode());
        complaints.setProcessInstance(caseNo, pi);
        registry.processStarted(caseNo, pi);
        return caseNo;
    }
}
