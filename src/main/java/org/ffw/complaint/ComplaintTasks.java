package org.ffw.complaint;

import static org.ffw.complaint.ComplaintProcess.route;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.ffw.employer.EmployerService;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines.Due;
import org.ffw.worktable.CaseTasks;
import org.ffw.worktable.TaskHandlers;
import org.springframework.stereotype.Component;

/**
 * The user tasks of bpmn/leave-complaint.bpmn, one typed handler each: the record holds exactly the keys of the
 * task's form (forms/complaint-*.form), the handler checks the domain rules, stores every value on the case, writes
 * the timeline and the notices, and returns the variables the diagram routes on. The worktable calls them with the
 * complaint row read and locked once.
 */
@Component
class ComplaintTasks implements CaseTasks<Complaint> {

    record Triage(String triageDecision, String allegation, Boolean releaseViolationDate, String supplementRequest,
                  String transferDistrict, String notAcceptedReason, String note) {
    }

    record Supplement(String supplement) {
    }

    /** {@code evidenceReferences}: the ids of the employer's own files on the case that support the statement. */
    record EmployerResponse(String employerPosition, String statement, java.util.List<String> evidenceReferences) {
    }

    record UnionOpinion(String unionPosition, String unionOpinion, Boolean supervisionLetterIssued) {
    }

    record Investigation(String investigationRecord, String investigationAction, String extensionReason) {
    }

    record Extension(String extensionDecision, String extensionNote) {
    }

    record Finding(String finding, String findingReason, Integer affectedEmployees) {
    }

    record CorrectionOrder(String requiredActions, LocalDate correctionDeadline) {
    }

    record Rectification(String rectificationReport, java.util.List<String> evidenceReferences) {
    }

    record Verification(String verification, String verificationNote) {
    }

    record Penalty(String penaltyDecision, BigDecimal finePerEmployee, Integer affectedEmployees, String penaltyNote) {
    }

    private final ComplaintMapper complaints;
    private final ComplaintCases cases;
    private final ComplaintReads reads;
    private final ComplaintDeadlines deadlines;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final ComplaintFines fines;
    private final ComplaintDocuments documents;
    private final EmployerService employers;
    private final ComplaintInstruments instruments;

    /** The form input listing the employer's files (forms/complaint-employer-response.form, -rectification.form). */
    static final String EVIDENCE_OPTIONS = "evidenceOptions";

    private final ComplaintParties parties;

    ComplaintTasks(ComplaintMapper complaints, ComplaintCases cases, ComplaintReads reads,
                   ComplaintDeadlines deadlines, Timeline timeline, WorkingDays workingDays, ComplaintFines fines,
                   ComplaintDocuments documents, EmployerService employers, ComplaintParties parties,
                   ComplaintInstruments instruments) {
        this.parties = parties;
        this.complaints = complaints;
        this.cases = cases;
        this.reads = reads;
        this.deadlines = deadlines;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.fines = fines;
        this.documents = documents;
        this.employers = employers;
        this.instruments = instruments;
    }

    @Override
    public String processKey() {
        return ComplaintProcess.KEY;
    }

    @Override
    public Complaint find(String caseNo) {
        return cases.find(caseNo);
    }

    @Override
    public Complaint lock(String caseNo) {
        return cases.lock(caseNo);
    }

    @Override
    public Map<String, Object> caseDetails(Complaint c, FfwUser viewer) {
        Map<String, Object> details = new java.util.LinkedHashMap<>(reads.forTask(c, viewer));
        if (c.status() == Status.PENALTY_REVIEW) {
            // fine: the words (Chinese) for the API; fineRange, when the law gives one, for the page to word it
            details.put("fine", fines.of(c.leaveType()).map(ComplaintFines.Range::words)
                    .orElse("对" + c.leaveType().label() + "未找到罚款依据：只能责令改正，不能移送罚款"));
            fines.of(c.leaveType()).ifPresent(range -> details.put("fineRange", range));
        }
        return details;
    }

