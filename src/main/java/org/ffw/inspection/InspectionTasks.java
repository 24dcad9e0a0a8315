package org.ffw.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ffw.complaint.ComplaintFines;
import org.ffw.employer.EmployerService;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.CurrentUser;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseTasks;
import org.ffw.worktable.TaskHandlers;
import org.springframework.stereotype.Component;

/**
 * The user tasks of bpmn/leave-inspection.bpmn and of the order to correct it calls (bpmn/leave-correction.bpmn,
 * whose tasks are worked as this procedure's on an LI case), one typed handler each; the records hold exactly the
 * keys of forms/inspection-*.form and of the shared forms/complaint-{correction-order,rectification,verification,
 * penalty}.form. Each stores every value, writes the timeline and the notices and returns the routing variables.
 */
@Component
class InspectionTasks implements CaseTasks<Inspection> {

    record Report(String reportNote, Boolean reportComplete) {
    }

    record Review(Boolean siteCheckNeeded, String reviewNote) {
    }

    record SiteCheck(LocalDate siteCheckedOn, String siteCheckRecord) {
    }

    record Finding(String finding, String findingReason, Integer affectedEmployees) {
    }

    record CorrectionOrder(String requiredActions, LocalDate correctionDeadline) {
    }

    record Rectification(String rectificationReport, List<String> evidenceReferences) {
    }

    record Verification(String verification, String verificationNote) {
    }

    record Penalty(String penaltyDecision, BigDecimal finePerEmployee, Integer affectedEmployees, String penaltyNote) {
    }

    private final InspectionMapper mapper;
    private final InspectionRows rows;
    private final InspectionReads reads;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final EmployerService employers;
    private final ComplaintFines fines;

    InspectionTasks(InspectionMapper mapper, InspectionRows rows, InspectionReads reads, Timeline timeline,
                    WorkingDays workingDays, EmployerService employers, ComplaintFines fines) {
        this.mapper = mapper;
        this.rows = rows;
        this.reads = reads;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.employers = employers;
        this.fines = fines;
    }

    @Override
    public String processKey() {
        return InspectionProcess.KEY;
    }

    @Override
    public Inspection find(String caseNo) {
        return rows.find(caseNo);
    }

    @Override
    public Inspection lock(String caseNo) {
        return rows.lock(caseNo);
    }

    @Override
    public Map<String, Object> caseDetails(Inspection i, FfwUser viewer) {
        return Map.of("inspection", reads.forTask(i, viewer));
    }

    @Override
    public void register(TaskHandlers<Inspection> h) {
        h.on("reportLeaveRecords", Report.class, this::reported).prefill(i -> new Report(i.reportNote(), null));
        h.on("pairReview", Review.class, this::reviewed);
        h.on("siteCheck", SiteCheck.class, this::siteChecked)
                .prefill(i -> new SiteCheck(workingDays.today(), i.siteCheckRecord()));
        h.on("inspectionFinding", Finding.class, this::found)
                .prefill(i -> {
                    int withGap = reads.personsWithGap(i.caseNo());
                    return new Finding(null, null, withGap > 0 ? withGap : null);
                });
        h.on("orderCorrection", CorrectionOrder.class, this::ordered);
        h.on("reportRectification", Rectification.class, this::rectificationReported)
                .inputs(i -> Map.of("evidenceOptions", List.of()));
        h.on("verifyRectification", Verification.class, this::verified);
        h.on("penaltyDecision", Penalty.class, this::penaltyDecided)
                .prefill(i -> new Penalty(null, null, i.affectedEmployees(), null));
    }

    private Map<String, Object> reported(Inspection i, Report v) {
        if (!Boolean.TRUE.equals(v.reportComplete())) {
            throw new InvalidInputException("reportComplete", "must be ticked: the report covers everyone in the period");
        }
        int count = mapper.records(i.caseNo()).size();
        mapper.saveReport(i.caseNo(), blankToNull(v.reportNote()), Instant.now());
        rows.status(i.caseNo(), InspectionStatus.REVIEWING);
        timeline.record(i.caseNo(), "LEAVE_REPORTED", i.status().name(), InspectionStatus.REVIEWING.name(),
                Visibility.PUBLIC, Note.of("timeline.note.inspection.reported", count));
        rows.toPair(i.caseNo(), Notice.of("INSPECTION_REPORTED", "notice.inspection.reported", i.caseNo(),
                i.employerName(), count));
        return Map.of();
    }

    /** Each inspector of the pair signs off for themself (their task is assigned to them). */
    private Map<String, Object> reviewed(Inspection i, Review v) {
        String me = CurrentUser.get().getUsername();
        if (mapper.signOff(i.caseNo(), me, Boolean.TRUE.equals(v.siteCheckNeeded()), v.reviewNote(),
                Instant.now()) == 0) {
            throw new ConflictException("Only an inspector of this inspection's pair signs off its review.");
        }
        timeline.record(i.caseNo(), "PAIR_SIGNED_OFF", i.status().name(), null, Visibility.STAFF,
                Note.of(Boolean.TRUE.equals(v.siteCheckNeeded()) ? "timeline.note.inspection.signedOffSiteCheck"
                        : "timeline.note.inspection.signedOff", v.reviewNote()));
        return Map.of();
    }

