package org.ffw.complaint;

import org.ffw.correction.Correctable;
import org.ffw.employer.EmployerService;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint's steps in the shared bpmn/leave-correction.bpmn (its call activity {@code correction}), reached
 * through {@code correctionSteps} for a case numbered LC-…. Its tasks are the complaint's ({@link ComplaintTasks}).
 */
@Component
class ComplaintCorrection implements Correctable {

    private final ComplaintCases cases;
    private final Timeline timeline;
    private final org.ffw.correction.CorrectionProcess process;
    private final EmployerService employers;
    private final WorkingDays workingDays;

    ComplaintCorrection(ComplaintCases cases, Timeline timeline, org.ffw.correction.CorrectionProcess process, EmployerService employers,
                        WorkingDays workingDays) {
        this.cases = cases;
        this.timeline = timeline;
        this.process = process;
        this.employers = employers;
        this.workingDays = workingDays;
    }

    @Override
    public Procedure procedure() {
        return Procedure.LEAVE_COMPLAINT;
    }

    /** A substantiated violation goes on the employer's compliance record, and the message reaches any waiter. */
    @Override
    @Transactional
    public void publishSubstantiated(String caseNo) {
        Complaint c = cases.existing(caseNo);
        employers.recordViolation(c.employerCreditCode(), c.caseNo(), "LEAVE_VIOLATION_" + c.leaveType(),
                c.foundOn() == null ? workingDays.today() : c.foundOn(), ViolationWords.stored(c.leaveType()));
        process.publishSubstantiated(c.employerCreditCode(), c.caseNo());
    }

    /** The correction deadline passed without the employer's report: the case goes to verification. */
    @Override
    @Transactional
    public void noRectificationReport(String caseNo) {
        Complaint c = cases.lock(caseNo);
        cases.status(caseNo, Status.VERIFYING, null);
        timeline.recordAs(caseNo, "system", null, "NO_RECTIFICATION_REPORT", c.status().name(),
                Status.VERIFYING.name(), Visibility.PUBLIC, Note.of("timeline.note.complaint.noRectificationReport"));
    }
}
