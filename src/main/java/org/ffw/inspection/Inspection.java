package org.ffw.inspection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.ffw.complaint.LeaveType;

/**
 * A row of inspection: one employer drawn by a campaign, what the inspection covers, the employer's report, the
 * pair's site check and finding, and the order to correct with its verification and penalty decision (the shared
 * steps of bpmn/leave-correction.bpmn). The process instance (business key = caseNo) holds the procedure's state.
 */
public record Inspection(
        String caseNo,
        String processInstanceId,
        long campaignId,
        String campaignTitle,
        String district,
        String employerCreditCode,
        String employerName,
        String leaveTypes,
        LocalDate periodFrom,
        LocalDate periodTo,
        String drawReason,
        InspectionStatus status,
        LocalDate reportDue,
        String reportNote,
        Instant reportedAt,
        boolean noReport,
        Boolean siteCheckNeeded,
        LocalDate siteCheckedOn,
        String siteCheckRecord,
        String finding,
        String findingReason,
        Integer affectedEmployees,
        LocalDate foundOn,
        String requiredActions,
        LocalDate correctionDeadline,
        String rectificationReport,
        String rectificationEvidence,
        boolean noRectificationReport,
        String verification,
        String verificationNote,
        String penaltyDecision,
        BigDecimal finePerEmployee,
        BigDecimal fineTotal,
        String penaltyNote,
        LocalDate closedOn,
        Instant createdAt,
        Instant updatedAt) {

    public static final String NO_VIOLATION = "NO_VIOLATION";
    public static final String VIOLATION = "VIOLATION";

    /** The campaign's legal focus. */
    public List<LeaveType> focus() {
        return Arrays.stream(leaveTypes.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(LeaveType::valueOf).toList();
    }

    /** The leaves of the focus a report row can be about (those whose length the rules give per person). */
    public List<LeaveType> reportable() {
        return focus().stream().filter(LeaveRecord.REPORTED::contains).toList();
    }

    /** While the pair reviews, checks on site and finds, it may add rows the report left out. */
    public boolean pairAddsRows() {
        return status == InspectionStatus.REVIEWING || status == InspectionStatus.SITE_CHECK
                || status == InspectionStatus.FINDING;
    }

    public boolean closed() {
        return status == InspectionStatus.CLOSED;
    }

    public boolean violation() {
        return VIOLATION.equals(finding);
    }

    /** One inspector on the case: seq 1 leads; a recused one stays on the record, replaced. */
    public record Inspector(int seq, String username, boolean recused, String recusalReason, String replacedBy,
                            Instant signedOffAt, Boolean siteCheckNeeded, String reviewNote) {
    }
}
