package org.ffw.supervision;

import java.time.Instant;
import java.time.LocalDate;

import org.ffw.complaint.LeaveType;

/**
 * A row of union_supervision: the union's findings, the text of its two letters (监督意见书 to the employer: facts and
 * required correction; 监督建议书 to the HRB: {@code suggestionText}), the employer's written answer, the union's
 * assessment, the HRB's decision and the complaint it opened. The process instance (business key = caseNo) holds the
 * procedure's state; the case registry what every procedure shares.
 */
public record Supervision(
        String caseNo,
        String processInstanceId,
        SupervisionStatus status,
        String outcome,
        String openedBy,
        String district,
        String employerCreditCode,
        String employerName,
        LeaveType leaveType,
        String facts,
        String requiredCorrection,
        Integer affectedEmployees,
        LocalDate opinionIssuedOn,
        LocalDate answerDue,
        String answerPosition,
        String answerText,
        String answerEvidence,
        Instant answeredAt,
        boolean noAnswer,
        String assessment,
        String assessmentNote,
        Instant assessedAt,
        String suggestionText,
        String suggestionSignedBy,
        LocalDate suggestionSentOn,
        LocalDate hrbDue,
        String hrbDecision,
        String hrbExplanation,
        String hrbDecidedBy,
        Instant hrbDecidedAt,
        String complaintCaseNo,
        LocalDate closedOn,
        Instant createdAt,
        Instant updatedAt) {

    /** A union supervisor who took part in the finding, with the number of their 工会劳动法律监督员证. */
    public record Supervisor(String name, String certificateNo) {
    }
}
