package org.ffw.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The service tasks of bpmn/leave-complaint.bpmn, called by expression ({@code ${complaintSteps.accept(execution)}}).
 * Thin: each hands the case number to {@link ComplaintService} and sets the routing variables the diagram reads.
 */
@Component("complaintSteps")
public class ComplaintSteps {

    private final ComplaintService complaints;

    ComplaintSteps(ComplaintService complaints) {
        this.complaints = complaints;
    }

    public void accept(DelegateExecution execution) {
        complaints.accepted(caseNo(execution));
        execution.setVariable("investigationDue", complaints.investigationDue(caseNo(execution)));
    }

    public void notAccepted(DelegateExecution execution) {
        complaints.notAccepted(caseNo(execution));
    }

    public void transfer(DelegateExecution execution) {
        complaints.transferred(caseNo(execution));
        execution.setVariable("triageDecision", null);
    }

    public void closeIncomplete(DelegateExecution execution) {
        complaints.closedIncomplete(caseNo(execution));
    }

    public void noEmployerResponse(DelegateExecution execution) {
        complaints.noEmployerResponse(caseNo(execution));
    }

    public void extensionDecided(DelegateExecution execution) {
        complaints.extensionRecorded(caseNo(execution), Boolean.TRUE.equals(execution.getVariable("extensionApproved")));
    }

    public void findingRecorded(DelegateExecution execution) {
        complaints.findingRecorded(caseNo(execution));
    }

    public void publishSubstantiated(DelegateExecution execution) {
        complaints.substantiated(caseNo(execution));
    }

    public void noRectificationReport(DelegateExecution execution) {
        complaints.noRectificationReport(caseNo(execution));
    }

    public void withdrawn(DelegateExecution execution) {
        complaints.withdrawn(caseNo(execution));
    }

    public void close(DelegateExecution execution) {
        complaints.closed(caseNo(execution));
    }

    private static String caseNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
