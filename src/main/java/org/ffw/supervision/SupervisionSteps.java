package org.ffw.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.complaint.ComplaintReferrals;
import org.ffw.complaint.ComplaintReferrals.UnionReferral;
import org.ffw.platform.document.Documents.Party;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bpmn/union-supervision.bpmn does on its own ({@code ${supervisionSteps.x(execution)}}): the employer's answer
 * not in time, the close once corrected, and the HRB's decision carried out — a leave complaint opened at 立案 with
 * the union's materials, or the written explanation recorded — each fed back to the union.
 */
@Component("supervisionSteps")
public class SupervisionSteps {

    private final SupervisionCases cases;
    private final SupervisionMapper mapper;
    private final SupervisionDocuments documents;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final ComplaintReferrals referrals;

    SupervisionSteps(SupervisionCases cases, SupervisionMapper mapper, SupervisionDocuments documents,
                     Timeline timeline, WorkingDays workingDays, ComplaintReferrals referrals) {
        this.cases = cases;
        this.mapper = mapper;
        this.documents = documents;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.referrals = referrals;
    }

    /** 15 working days without a written answer: recorded, the union told; the union lead's letter is next. */
    @Transactional
    public void noAnswer(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Supervision s = cases.lock(caseNo);
        mapper.noAnswer(caseNo, Instant.now());
        cases.status(caseNo, SupervisionStatus.SUGGESTION_PENDING);
        timeline.recordAs(caseNo, "system", null, "NO_ANSWER", s.status().name(),
                SupervisionStatus.SUGGESTION_PENDING.name(), Visibility.PUBLIC,
                Note.of("timeline.note.supervision.noAnswer"));
        cases.toUnion(caseNo, Notice.of("SUPERVISION_NO_ANSWER", "notice.supervision.noAnswer", caseNo,
                s.employerName()));
    }

    @Transactional
    public void closeCorrected(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Supervision s = cases.lock(caseNo);
        LocalDate today = workingDays.today();
        cases.close(caseNo, SupervisionStatus.CORRECTED, today);
        timeline.recordAs(caseNo, "system", null, "CLOSED", s.status().name(), SupervisionStatus.CLOSED.name(),
                Visibility.PUBLIC, Note.of("timeline.note.supervision.closedCorrected"));
        cases.toEmployer(caseNo, Notice.of("SUPERVISION_CLOSED", "notice.supervision.corrected", caseNo,
                Notice.date(today)));
    }

    /**
     * 立案: the HRB opens a leave complaint that enters the investigation directly, with the union's materials — the
     * findings and required correction of the opinion, the union's files and the employer's evidence — and the
     * supervision case records its number. The union is told; the employer hears of the investigation from the
     * complaint.
     */
    @Transactional
    public void openComplaint(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Supervision s = cases.lock(caseNo);
        if (s.complaintCaseNo() != null) {
            return; // a retry after the complaint was opened
        }
        String complaint = referrals.open(new UnionReferral(caseNo, s.district(), s.employerCreditCode(),
                s.employerName(), s.leaveType().name(), s.facts(), s.requiredCorrection(), s.affectedEmployees(),
                documents.of(caseNo, Party.STAFF), documents.of(caseNo, Party.EMPLOYER)));
        mapper.setComplaint(caseNo, complaint, Instant.now());
        cases.close(caseNo, SupervisionStatus.CASE_OPENED, workingDays.today());
        timeline.record(caseNo, "HRB_CASE_OPENED", s.status().name(), SupervisionStatus.CLOSED.name(),
                Visibility.PUBLIC, Note.of("timeline.note.supervision.caseOpened", complaint));
        cases.toUnion(caseNo, Notice.of("SUPERVISION_CASE_OPENED", "notice.supervision.caseOpened", caseNo,
                complaint));
    }

    /** The HRB explained in writing why it opens no case: recorded on the case, the union told. */
    @Transactional
    public void explained(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Supervision s = cases.lock(caseNo);
        cases.close(caseNo, SupervisionStatus.EXPLAINED, workingDays.today());
        timeline.record(caseNo, "HRB_EXPLAINED", s.status().name(), SupervisionStatus.CLOSED.name(),
                Visibility.PUBLIC, Note.of("timeline.note.supervision.explained"));
        cases.toUnion(caseNo, Notice.of("SUPERVISION_EXPLAINED", "notice.supervision.explained", caseNo,
                s.hrbExplanation()));
    }

    private static String caseNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
