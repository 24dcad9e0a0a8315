package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of subsidy_application: the case data. The process instance (business key = caseNo) holds the state. */
public record SubsidyApplication(
        String caseNo,
        String processInstanceId,
        SubsidyStatus status,
        String applicantUsername,
        String employerCreditCode,
        String employerName,
        String district,
        String employeeName,
        String employeeResidentId,
        LocalDate childBirthDate,
        int childOrder,
        boolean employeeConfirmedChildOrder,
        String birthCertificateNo,
        int babies,
        boolean difficultBirth,
        LocalDate leaveStart,
        LocalDate leaveEnd,
        boolean dispatch,
        String userUnitCreditCode,
        String userUnitName,
        boolean noOtherSubsidy,
        String bankName,
        String bankAccountName,
        String bankAccountNo,
        BigDecimal requestedAmount,
        String eligibility,
        boolean eligible,
        String reviewDecision,
        String reviewReason,
        String reviewNote,
        String supplementRequest,
        String supplement,
        String secondReviewDecision,
        String secondReviewReason,
        String secondReviewNote,
        BigDecimal approvedAmount,
        LocalDate approvedOn,
        String paymentReference,
        LocalDate paidOn,
        LocalDate closedOn,
        Instant createdAt,
        Instant updatedAt) {
}