    @Override
    public void register(TaskHandlers<Complaint> h) {
        h.on("triage", Triage.class, this::triaged);
        h.on("supplement", Supplement.class, this::supplemented);
        h.on("employerResponse", EmployerResponse.class, this::employerResponded)
                .prefill(c -> new EmployerResponse(c.employerPosition(), c.employerStatement(), null))
                .inputs(this::employerFiles);
        h.on("unionOpinion", UnionOpinion.class, this::unionOpined);
        h.on("investigate", Investigation.class, this::investigated)
                .prefill(c -> new Investigation(c.investigationRecord(), null, null));
        h.on("approveExtension", Extension.class, this::extensionDecided);
        h.on("finding", Finding.class, this::found)
                .prefill(c -> new Finding(null, null, c.affectedEmployees() != null ? c.affectedEmployees()
                        : parties.affectedCount(c.caseNo())));
        h.on("orderCorrection", CorrectionOrder.class, this::ordered);
        h.on("reportRectification", Rectification.class, this::rectificationReported).inputs(this::employerFiles);
        h.on("verifyRectification", Verification.class, this::verified);
        h.on("penaltyDecision", Penalty.class, this::penaltyDecided)
                .prefill(c -> new Penalty(null, null, c.affectedEmployees() != null ? c.affectedEmployees()
                        : parties.affectedCount(c.caseNo()), null));
    }

    // ------------------------------------------------------------------------------------------------ triage

    private Map<String, Object> triaged(Complaint c, Triage v) {
        Instant now = Instant.now();
        switch (v.triageDecision()) {
            case "ACCEPT" -> {
                if (c.channel() != null && c.channel().onBehalf() && c.intakeRecordDocumentId() == null) {
                    throw new ConflictException("A complaint taken down by staff is accepted with its written record:"
                            + " attach the signed record (笔录), the call record or the letter first.");
                }
                screen(c, "allegation", v.allegation());
                complaints.saveTriage(c.caseNo(), v.allegation(), null, null, v.note(), now);
                if (Boolean.TRUE.equals(v.releaseViolationDate()) && c.confidential()) {
                    complaints.releaseViolationDate(c.caseNo(), now);
                    timeline.record(c.caseNo(), "VIOLATION_DATE_RELEASED", null, null, Visibility.STAFF,
                            Note.of("timeline.note.complaint.violationDateReleased", c.violationDate()));
                }
            }
            case "REQUEST_SUPPLEMENT" -> {
                if (c.kind() == Kind.REPORT) {
                    throw new InvalidInputException("triageDecision", "a report has no complainant to ask for"
                            + " material: accept it, transfer it or do not accept it");
                }
                complaints.saveTriage(c.caseNo(), null, v.supplementRequest(), null, v.note(), now);
                cases.status(c.caseNo(), Status.SUPPLEMENT_REQUESTED, null);
                timeline.record(c.caseNo(), "SUPPLEMENT_REQUESTED", c.status().name(),
                        Status.SUPPLEMENT_REQUESTED.name(), Visibility.PARTY,
                        Note.of("timeline.note.supplementRequested", v.supplementRequest()));
                cases.toComplainant(c.caseNo(), Notice.of("COMPLAINT_SUPPLEMENT", "notice.complaint.supplement",
                        ComplaintCases.kind(c), c.caseNo(), v.supplementRequest()));
                issue(c, ComplaintInstruments.Kind.SUPPLEMENT_NOTICE);
            }
            case "TRANSFER" -> {
                if (v.transferDistrict().equals(c.district())) {
                    throw new InvalidInputException("transferDistrict", "is the district handling the case now");
                }
                cases.transferred(c.caseNo(), v.transferDistrict(),
                        deadlines.acceptance(c.caseNo(), workingDays.today()).date());
                complaints.saveTriage(c.caseNo(), null, null, null, v.note(), now);
                return route(ComplaintProcess.TRIAGE_DECISION, v.triageDecision(),
                        ComplaintProcess.DISTRICT, v.transferDistrict());
            }
            default -> complaints.saveTriage(c.caseNo(), null, null, v.notAcceptedReason(), v.note(), now);
        }
        return route(ComplaintProcess.TRIAGE_DECISION, v.triageDecision());
    }

    private Map<String, Object> supplemented(Complaint c, Supplement v) {
        Due due = deadlines.acceptance(c.caseNo(), workingDays.today());
        complaints.saveSupplement(c.caseNo(), v.supplement(), due.date(), Instant.now());
        cases.status(c.caseNo(), Status.SUBMITTED, null);
        timeline.record(c.caseNo(), "SUPPLEMENTED", c.status().name(), Status.SUBMITTED.name(), Visibility.PARTY,
                Note.of("timeline.note.complaint.supplemented", Note.due(due.date(), due.provisional())));
        return Map.of();
    }

    // ----------------------------------------------------------------------------------------- investigation

