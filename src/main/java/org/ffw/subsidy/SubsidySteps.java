package org.ffw.subsidy;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bpmn/employer-subsidy.bpmn does on its own, called by expression from its service tasks
 * ({@code ${subsidySteps.approved(execution)}}): each step reads the case number from the business key, changes the
 * application, writes the timeline and tells the employer (outbox).
 */
@Component("subsidySteps")
public class SubsidySteps {

    private final SubsidyCases cases;
    private final Timeline timeline;
    private final WorkingDays workingDays;

    SubsidySteps(SubsidyCases cases, Timeline timeline, WorkingDays workingDays) {
        this.cases = cases;
        this.timeline = timeline;
        this.workingDays = workingDays;
    }

    /** 批准: one payment instruction of the amount applied for, to the payee account; finance pays it. */
    @Transactional
    public void approved(DelegateExecution execution) {
        SubsidyApplication a = cases.lock(caseNo(execution));
        BigDecimal amount = a.requestedAmount();
        cases.approved(a.caseNo(), amount, workingDays.today());
        timeline.record(a.caseNo(), "APPROVED", a.status().name(), SubsidyStatus.APPROVED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.subsidy.approved", amount, a.bankName(), a.bankAccountName()));
        cases.toEmployer(a.caseNo(), Notice.of("SUBSIDY_APPROVED", "notice.subsidy.approved", a.caseNo(),
                a.employeeName(), amount, a.bankName(), a.bankAccountName(),
                a.dispatch() ? Notice.text("notice.subsidy.passOn", a.userUnitName()) : Notice.NONE));
    }

    /** 不予批准, with the reason the employer reads (the supervisor's when the second review rejected). */
    @Transactional
    public void rejected(DelegateExecution execution) {
        SubsidyApplication a = cases.lock(caseNo(execution));
        String reason = "REJECT".equals(a.secondReviewDecision()) ? a.secondReviewReason() : a.reviewReason();
        cases.closed(a.caseNo(), SubsidyStatus.REJECTED, workingDays.today());
        timeline.record(a.caseNo(), "REJECTED", a.status().name(), SubsidyStatus.REJECTED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.subsidy.rejected", reason));
        cases.toEmployer(a.caseNo(), Notice.of("SUBSIDY_REJECTED", "notice.subsidy.rejected", a.caseNo(),
                a.employeeName(), reason));
    }

    /** 补正 not answered in time: the application is withdrawn and a new one for the same child may be made. */
    @Transactional
    public void withdrawn(DelegateExecution execution) {
        SubsidyApplication a = cases.lock(caseNo(execution));
        cases.closed(a.caseNo(), SubsidyStatus.WITHDRAWN, workingDays.today());
        timeline.recordAs(a.caseNo(), "system", null, "SUBSIDY_WITHDRAWN", a.status().name(), SubsidyStatus.WITHDRAWN.name(),
                Visibility.PUBLIC, Note.of("timeline.note.subsidy.withdrawn"));
        cases.toEmployer(a.caseNo(), Notice.of("SUBSIDY_WITHDRAWN", "notice.subsidy.withdrawn", a.caseNo(),
                a.employeeName()));
    }

    /** The payment is still not confirmed 10 working days after the approval: the district supervisor is told. */
    @Transactional
    public void paymentOverdue(DelegateExecution execution) {
        SubsidyApplication a = cases.find(caseNo(execution));
        timeline.recordAs(a.caseNo(), "system", null, "PAYMENT_OVERDUE", null, null, Visibility.STAFF,
                Note.of("timeline.note.subsidy.paymentOverdue"));
        cases.toSupervisors(a.caseNo(), Notice.of("SUBSIDY_PAYMENT_OVERDUE", "notice.subsidy.paymentOverdue",
                a.caseNo(), a.employerName(), a.approvedAmount(), Notice.date(a.approvedOn())));
    }

    /** Finance confirmed the payment ({@link SubsidyPayments} stored it): the case is closed. */
    @Transactional
    public void paid(DelegateExecution execution) {
        SubsidyApplication a = cases.find(caseNo(execution));
        cases.closed(a.caseNo(), SubsidyStatus.PAID, a.paidOn());
        timeline.record(a.caseNo(), "PAID", SubsidyStatus.APPROVED.name(), SubsidyStatus.PAID.name(),
                Visibility.PUBLIC, Note.of("timeline.note.subsidy.paid", a.approvedAmount(), a.paidOn()));
        cases.toEmployer(a.caseNo(), Notice.of("SUBSIDY_PAID", "notice.subsidy.paid", a.caseNo(), a.employeeName(),
                a.approvedAmount(), Notice.date(a.paidOn()), a.bankName(), a.bankAccountName(),
                a.paymentReference()));
    }

    private static String caseNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
