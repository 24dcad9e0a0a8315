package org.ffw.inspection;

import java.time.Instant;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.complaint.LeaveType;
import org.ffw.complaint.ViolationWords;
import org.ffw.correction.Correctable;
import org.ffw.correction.CorrectionProcess;
import org.ffw.employer.EmployerService;
import org.ffw.platform.cases.Procedure;
import org.ffw.inspection.InspectionCases.InspectionClosed;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bpmn/leave-inspection.bpmn does on its own ({@code ${inspectionSteps.x(execution)}}): the report not made in
 * time, whether the pair goes on site, and the close (which tells the campaign); and, for the shared order to
 * correct, the violation published and the rectification report not made.
 */
@Component("inspectionSteps")
public class InspectionSteps implements Correctable {

    private final InspectionRows rows;
    private final InspectionMapper mapper;
    private final Timeline timeline;
    private final WorkingDays workingDays;
    private final EmployerService employers;
    private final CorrectionProcess correction;
    private final ApplicationEventPublisher events;

    InspectionSteps(InspectionRows rows, InspectionMapper mapper, Timeline timeline, WorkingDays workingDays,
                    EmployerService employers, CorrectionProcess correction, ApplicationEventPublisher events) {
        this.rows = rows;
        this.mapper = mapper;
        this.timeline = timeline;
        this.workingDays = workingDays;
        this.employers = employers;
        this.correction = correction;
        this.events = events;
    }

    /** 10 working days without a report: recorded, the employer and the pair told; the pair must go on site. */
    @Transactional
    public void noReport(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Inspection i = rows.lock(caseNo);
        mapper.noReport(caseNo, Instant.now());
        rows.status(caseNo, InspectionStatus.REVIEWING);
        timeline.recordAs(caseNo, "system", null, "NO_LEAVE_REPORT", i.status().name(),
                InspectionStatus.REVIEWING.name(), Visibility.PUBLIC, Note.of("timeline.note.inspection.noReport"));
        rows.toEmployer(caseNo, Notice.of("INSPECTION_NO_REPORT", "notice.inspection.noReportToEmployer", caseNo));
        rows.toPair(caseNo, Notice.of("INSPECTION_NO_REPORT", "notice.inspection.noReport", caseNo,
                i.employerName()));
    }

    /** After the pair signed off: on site when either asked for it or the employer did not report. */
    @Transactional
    public boolean siteCheckNeeded(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Inspection i = rows.lock(caseNo);
        boolean needed = i.noReport() || mapper.inspectors(caseNo).stream()
                .anyMatch(x -> !x.recused() && Boolean.TRUE.equals(x.siteCheckNeeded()));
        mapper.setSiteCheckNeeded(caseNo, needed, Instant.now());
        rows.status(caseNo, needed ? InspectionStatus.SITE_CHECK : InspectionStatus.FINDING);
        return needed;
    }

    @Transactional
    public void close(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Inspection i = rows.lock(caseNo);
        if (i.closed()) {
            return;
        }
        LocalDate today = workingDays.today();
        rows.close(caseNo, today);
        String how = !i.violation() ? "timeline.note.inspection.closedNoViolation"
                : "RECTIFIED".equals(i.verification()) ? "timeline.note.inspection.closedRectified"
                : "timeline.note.inspection.closedPenalty";
        timeline.recordAs(caseNo, "system", null, "CLOSED", i.status().name(), InspectionStatus.CLOSED.name(),
                Visibility.PUBLIC, Note.of(how));
        rows.toEmployer(caseNo, Notice.of("INSPECTION_CLOSED", "notice.inspection.closed", caseNo,
                Notice.date(today)));
        // the campaign listens after the commit: its last case closed publishes its results
        events.publishEvent(new InspectionClosed(i.campaignId(), caseNo));
    }

    /**
     * The violation goes on the employer's compliance record and the same message a substantiated complaint sends
     * reaches any waiter (a fertility-friendly certificate under review).
     */
    @Override
    public Procedure procedure() {
        return Procedure.LEAVE_INSPECTION;
    }

    @Override
    @Transactional
    public void publishSubstantiated(String caseNo) {
        Inspection i = rows.existing(caseNo);
        // the leave found short (the first row with a gap; the campaign's first focus when the report had none)
        LeaveType leave = mapper.records(caseNo).stream().filter(r -> r.gap() > 0).map(LeaveRecord::leaveType)
                .findFirst().orElse(i.focus().isEmpty() ? LeaveType.MATERNITY : i.focus().get(0));
        employers.recordViolation(i.employerCreditCode(), caseNo, "LEAVE_VIOLATION_" + leave,
                i.foundOn() == null ? workingDays.today() : i.foundOn(), ViolationWords.storedByInspection(leave));
        correction.publishSubstantiated(i.employerCreditCode(), caseNo);
    }

    /** The correction deadline passed without a report: recorded; the pair verifies all the same. */
    @Override
    @Transactional
    public void noRectificationReport(String caseNo) {
        Inspection i = rows.lock(caseNo);
        mapper.noRectificationReport(caseNo, Instant.now());
        rows.status(caseNo, InspectionStatus.VERIFYING);
        timeline.recordAs(caseNo, "system", null, "NO_RECTIFICATION_REPORT", i.status().name(),
                InspectionStatus.VERIFYING.name(), Visibility.PUBLIC,
                Note.of("timeline.note.inspection.noRectificationReport"));
    }

    private static String caseNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
