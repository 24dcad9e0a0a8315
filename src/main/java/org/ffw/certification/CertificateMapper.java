package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The certificate tables (friendly_certificate, _post, _measure, _finding). Every update stamps updated_at. */
@Mapper
interface CertificateMapper {

    int insert(@Param("c") Certificate c);

    Certificate find(@Param("no") String certificateNo);

    Certificate lock(@Param("no") String certificateNo);

    /** The employer's certificate that is valid now, if any (an employer holds at most one). */
    Certificate validOf(@Param("creditCode") String creditCode);

    List<Certificate> ofEmployer(@Param("creditCode") String creditCode);

    /** The holders of certificates revoked on or after the day. */
    List<String> revokedSince(@Param("since") LocalDate since);

    List<Certificate> ofDistrict(@Param("district") String district, @Param("limit") int limit,
                                 @Param("offset") int offset);

    /** Whether the employer ever held a certificate (a first application is visited on site). */
    int countOfEmployer(@Param("creditCode") String creditCode);

    int setProcessInstance(@Param("no") String certificateNo, @Param("pi") String processInstanceId);

    int renew(@Param("no") String certificateNo, @Param("validTo") LocalDate validTo,
              @Param("caseNo") String renewedByCase, @Param("now") Instant now);

    int reminded(@Param("no") String certificateNo, @Param("validTo") LocalDate validTo, @Param("now") Instant now);

    int warned(@Param("no") String certificateNo, @Param("now") Instant now);

    int end(@Param("no") String certificateNo, @Param("status") CertificateStatus status,
            @Param("reason") String reason, @Param("on") LocalDate on, @Param("now") Instant now);

    int insertPost(@Param("no") String certificateNo, @Param("p") PostRow p);

    int deletePosts(@Param("no") String certificateNo);

    List<PostRow> posts(@Param("no") String certificateNo);

    int insertMeasure(@Param("no") String certificateNo, @Param("measure") String measure);

    int deleteMeasures(@Param("no") String certificateNo);

    /** The public register: valid certificates, filtered by district and measure (either may be null). */
    List<Certificate> register(@Param("district") String district, @Param("measure") String measure,
                               @Param("limit") int limit, @Param("offset") int offset);

    long countRegister(@Param("district") String district, @Param("measure") String measure);

    /** The holder's substantiated violations recorded after the watermark, not yet taken up for this certificate. */
    List<NewFinding> untakenViolations(@Param("no") String certificateNo, @Param("creditCode") String creditCode,
                                       @Param("afterId") long afterId);

    int insertFinding(@Param("no") String certificateNo, @Param("f") NewFinding f, @Param("at") Instant at);

    List<Finding> findings(@Param("no") String certificateNo);

    int decideFindings(@Param("no") String certificateNo, @Param("decision") String decision,
                       @Param("reason") String reason, @Param("at") Instant at);

    record NewFinding(String caseNo, LocalDate foundOn, String summary) {
    }

    record Finding(String complaintCaseNo, LocalDate foundOn, String summary, Instant receivedAt, String decision,
                   String reason, Instant decidedAt) {
    }
}