    private Map<String, Object> employerResponded(Complaint c, EmployerResponse v) {
        complaints.saveEmployerResponse(c.caseNo(), v.employerPosition(), v.statement(),
                references(c, v.evidenceReferences()), Instant.now());
        timeline.record(c.caseNo(), "EMPLOYER_RESPONDED", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.complaint.employerResponded"));
        return Map.of();
    }

    private Map<String, Object> unionOpined(Complaint c, UnionOpinion v) {
        complaints.saveUnionOpinion(c.caseNo(), v.unionPosition(), v.unionOpinion(),
                Boolean.TRUE.equals(v.supervisionLetterIssued()), Instant.now());
        // the option labels of forms/complaint-union-opinion.form (code.*)
        timeline.record(c.caseNo(), "UNION_OPINION", null, null, Visibility.STAFF,
                Note.of("timeline.note.complaint.unionOpinion", Note.code("code", switch (v.unionPosition()) {
                    case "SUPPORT_COMPLAINT", "NEEDS_MORE_FACTS" -> v.unionPosition();
                    default -> "NO_VIOLATION_FOUND";
                }), Boolean.TRUE.equals(v.supervisionLetterIssued())
                        ? Note.of("timeline.note.complaint.supervisionLetter") : Note.none()));
        return Map.of();
    }

    private Map<String, Object> investigated(Complaint c, Investigation v) {
        boolean extension = "REQUEST_EXTENSION".equals(v.investigationAction());
        if (extension && ComplaintExtensions.alreadyRequested(c)) {
            throw new InvalidInputException("investigationAction",
                    "the investigation period can be extended only once");
        }
        complaints.saveInvestigation(c.caseNo(), v.investigationRecord(), extension ? v.extensionReason() : null,
                Instant.now());
        timeline.record(c.caseNo(), extension ? "EXTENSION_REQUESTED" : "INVESTIGATED", null, null, Visibility.STAFF,
                extension ? Note.of("timeline.note.complaint.extensionRequested", v.extensionReason())
                        : Note.of("timeline.note.complaint.investigated"));
        return route(ComplaintProcess.INVESTIGATION_ACTION, v.investigationAction());
    }

    private Map<String, Object> extensionDecided(Complaint c, Extension v) {
        boolean approved = "APPROVE".equals(v.extensionDecision());
        LocalDate due = approved ? deadlines.investigation(c.caseNo(), c.acceptedOn(), true).date() : null;
        complaints.decideExtension(c.caseNo(), v.extensionDecision(), v.extensionNote(), due, Instant.now());
        Map<String, Object> out = route(ComplaintProcess.EXTENSION_APPROVED, approved,
                ComplaintProcess.INVESTIGATION_ACTION, null);
        if (approved) {
            out.put(ComplaintProcess.INVESTIGATION_DUE, due == null ? null : workingDays.endOf(due));
        }
        return out;
    }

    private Map<String, Object> found(Complaint c, Finding v) {
        if (ComplaintExtensions.pending(c)) {
            throw new ConflictException("The supervisor has not decided the extension request yet.");
        }
        complaints.saveFinding(c.caseNo(), v.finding(), v.findingReason(), workingDays.today(),
                v.affectedEmployees(), Instant.now());
        return route(ComplaintProcess.FINDING, v.finding());
    }

    // -------------------------------------------------------------------------------------------- correction

    private Map<String, Object> ordered(Complaint c, CorrectionOrder v) {
        LocalDate deadline = v.correctionDeadline();
        if (!deadline.isAfter(workingDays.today())) {
            throw new InvalidInputException("correctionDeadline", "must be after today");
        }
        screen(c, "requiredActions", v.requiredActions());
        complaints.saveOrder(c.caseNo(), v.requiredActions(), deadline, Instant.now());
        cases.status(c.caseNo(), Status.CORRECTION_ORDERED, null);
        timeline.record(c.caseNo(), "CORRECTION_ORDERED", c.status().name(), Status.CORRECTION_ORDERED.name(),
                Visibility.PUBLIC, Note.of("timeline.note.complaint.correctionOrdered", deadline));
        cases.toComplainant(c.caseNo(), Notice.of("COMPLAINT_ORDER", "notice.complaint.ordered",
                ComplaintCases.kind(c), c.caseNo(), Notice.date(deadline)));
        cases.toEmployer(c.caseNo(), Notice.of("COMPLAINT_ORDER", "notice.complaint.order", c.caseNo(),
                Notice.date(deadline), v.requiredActions()));
        issue(c, ComplaintInstruments.Kind.CORRECTION_ORDER);
        // the employer's rectification task and its timer end with the deadline day
        return route(ComplaintProcess.CORRECTION_DEADLINE, workingDays.endOf(deadline));
    }

    private Map<String, Object> rectificationReported(Complaint c, Rectification v) {
        complaints.saveRectification(c.caseNo(), v.rectificationReport(), references(c, v.evidenceReferences()),
                Instant.now());
        cases.status(c.caseNo(), Status.VERIFYING, null);
        timeline.record(c.caseNo(), "RECTIFICATION_REPORTED", c.status().name(), Status.VERIFYING.name(),
                Visibility.PUBLIC, Note.of("timeline.note.complaint.rectificationReported"));
        return Map.of();
    }

    private Map<String, Object> verified(Complaint c, Verification v) {
        complaints.saveVerification(c.caseNo(), v.verification(), v.verificationNote(), Instant.now());
        boolean rectified = "RECTIFIED".equals(v.verification());
        if (rectified) {
            cases.status(c.caseNo(), c.status(), Outcome.RECTIFIED);
            employers.rectified(c.employerCreditCode(), c.caseNo(), workingDays.today());
        } else {
            cases.status(c.caseNo(), Status.PENALTY_REVIEW, null);
        }
        timeline.record(c.caseNo(), "VERIFIED", c.status().name(), rectified ? null : Status.PENALTY_REVIEW.name(),
                Visibility.PUBLIC,
                Note.of(rectified ? "timeline.note.complaint.rectified" : "timeline.note.complaint.notRectified"));
        cases.toComplainant(c.caseNo(), Notice.of("COMPLAINT_VERIFIED", "notice.complaint.verified",
                ComplaintCases.kind(c), c.caseNo(),
                Notice.text(rectified ? "notice.complaint.rectified" : "notice.complaint.notRectified")));
        issue(c, ComplaintInstruments.Kind.REVIEW_OPINION);
        return route(ComplaintProcess.VERIFICATION, v.verification());
    }

    private Map<String, Object> penaltyDecided(Complaint c, Penalty v) {
        boolean refer = "REFER".equals(v.penaltyDecision());
        ComplaintFines.Fine fine = refer ? fines.referral(c.leaveType(), v.finePerEmployee(), v.affectedEmployees())
                : null;
        BigDecimal per = refer ? fine.perEmployee() : null;
        Integer affected = refer ? fine.affected() : null;
        BigDecimal total = refer ? fine.total() : null;
        complaints.savePenalty(c.caseNo(), v.penaltyDecision(), per, total, affected, v.penaltyNote(), Instant.now());
        cases.status(c.caseNo(), c.status(), refer ? Outcome.PENALTY_REFERRED : Outcome.NO_PENALTY);
        timeline.record(c.caseNo(), "PENALTY_DECIDED", c.status().name(), null, Visibility.PUBLIC,
                refer ? Note.of("timeline.note.complaint.penaltyReferred", total)
                        : Note.of("timeline.note.complaint.noPenalty"));
        if (refer) {
            cases.toComplainant(c.caseNo(), Notice.of("COMPLAINT_PENALTY", "notice.complaint.penalty",
                    ComplaintCases.kind(c), c.caseNo()));
            issue(c, ComplaintInstruments.Kind.PENALTY_REFERRAL);
            issue(c, ComplaintInstruments.Kind.PENALTY_NOTICE);
        }
        return Map.of();
    }

    /**
     * The step's instrument, drawn from the row as this step has just stored it (the one place a handler reads its
     * case again: the instrument must say what was stored), in the step's transaction.
     */
    private void issue(Complaint c, ComplaintInstruments.Kind kind) {
        instruments.issue(cases.find(c.caseNo()), kind);
    }

    /** What the employer's task forms offer to attach: its own files on the case (upload them on the task page). */
    private Map<String, Object> employerFiles(Complaint c) {
        return Map.of(EVIDENCE_OPTIONS, documents.employerFiles(c).stream()
                .map(d -> Map.of("label", d.filename(), "value", String.valueOf(d.id()))).toList());
    }

    /** The chosen files by name and number, as the case pages show them ("考勤.pdf（材料 #12）"); null for none. */
    private String references(Complaint c, java.util.List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return null;
        }
        Map<String, String> names = new java.util.HashMap<>();
        documents.employerFiles(c).forEach(d -> names.put(String.valueOf(d.id()), d.filename()));
        return String.join("、", ids.stream().map(id -> names.getOrDefault(id, "材料") + "（材料 #" + id + "）")
                .toList());
    }

    /** A field written for the employer must not name any of the complaint's protected persons. */
    private void screen(Complaint c, String field, String text) {
        parties.screen(c, field, text);
    }
}
