package org.ffw.complaint;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.identity.UserService;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseDeadlines.Due;
import org.ffw.worktable.OpenTasks;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bpmn/leave-complaint.bpmn does on its own, called by expression from its service tasks
 * ({@code ${complaintSteps.accept(execution)}}): each step reads the case number from the business key, changes the
 * case, writes the timeline and the notices, and sets the routing variables the diagram reads next. The steps of the
 * shared bpmn/leave-correction.bpmn (called by the complaint's call activity {@code correction}) are
 * {@link ComplaintCorrection}'s.
 */
@Component("complaintSteps")
public class ComplaintSteps {

    private final ComplaintCases cases;
    private final Timeline timeline;
    private final ComplaintProcess process;
    private final ComplaintDeadlines deadlines;
    private final UserService users;
    private final WorkingDays workingDays;
    private final OpenTasks openTasks;
    private final ComplaintInstruments instruments;
    private final ComplaintCorrection correction;

    ComplaintSteps(ComplaintCases cases, Timeline timeline, ComplaintProcess process, ComplaintDeadlines deadlines,
                   UserService users, WorkingDays workingDays, OpenTasks openTasks,
                   ComplaintInstruments instruments, ComplaintCorrection correction) {
        this.instruments = instruments;
        this.correction = correction;
        this.cases = cases;
        this.timeline = timeline;
        this.process = process;
        this.deadlines = deadlines;
        this.users = users;
        this.workingDays = workingDays;
        this.openTasks = openTasks;
    }

    /** 立案: the 60-working-day investigation clock starts; the employer is told and from now on sees the case. */
    @Transactional
    public void accept(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.lock(caseNo);
        LocalDate today = workingDays.today();
        Due due = deadlines.investigation(caseNo, today, false);
        cases.accepted(caseNo, today, due.date());
        String until = due.date() == null ? due.note() : "，调查期限至 " + ComplaintDeadlines.words(due);
        timeline.record(caseNo, "ACCEPTED", c.status().name(), Status.INVESTIGATING.name(), Visibility.PUBLIC,
                due.date() == null ? Note.of("timeline.note.complaint.acceptedPending", Note.due(null, true))
                        : Note.of("timeline.note.complaint.accepted", Note.due(due.date(), due.provisional())));
        cases.toComplainant(caseNo, Notice.of("COMPLAINT_ACCEPTED", "notice.complaint.accepted",
                ComplaintCases.kind(c), caseNo, Notice.date(today), due.date() == null
                        ? Notice.text("notice.complaint.investigationPending")
                        : Notice.text("notice.complaint.investigationUntil", due.words())));
        cases.toEmployer(caseNo, Notice.of("COMPLAINT_INVESTIGATION", "notice.complaint.investigation", caseNo));
        instruments.issue(cases.find(caseNo), ComplaintInstruments.Kind.ACCEPTANCE_NOTICE);
        execution.setVariable(ComplaintProcess.INVESTIGATION_DUE, due.date() == null ? null
                : workingDays.endOf(due.date()));
    }

    @Transactional
    public void notAccepted(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.lock(caseNo);
        cases.status(caseNo, c.status(), Outcome.NOT_ACCEPTED);
        String reason = NotAcceptedReason.text(c.notAcceptedReason());
        timeline.record(caseNo, "NOT_ACCEPTED", c.status().name(), null, Visibility.PARTY,
                Note.of("timeline.note.complaint.notAccepted",
                        Note.code("notAccepted", c.notAcceptedReason(), reason)));
        cases.toComplainant(caseNo, Notice.of("COMPLAINT_NOT_ACCEPTED", "notice.complaint.notAccepted",
                ComplaintCases.kind(c), caseNo, Notice.label("notAccepted", c.notAcceptedReason(),
                        Notice.text("notice.complaint.notAccepted.other")),
                c.triageNote() == null ? Notice.NONE : Notice.text("notice.paren", c.triageNote())));
        instruments.issue(c, ComplaintInstruments.Kind.NON_ACCEPTANCE_NOTICE);
    }

    /** 移送: the other district triages it afresh (the triage decision is cleared for the loop back). */
    @Transactional
    public void transfer(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.lock(caseNo);
        cases.status(caseNo, Status.SUBMITTED, null);
        String name = users.district(c.district()).map(d -> d.nameZh()).orElse(c.district());
        Object district = users.district(c.district()).map(d -> (Object) Notice.words(d.nameZh(), d.nameEn()))
                .orElse(c.district());
        timeline.record(caseNo, "TRANSFERRED", c.status().name(), Status.SUBMITTED.name(), Visibility.PARTY,
                Note.of("timeline.note.complaint.transferred", Note.code("district", c.district(), name),
                        c.acceptanceDue()));
        cases.toComplainant(caseNo, Notice.of("COMPLAINT_TRANSFERRED", "notice.complaint.transferred",
                ComplaintCases.kind(c), caseNo, district, Notice.date(c.acceptanceDue())));
        execution.setVariable(ComplaintProcess.TRIAGE_DECISION, null);
    }

    @Transactional
    public void closeIncomplete(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.lock(caseNo);
        cases.status(caseNo, c.status(), Outcome.INCOMPLETE);
        timeline.recordAs(caseNo, "system", null, "CLOSED_INCOMPLETE", c.status().name(), null, Visibility.PARTY,
                Note.of("timeline.note.complaint.closedIncomplete"));
    }

    @Transactional
    public void noEmployerResponse(DelegateExecution execution) {
        timeline.recordAs(caseNo(execution), "system", null, "NO_EMPLOYER_RESPONSE", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.complaint.noEmployerResponse"));
    }

    /**
     * 工会逾期: the union gave no opinion within 10 working days. Recorded for the staff, the inspectors of the case are
     * told, and the finding no longer waits for it.
     */
    @Transactional
    public void noUnionOpinion(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        timeline.recordAs(caseNo, "system", null, "NO_UNION_OPINION", null, null, Visibility.STAFF,
                Note.of("timeline.note.complaint.noUnionOpinion"));
        cases.toInspectors(caseNo, Notice.of("COMPLAINT_NO_UNION_OPINION", "notice.complaint.noUnionOpinion", caseNo));
    }

    /**
     * The investigate form's door to the extension ({@code investigationAction = REQUEST_EXTENSION}, rule checked and
     * reason stored by its handler): the same message the case page's request sends, to the same approval.
     */
    @Transactional
    public void requestExtension(DelegateExecution execution) {
        if (!process.requestExtension(caseNo(execution))) {
            throw new IllegalStateException("the extension request of " + caseNo(execution) + " found no approval");
        }
    }

    /**
     * The supervisor decided. Approved: the open investigate and finding tasks take the new deadline (the request may
     * have come while either was open) and the complainant is told; refused: recorded for the staff.
     */
    @Transactional
    public void extensionDecided(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.existing(caseNo);
        if (Boolean.TRUE.equals(execution.getVariable(ComplaintProcess.EXTENSION_APPROVED))) {
            if (c.investigationDue() != null) {
                openTasks.reschedule(caseNo, List.of("investigate", "finding"),
                        workingDays.endOf(c.investigationDue()));
            }
            String until = c.investigationDue() == null ? "延长 30 个工作日" : "延长至 " + c.investigationDue();
            timeline.record(caseNo, "EXTENSION_APPROVED", null, null, Visibility.PUBLIC, c.investigationDue() == null
                    ? Note.of("timeline.note.complaint.extendedDays")
                    : Note.of("timeline.note.complaint.extended", c.investigationDue()));
            cases.toComplainant(caseNo, Notice.of("COMPLAINT_EXTENDED", "notice.complaint.extended",
                    ComplaintCases.kind(c), caseNo, c.investigationDue() == null
                            ? Notice.text("notice.complaint.extendedBy")
                            : Notice.text("notice.complaint.extendedTo", Notice.date(c.investigationDue()))));
        } else {
            timeline.record(caseNo, "EXTENSION_REFUSED", null, null, Visibility.STAFF,
                    Note.of("timeline.note.complaint.extensionRefused"));
        }
    }

    @Transactional
    public void findingRecorded(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.lock(caseNo);
        String text;
        String found;
        switch (c.finding()) {
            case "SUBSTANTIATED" -> {
                cases.status(caseNo, Status.SUBSTANTIATED, null);
                text = "投诉属实";
                found = "notice.complaint.found.SUBSTANTIATED";
            }
            case "NOT_SUBSTANTIATED" -> {
                cases.status(caseNo, c.status(), Outcome.NOT_SUBSTANTIATED);
                text = "投诉不属实";
                found = "notice.complaint.found.NOT_SUBSTANTIATED";
            }
            default -> {
                cases.status(caseNo, c.status(), Outcome.CORRECTED_DURING_INVESTIGATION);
                text = "违法情节轻微且已改正，撤销立案";
                found = "notice.complaint.found.CORRECTED";
            }
        }
        String to = "SUBSTANTIATED".equals(c.finding()) ? Status.SUBSTANTIATED.name() : null;
        timeline.record(caseNo, "FINDING", c.status().name(), to, Visibility.PUBLIC,
                Note.of("timeline.note.complaint.finding", Note.code("timeline.note.finding", c.finding(), text)));
        cases.toComplainant(caseNo, Notice.of("COMPLAINT_FINDING", "notice.complaint.finding", ComplaintCases.kind(c),
                caseNo, Notice.text(found)));
    }

    /**
     * 通报违法 of an instance of leave-complaint version 3 or older, which ran the correction steps inline; from
     * version 4 the called leave-correction runs them ({@link ComplaintCorrection}).
     */
    public void publishSubstantiated(DelegateExecution execution) {
        correction.publishSubstantiated(caseNo(execution));
    }

    /** 记录未报告 of an instance of leave-complaint version 3 or older (see {@link #publishSubstantiated}). */
    public void noRectificationReport(DelegateExecution execution) {
        correction.noRectificationReport(caseNo(execution));
    }

    @Transactional
    public void withdrawn(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.lock(caseNo);
        cases.status(caseNo, c.status(), Outcome.WITHDRAWN);
        timeline.recordAs(caseNo, c.complainantUsername(), Role.EMPLOYEE.name(), "WITHDRAWN", c.status().name(), null,
                c.acceptedOn() == null ? Visibility.PARTY : Visibility.PUBLIC,
                Note.of("timeline.note.complaint.withdrawn"));
    }

    @Transactional
    public void close(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        Complaint c = cases.lock(caseNo);
        LocalDate today = workingDays.today();
        cases.closed(caseNo, today);
        String outcome = c.outcome() == null ? "" : "（" + c.outcome().label() + "）";
        timeline.recordAs(caseNo, "system", null, "CLOSED", c.status().name(), Status.CLOSED.name(),
                c.acceptedOn() == null ? Visibility.PARTY : Visibility.PUBLIC, Note.of("timeline.note.complaint.closed",
                        c.outcome() == null ? Note.none()
                                : Note.of("timeline.note.paren", Note.code("outcome", c.outcome()))));
        Object outcomeWords = c.outcome() == null ? Notice.NONE
                : Notice.text("notice.paren", Notice.label("outcome", c.outcome()));
        cases.toComplainant(caseNo, Notice.of("COMPLAINT_CLOSED", "notice.complaint.closed", ComplaintCases.kind(c),
                caseNo, Notice.date(today), outcomeWords));
        if (c.acceptedOn() != null) {
            cases.toEmployer(caseNo, Notice.of("COMPLAINT_CLOSED", "notice.complaint.closedToEmployer", caseNo,
                    Notice.date(today), outcomeWords));
        }
    }

    private static String caseNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