    private Map<String, Object> siteChecked(Inspection i, SiteCheck v) {
        if (v.siteCheckedOn().isAfter(workingDays.today())) {
            throw new InvalidInputException("siteCheckedOn", "must not be in the future");
        }
        mapper.saveSiteCheck(i.caseNo(), v.siteCheckedOn(), v.siteCheckRecord(), Instant.now());
        rows.status(i.caseNo(), InspectionStatus.FINDING);
        timeline.record(i.caseNo(), "SITE_CHECKED", i.status().name(), InspectionStatus.FINDING.name(),
                Visibility.PUBLIC, Note.of("timeline.note.inspection.siteChecked", v.siteCheckedOn()));
        return Map.of();
    }

    private Map<String, Object> found(Inspection i, Finding v) {
        boolean violation = Inspection.VIOLATION.equals(v.finding());
        LocalDate today = workingDays.today();
        mapper.saveFinding(i.caseNo(), v.finding(), v.findingReason(), violation ? v.affectedEmployees() : null,
                today, Instant.now());
        timeline.record(i.caseNo(), "INSPECTION_FINDING", i.status().name(), null, Visibility.PUBLIC,
                Note.of(violation ? "timeline.note.inspection.violation" : "timeline.note.inspection.noViolation"));
        rows.toEmployer(i.caseNo(), Notice.of("INSPECTION_FINDING", violation ? "notice.inspection.violation"
                : "notice.inspection.noViolation", i.caseNo()));
        return route(InspectionProcess.FINDING, v.finding());
    }

    // -------------------------------------------------------------------- the shared order to correct

    private Map<String, Object> ordered(Inspection i, CorrectionOrder v) {
        LocalDate deadline = v.correctionDeadline();
        if (!deadline.isAfter(workingDays.today())) {
            throw new InvalidInputException("correctionDeadline", "must be after today");
        }
        mapper.saveOrder(i.caseNo(), v.requiredActions(), deadline, Instant.now());
        rows.status(i.caseNo(), InspectionStatus.CORRECTION_ORDERED);
        timeline.record(i.caseNo(), "CORRECTION_ORDERED", i.status().name(),
                InspectionStatus.CORRECTION_ORDERED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.inspection.correctionOrdered", deadline));
        rows.toEmployer(i.caseNo(), Notice.of("INSPECTION_ORDER", "notice.inspection.order", i.caseNo(),
                Notice.date(deadline), v.requiredActions()));
        // the employer's rectification task and its timer end with the deadline day
        return route(InspectionProcess.CORRECTION_DEADLINE, workingDays.endOf(deadline));
    }

    private Map<String, Object> rectificationReported(Inspection i, Rectification v) {
        if (v.evidenceReferences() != null && !v.evidenceReferences().isEmpty()) {
            throw new InvalidInputException("evidenceReferences", "names a file that is not on this case");
        }
        mapper.saveRectification(i.caseNo(), v.rectificationReport(), null, Instant.now());
        rows.status(i.caseNo(), InspectionStatus.VERIFYING);
        timeline.record(i.caseNo(), "RECTIFICATION_REPORTED", i.status().name(), InspectionStatus.VERIFYING.name(),
                Visibility.PUBLIC, Note.of("timeline.note.inspection.rectificationReported"));
        rows.toPair(i.caseNo(), Notice.of("INSPECTION_RECTIFICATION", "notice.inspection.rectification",
                i.caseNo(), i.employerName()));
        return Map.of();
    }

    private Map<String, Object> verified(Inspection i, Verification v) {
        boolean rectified = "RECTIFIED".equals(v.verification());
        mapper.saveVerification(i.caseNo(), v.verification(), v.verificationNote(), Instant.now());
        if (rectified) {
            employers.rectified(i.employerCreditCode(), i.caseNo(), workingDays.today());
        } else {
            rows.status(i.caseNo(), InspectionStatus.PENALTY_REVIEW);
        }
        timeline.record(i.caseNo(), "VERIFIED", i.status().name(), null, Visibility.PUBLIC,
                Note.of(rectified ? "timeline.note.inspection.rectified" : "timeline.note.inspection.notRectified"));
        rows.toEmployer(i.caseNo(), Notice.of("INSPECTION_VERIFIED", rectified ? "notice.inspection.rectified"
                : "notice.inspection.notRectified", i.caseNo()));
        return route(InspectionProcess.VERIFICATION, v.verification());
    }

    private Map<String, Object> penaltyDecided(Inspection i, Penalty v) {
        boolean refer = "REFER".equals(v.penaltyDecision());
        ComplaintFines.Fine fine = refer ? fines.referral(reads.fineType(i.caseNo()).orElse(null),
                v.finePerEmployee(), v.affectedEmployees()) : null;
        BigDecimal per = refer ? fine.perEmployee() : null;
        Integer affected = refer ? fine.affected() : null;
        BigDecimal total = refer ? fine.total() : null;
        mapper.savePenalty(i.caseNo(), v.penaltyDecision(), per, total, affected, v.penaltyNote(), Instant.now());
        timeline.record(i.caseNo(), "PENALTY_DECIDED", i.status().name(), null, Visibility.PUBLIC,
                refer ? Note.of("timeline.note.inspection.penaltyReferred", total)
                        : Note.of("timeline.note.inspection.noPenalty"));
        return Map.of();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, Object> route(String name, Object value) {
        Map<String, Object> v = new HashMap<>();
        v.put(name, value);
        return v;
    }
}
