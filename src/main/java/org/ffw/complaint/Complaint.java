package org.ffw.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.ffw.rules.LeaveEvent;

/**
 * A row of complaint: the case data. The process instance (business key = caseNo) holds the procedure's state; the
 * case registry holds what every procedure shares (status, district, summary, query code).
 */
public record Complaint(
        String caseNo,
        String processInstanceId,
        Status status,
        Outcome outcome,
        Kind kind,
        String complainantUsername,
        String complainantName,
        String complainantResidentId,
        String complainantPhone,
        boolean confidential,
        String reporterContactName,
        String reporterContactPhone,
        Integer reportedAffected,
        String employerCreditCode,
        String employerName,
        String workplaceDistrict,
        String district,
        LeaveType leaveType,
        LocalDate childBirthDate,
        Integer babies,
        LeaveEvent leaveEvent,
        boolean difficultBirth,
        boolean lawfulBirth,
        Integer pregnancyMonths,
        LocalDate violationDate,
        boolean violationDateReleased,
        String facts,
        String requestText,
        String possibleDuplicateOf,
        Integer daysGranted,
        Integer entitledDays,
        String entitlementNote,
        LocalDate acceptanceDue,
        LocalDate acceptedOn,
        LocalDate investigationDue,
        boolean extended,
        String allegation,
        String supplementRequest,
        String supplement,
        String notAcceptedReason,
        String triageNote,
        String employerPosition,
        String employerStatement,
        Instant employerRespondedAt,
        String employerEvidenceReferences,
        String unionPosition,
        String unionOpinion,
        Boolean supervisionLetterIssued,
        String investigationRecord,
        String extensionReason,
        String extensionDecision,
        String extensionNote,
        String finding,
        String findingReason,
        LocalDate foundOn,
        Integer affectedEmployees,
        String requiredActions,
        LocalDate correctionDeadline,
        String rectificationReport,
        String rectificationEvidenceReferences,
        String verification,
        String verificationNote,
        String penaltyDecision,
        BigDecimal finePerEmployee,
        BigDecimal fineTotal,
        String penaltyNote,
        String withdrawalReason,
        LocalDate closedOn,
        Integer rating,
        String ratingComment,
        Instant ratedAt,
        Instant createdAt,
        Instant updatedAt,
        Channel channel,
        /** The district staff member who took the complaint down (counter, hotline, letter); null on the web. */
        String lodgedBy,
        /** The signed record of an oral complaint (笔录) or the letter, a document of the case. */
        Long intakeRecordDocumentId,
        /** the union supervision case (US-…) whose suggestion letter this case was opened on, or null */
        String originCaseNo) {
}
