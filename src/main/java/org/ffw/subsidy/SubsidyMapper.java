package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.ffw.subsidy.ApplySubsidy.MonthlyContribution;

/** The subsidy tables. Each update names the step it belongs to; every one stamps updated_at. */
@Mapper
interface SubsidyMapper {

    int insert(@Param("a") SubsidyApplication a, @Param("activeKey") String activeKey);

    int insertContribution(@Param("caseNo") String caseNo, @Param("c") MonthlyContribution c);

    SubsidyApplication find(@Param("caseNo") String caseNo);

    SubsidyApplication lock(@Param("caseNo") String caseNo);

    List<MonthlyContribution> contributions(@Param("caseNo") String caseNo);

    /** The active application for this employee and child, if any. */
    String activeFor(@Param("activeKey") String activeKey);

    List<SubsidyApplication> forEmployer(@Param("creditCode") String creditCode);

    /** Every application made since the instant (the campaigns' risk window). */
    List<SubsidyApplication> since(@Param("since") Instant since);

    List<SubsidyApplication> forDistrict(@Param("district") String district, @Param("status") SubsidyStatus status,
                                         @Param("limit") int limit, @Param("offset") int offset);

    /** Approved and not yet paid (the payment instructions): approved on the day, or all when the day is null. */
    List<SubsidyApplication> toPay(@Param("on") LocalDate on);

    int setProcessInstance(@Param("caseNo") String caseNo, @Param("pi") String processInstanceId);

    int setStatus(@Param("caseNo") String caseNo, @Param("status") SubsidyStatus status, @Param("now") Instant now);

    /** The checks computed again (e.g. after a supplement). */
    int setEligibility(@Param("caseNo") String caseNo, @Param("eligibility") String eligibility,
                       @Param("eligible") boolean eligible, @Param("now") Instant now);

    int saveReview(@Param("caseNo") String caseNo, @Param("decision") String decision, @Param("reason") String reason,
                   @Param("supplementRequest") String supplementRequest, @Param("note") String note,
                   @Param("now") Instant now);

    int saveSupplement(@Param("caseNo") String caseNo, @Param("supplement") String supplement,
                       @Param("now") Instant now);

    int saveSecondReview(@Param("caseNo") String caseNo, @Param("decision") String decision,
                         @Param("reason") String reason, @Param("note") String note, @Param("now") Instant now);

    int approve(@Param("caseNo") String caseNo, @Param("amount") BigDecimal amount, @Param("on") LocalDate on,
                @Param("now") Instant now);

    /** Paid; 0 when it was paid already. */
    int pay(@Param("caseNo") String caseNo, @Param("reference") String reference, @Param("paidOn") LocalDate paidOn,
            @Param("now") Instant now);

    /** Rejected or withdrawn: closed, and no longer in the way of a new application for the same child. */
    int close(@Param("caseNo") String caseNo, @Param("status") SubsidyStatus status, @Param("on") LocalDate on,
              @Param("now") Instant now);
}
