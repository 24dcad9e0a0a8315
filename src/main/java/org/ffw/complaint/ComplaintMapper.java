package org.ffw.complaint;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.ffw.rules.LeaveEvent;

/** The complaint table. Each update names the step it belongs to; every one stamps updated_at. */
@Mapper
interface ComplaintMapper {

    /** A new complaint as lodged: the complainant's and the employer's part; every later step fills its own columns. */
    record NewComplaint(String caseNo, Status status, Kind kind, String complainantUsername, String complainantName,
                        String complainantResidentId, String complainantPhone, boolean confidential,
                        String reporterContactName, String reporterContactPhone, Integer reportedAffected,
                        String reporterAddressHash,
                        String employerCreditCode, String employerName, String district, LeaveType leaveType,
                        LocalDate childBirthDate, Integer babies, LeaveEvent leaveEvent, boolean difficultBirth,
                        boolean lawfulBirth, Integer pregnancyMonths, LocalDate violationDate, String facts,
                        String requestText, String possibleDuplicateOf, Integer daysGranted, Integer entitledDays,
                        String entitlementNote,
                        LocalDate acceptanceDue, Instant createdAt, Channel channel, String lodgedBy) {
    }

    int insert(NewComplaint c);

    Complaint find(@Param("caseNo") String caseNo);

    /** Reads the row and locks it until the transaction ends (withdrawal, rating, uploads, process steps). */
    Complaint lock(@Param("caseNo") String caseNo);

    List<Complaint> forComplainant(@Param("username") String username);

    List<Complaint> forDistrict(@Param("district") String district, @Param("status") String status,
                                @Param("limit") int limit, @Param("offset") int offset);

    /** Reports lodged from this client address (hash) since then: the rate limit of anonymous reports. */
    int reportsFrom(@Param("hash") String addressHash, @Param("since") Instant since);

    /** The person's open complaint against the employer about the same leave, if any (the newest). */
    String openDuplicate(@Param("residentId") String residentId, @Param("creditCode") String creditCode,
                         @Param("leaveType") LeaveType leaveType);

    /** Complaints taken down for a person without an account, by the person's resident ID and phone. */
    List<String> lodgedForAccountless(@Param("residentId") String residentId, @Param("phone") String phone);

    int joinAccount(@Param("caseNo") String caseNo, @Param("username") String username, @Param("now") Instant now);

    int setIntakeRecord(@Param("caseNo") String caseNo, @Param("documentId") long documentId,
                        @Param("now") Instant now);

    List<Complaint> forEmployer(@Param("creditCode") String creditCode);

    /** The employer of a confidential complaint may see the exact date of the violation from now on. */
    int releaseViolationDate(@Param("caseNo") String caseNo, @Param("now") Instant now);

    int setAcceptanceDue(@Param("caseNo") String caseNo, @Param("due") LocalDate due, @Param("now") Instant now);

    int setInvestigationDue(@Param("caseNo") String caseNo, @Param("due") LocalDate due, @Param("now") Instant now);

    int setProcessInstance(@Param("caseNo") String caseNo, @Param("pi") String processInstanceId);

    int setStatus(@Param("caseNo") String caseNo, @Param("status") Status status, @Param("outcome") Outcome outcome,
                  @Param("now") Instant now);

    /** The case was opened on a union's suggestion letter: the supervision case it came from. */
    int setOrigin(@Param("caseNo") String caseNo, @Param("origin") String originCaseNo, @Param("now") Instant now);

    int saveTriage(@Param("caseNo") String caseNo, @Param("allegation") String allegation,
                   @Param("supplementRequest") String supplementRequest,
                   @Param("notAcceptedReason") String notAcceptedReason, @Param("note") String note,
                   @Param("now") Instant now);

    int saveSupplement(@Param("caseNo") String caseNo, @Param("supplement") String supplement,
                       @Param("acceptanceDue") LocalDate acceptanceDue, @Param("now") Instant now);

    int transfer(@Param("caseNo") String caseNo, @Param("district") String district,
                 @Param("acceptanceDue") LocalDate acceptanceDue, @Param("now") Instant now);

    int accept(@Param("caseNo") String caseNo, @Param("acceptedOn") LocalDate acceptedOn,
               @Param("investigationDue") LocalDate investigationDue, @Param("now") Instant now);

    int saveEmployerResponse(@Param("caseNo") String caseNo, @Param("position") String position,
                             @Param("statement") String statement, @Param("evidence") String evidenceReferences,
                             @Param("now") Instant now);

    int saveUnionOpinion(@Param("caseNo") String caseNo, @Param("position") String position,
                         @Param("opinion") String opinion, @Param("letterIssued") Boolean supervisionLetterIssued,
                         @Param("now") Instant now);

    int saveInvestigation(@Param("caseNo") String caseNo, @Param("record") String record,
                          @Param("extensionReason") String extensionReason, @Param("now") Instant now);

    /** An extension requested from the case page: stored once, never over an earlier request or extension. */
    int requestExtension(@Param("caseNo") String caseNo, @Param("reason") String reason, @Param("now") Instant now);

    /** The supervisor's decision on the extension request; approved, the deadline moves and the case is extended. */
    int decideExtension(@Param("caseNo") String caseNo, @Param("decision") String decision,
                        @Param("note") String note, @Param("investigationDue") LocalDate investigationDue,
                        @Param("now") Instant now);

    int saveFinding(@Param("caseNo") String caseNo, @Param("finding") String finding,
                    @Param("reason") String reason, @Param("foundOn") LocalDate foundOn,
                    @Param("affected") Integer affectedEmployees, @Param("now") Instant now);

    int saveOrder(@Param("caseNo") String caseNo, @Param("actions") String actions,
                  @Param("deadline") LocalDate deadline, @Param("now") Instant now);

    int saveRectification(@Param("caseNo") String caseNo, @Param("report") String report,
                          @Param("evidence") String evidenceReferences, @Param("now") Instant now);

    int saveVerification(@Param("caseNo") String caseNo, @Param("verification") String verification,
                         @Param("note") String note, @Param("now") Instant now);

    int savePenalty(@Param("caseNo") String caseNo, @Param("decision") String decision,
                    @Param("finePerEmployee") BigDecimal finePerEmployee, @Param("fineTotal") BigDecimal fineTotal,
                    @Param("affected") Integer affectedEmployees, @Param("note") String note,
                    @Param("now") Instant now);

    int withdraw(@Param("caseNo") String caseNo, @Param("reason") String reason, @Param("now") Instant now);

    int close(@Param("caseNo") String caseNo, @Param("closedOn") LocalDate closedOn, @Param("now") Instant now);

    int rate(@Param("caseNo") String caseNo, @Param("rating") int rating, @Param("comment") String comment,
             @Param("now") Instant now);
}
