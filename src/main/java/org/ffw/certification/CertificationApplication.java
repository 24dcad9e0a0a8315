package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;

/** One row of certification_application (V40): the case data; the process instance owns where it stands. */
record CertificationApplication(
        String caseNo, String processInstanceId, CertificationStatus status, String applicantUsername,
        String employerCreditCode, String employerName, String district, String renewalOf, boolean firstApplication,
        boolean writtenInContract, LocalDate consultationDate, String consultationBody, String consultationSummary,
        String contactName, String contactPhone, String violationCases, Instant standingCheckedAt, Long violationsSeenId,
        int reviewRound,
        String hrbDecision, String hrbText, Boolean hrbByLead, Instant hrbAt,
        String unionDecision, String unionText, Boolean unionByLead, Instant unionAt,
        String changeRequest, String changeNote, Boolean siteVisitNeeded, String siteVisitResult,
        LocalDate siteVisitDate, String siteVisitFindings, LocalDate noticeFrom, LocalDate noticeUntil,
        String objectionDecision, String objectionReason, String outcomeReason, String certificateNo,
        LocalDate closedOn, Instant createdAt, Instant updatedAt) {

    /** The side of the joint review a task belongs to. */
    enum Side { HRB, UNION }

    String decisionOf(Side side) {
        return side == Side.HRB ? hrbDecision : unionDecision;
    }

    String textOf(Side side) {
        return side == Side.HRB ? hrbText : unionText;
    }
}
