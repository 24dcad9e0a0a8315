package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The application tables (certification_application, _post, _objection). Every update stamps updated_at. */
@Mapper
interface CertificationMapper {

    int insert(@Param("a") CertificationApplication a, @Param("activeKey") String activeKey);

    int insertPost(@Param("caseNo") String caseNo, @Param("p") PostRow p);

    int deletePosts(@Param("caseNo") String caseNo);

    CertificationApplication find(@Param("caseNo") String caseNo);

    CertificationApplication lock(@Param("caseNo") String caseNo);

    List<PostRow> posts(@Param("caseNo") String caseNo);

    /** The employer's open application, if any. */
    String activeFor(@Param("creditCode") String creditCode);

    List<CertificationApplication> forEmployer(@Param("creditCode") String creditCode);

    List<CertificationApplication> forDistrict(@Param("district") String district,
                                               @Param("status") CertificationStatus status,
                                               @Param("limit") int limit, @Param("offset") int offset);

    /** The applications whose public notice is under way (anyone may object). */
    List<CertificationApplication> inNotice(@Param("district") String district);

    int setProcessInstance(@Param("caseNo") String caseNo, @Param("pi") String processInstanceId);

    int setStatus(@Param("caseNo") String caseNo, @Param("status") CertificationStatus status,
                  @Param("now") Instant now);

    int setStanding(@Param("caseNo") String caseNo, @Param("violationCases") String violationCases,
                    @Param("seenId") long seenId, @Param("at") Instant at);

    /** The id of the employer's last recorded violation (0 when none): the watermark of its compliance check. */
    long lastViolationId(@Param("creditCode") String creditCode);

    int saveHrb(@Param("caseNo") String caseNo, @Param("decision") String decision, @Param("text") String text,
                @Param("byLead") boolean byLead, @Param("now") Instant now);

    int saveUnion(@Param("caseNo") String caseNo, @Param("decision") String decision, @Param("text") String text,
                  @Param("byLead") boolean byLead, @Param("now") Instant now);

    int requestChanges(@Param("caseNo") String caseNo, @Param("changeRequest") String changeRequest,
                       @Param("now") Instant now);

    /** RESUBMIT: a new round of both reviews, the answers of the last one cleared. */
    int newRound(@Param("caseNo") String caseNo, @Param("changeNote") String changeNote, @Param("now") Instant now);

    int saveChangeNote(@Param("caseNo") String caseNo, @Param("changeNote") String changeNote,
                       @Param("now") Instant now);

    int setSiteVisitNeeded(@Param("caseNo") String caseNo, @Param("needed") boolean needed, @Param("now") Instant now);

    int saveSiteVisit(@Param("caseNo") String caseNo, @Param("result") String result, @Param("date") LocalDate date,
                      @Param("findings") String findings, @Param("now") Instant now);

    int startNotice(@Param("caseNo") String caseNo, @Param("from") LocalDate from, @Param("until") LocalDate until,
                    @Param("now") Instant now);

    int saveObjectionDecision(@Param("caseNo") String caseNo, @Param("decision") String decision,
                              @Param("reason") String reason, @Param("now") Instant now);

    int certified(@Param("caseNo") String caseNo, @Param("certificateNo") String certificateNo,
                  @Param("on") LocalDate on, @Param("now") Instant now);

    /** Rejected or withdrawn: closed with the reason the employer reads, no longer in the way of a new one. */
    int close(@Param("caseNo") String caseNo, @Param("status") CertificationStatus status,
              @Param("reason") String reason, @Param("on") LocalDate on, @Param("now") Instant now);

    int insertObjection(@Param("caseNo") String caseNo, @Param("reason") String reason,
                        @Param("contact") String contact, @Param("addressHash") String addressHash,
                        @Param("at") Instant at);

    List<Objection> objections(@Param("caseNo") String caseNo);

    int decideObjections(@Param("caseNo") String caseNo, @Param("outcome") String outcome);

    int objectionsFrom(@Param("addressHash") String addressHash, @Param("since") Instant since);

    record Objection(long id, String reason, String contact, String outcome, Instant lodgedAt) {
    }
}
