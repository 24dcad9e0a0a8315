package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/friendly-post-certification.bpmn with camunda-bpm-assert: the joint review (both approve, one
 * rejects, one asks for changes), a silent reviewer passed to the lead, the revision (resubmitted, withdrawn,
 * not made in time), the site visit, the public notice with and without an upheld objection. process-test-coverage
 * checks that this class reaches every flow node and sequence flow.
 */
class CertificationProcedureTest extends CertificationProcessTest {

    /** 15 working days after Monday 16 November 2026: Monday 7 December, end of the day in Shanghai. */
    static final Instant FIFTEEN_WORKING_DAYS = Instant.parse("2026-12-07T15:59:59Z");

    @AfterAll
    static void everyPathWasTaken(@Autowired ProcessEngine engine) {
        assertThat(org.ffw.support.ProcessCoverage.of(engine, CertificationProcess.KEY)).isEqualTo(1.0);
    }

    CertificationApplication row(String caseNo) {
        return applications.find(caseNo);
    }

    @Test
    void a_first_application_is_reviewed_by_both_visited_noticed_and_certified() {
        String caseNo = apply(2);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("hrbReview", "unionReview");
        assertThat(task(caseNo, "hrbReview").getDueDate().toInstant()).isEqualTo(FIFTEEN_WORKING_DAYS);
        BpmnAwareTests.assertThat(task(caseNo, "hrbReview")).hasCandidateGroup("inspector-310115");
        BpmnAwareTests.assertThat(task(caseNo, "unionReview")).hasCandidateGroup("union-310115");
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.UNDER_REVIEW);
        assertThat(row(caseNo).standingCheckedAt()).isNotNull();
        assertThat(row(caseNo).firstApplication()).isTrue();

        review(caseNo, "hrbReview", "inspector", "APPROVE");
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("unionReview");
        review(caseNo, "unionReview", "union", "APPROVE");
        // a first application is visited on site (the DMN)
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("siteVisit");
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.SITE_VISIT);
        assertThat(row(caseNo).siteVisitNeeded()).isTrue();
        siteVisit(caseNo, "CONFIRMED");
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("noticePeriod");
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.IN_NOTICE);
        assertThat(row(caseNo).noticeUntil()).isEqualTo(LocalDate.of(2026, 11, 23));

        noticePasses(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        CertificationApplication a = row(caseNo);
        assertThat(a.status()).isEqualTo(CertificationStatus.CERTIFIED);
        Certificate c = certificateRows.find(a.certificateNo());
        assertThat(c.status()).isEqualTo(CertificateStatus.VALID);
        assertThat(c.validFrom()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(c.validTo()).isEqualTo(LocalDate.of(2028, 11, 23));
        assertThat(CertificateNumbers.verdict(c.certificateNo())).isEqualTo(CertificateNumbers.Verdict.WELL_FORMED);
        assertThat(certificateRows.posts(c.certificateNo())).hasSize(2);
        BpmnAwareTests.assertThat(instance(c.certificateNo())).isWaitingAt("valid");
        assertThat(templatesTo(caseNo, employerAccount)).containsExactly("CERTIFICATION_APPLIED",
                "CERTIFICATION_NOTICE", "CERTIFICATION_CERTIFIED");
    }

    @Test
    void either_side_rejecting_rejects_with_its_reason_once_both_answered() {
        String caseNo = apply(1);
        review(caseNo, "hrbReview", "inspector", "REJECT");
        // the union's answer is still awaited: nothing is decided before both sides answered
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("unionReview");
        review(caseNo, "unionReview", "union", "APPROVE");
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.REJECTED);
        assertThat(row(caseNo).outcomeReason()).startsWith("区人社局：").contains("弹性措施不一致");
        assertThat(applications.activeFor(employerCode)).isNull();
    }

    @Test
    void changes_asked_by_one_side_are_made_and_both_review_again() {
        String caseNo = apply(1);
        review(caseNo, "hrbReview", "inspector", "APPROVE");
        review(caseNo, "unionReview", "union", "REQUEST_CHANGES");
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("revise");
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.CHANGES_REQUESTED);
        assertThat(row(caseNo).changeRequest()).contains("区总工会：").contains("居家办公的天数");
        assertThat(templatesTo(caseNo, employerAccount)).contains("CERTIFICATION_CHANGES");

        service.revisePosts(user(employerAccount), caseNo, new CertificationService.Posts(java.util.List.of(
                post("软件测试工程师", 3), post("数据分析师", 2))));
        work(caseNo, "revise", employerAccount, Map.of("reviseAction", "RESUBMIT",
                "changeNote", "补充了居家办公天数（每周两天），新增数据分析师岗位。"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("hrbReview", "unionReview");
        CertificationApplication a = row(caseNo);
        assertThat(a.reviewRound()).isEqualTo(2);
        assertThat(a.hrbDecision()).isNull();
        assertThat(a.unionDecision()).isNull();
        assertThat(a.changeNote()).contains("每周两天");
        assertThat(applications.posts(caseNo)).hasSize(2);
        bothApprove(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("siteVisit");
    }

    @Test
    void the_employer_may_withdraw_instead_of_revising() {
        String caseNo = apply(1);
        review(caseNo, "hrbReview", "inspector", "REQUEST_CHANGES");
        review(caseNo, "unionReview", "union", "APPROVE");
        work(caseNo, "revise", employerAccount, Map.of("reviseAction", "WITHDRAW", "changeNote", "本单位暂不申请。"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.WITHDRAWN);
        assertThat(row(caseNo).outcomeReason()).contains("本单位暂不申请");
    }

    @Test
    void no_revision_in_ten_working_days_withdraws_the_application() {
        String caseNo = apply(1);
        review(caseNo, "hrbReview", "inspector", "REQUEST_CHANGES");
        review(caseNo, "unionReview", "union", "REQUEST_CHANGES");
        // 10 working days after Monday 16 November: Monday 30 November
        fireTimer(caseNo, "reviseTimeout", Instant.parse("2026-11-30T15:59:59Z"),
                Instant.parse("2026-12-01T01:00:00Z"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.WITHDRAWN);
        assertThat(row(caseNo).outcomeReason()).contains("逾期未修改");
        assertThat(templatesTo(caseNo, employerAccount)).contains("CERTIFICATION_WITHDRAWN");
    }

    @Test
    void a_silent_reviewer_is_passed_to_the_lead_who_answers_for_that_side() {
        String caseNo = apply(1);
        fireTimer(caseNo, "hrbReviewTimeout", FIFTEEN_WORKING_DAYS, Instant.parse("2026-12-08T01:00:00Z"));
        fireTimer(caseNo, "unionReviewTimeout", FIFTEEN_WORKING_DAYS, Instant.parse("2026-12-08T01:00:00Z"));
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("hrbLeadReview", "unionLeadReview");
        BpmnAwareTests.assertThat(task(caseNo, "hrbLeadReview")).hasCandidateGroup("supervisor-310115");
        BpmnAwareTests.assertThat(task(caseNo, "unionLeadReview")).hasCandidateGroup("unionsupervisor-310115");
        // 5 working days after Tuesday 8 December: Tuesday 15 December
        assertThat(task(caseNo, "hrbLeadReview").getDueDate().toInstant())
                .isEqualTo(Instant.parse("2026-12-15T15:59:59Z"));
        review(caseNo, "hrbLeadReview", "supervisor", "APPROVE");
        review(caseNo, "unionLeadReview", "union-lead", "APPROVE");
        assertThat(row(caseNo).hrbByLead()).isTrue();
        assertThat(row(caseNo).unionByLead()).isTrue();
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("siteVisit");
    }

    @Test
    void a_site_visit_that_does_not_confirm_the_posts_rejects_with_its_findings() {
        String caseNo = apply(1);
        bothApprove(caseNo);
        siteVisit(caseNo, "NOT_CONFIRMED");
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.REJECTED);
        assertThat(row(caseNo).outcomeReason()).contains("固定坐班");
    }

    @Test
    void an_upheld_objection_during_the_notice_rejects() {
        String caseNo = apply(1);
        bothApprove(caseNo);
        siteVisit(caseNo, "CONFIRMED");
        service.object(null, caseNo, new CertificationService.Objection("该单位要求怀孕职工每天加班，并不存在弹性岗位。", null),
                "203.0.113.7");
        noticePasses(caseNo);
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("objectionReview");
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.OBJECTION_REVIEW);
        work(caseNo, "objectionReview", "inspector", Map.of("decision", "UPHOLD",
                "reason", "经核实，该单位确有安排孕期职工加班的情况。"));
        BpmnAwareTests.assertThat(instance(caseNo) == null ? null : instance(caseNo)).isNull();
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.REJECTED);
        assertThat(row(caseNo).outcomeReason()).contains("异议成立").contains("加班");
        assertThat(applications.objections(caseNo)).extracting(CertificationMapper.Objection::outcome)
                .containsExactly("UPHELD");
    }

    @Test
    void a_dismissed_objection_lets_the_certificate_be_issued() {
        String caseNo = apply(1);
        bothApprove(caseNo);
        siteVisit(caseNo, "CONFIRMED");
        service.object(null, caseNo, new CertificationService.Objection("听说这家公司的岗位不是真的弹性工作。", "13911112222"),
                "203.0.113.8");
        noticePasses(caseNo);
        work(caseNo, "objectionReview", "inspector", Map.of("decision", "DISMISS",
                "reason", "经实地核查岗位弹性安排属实，异议不成立。"));
        assertThat(row(caseNo).status()).isEqualTo(CertificationStatus.CERTIFIED);
        assertThat(applications.objections(caseNo)).extracting(CertificationMapper.Objection::outcome)
                .containsExactly("DISMISSED");
    }

    @Test
    void a_renewal_of_a_few_posts_without_violations_is_not_visited_and_extends_the_certificate() {
        String number = certified();
        // 60 days before the end (2028-11-23): the renewal may be applied for
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-09-25T02:00:00Z")));
        String caseNo = apply(1);
        assertThat(row(caseNo).renewalOf()).isEqualTo(number);
        assertThat(row(caseNo).firstApplication()).isFalse();
        bothApprove(caseNo);
        // no site visit: the notice starts at once
        BpmnAwareTests.assertThat(instance(caseNo)).isWaitingAt("noticePeriod");
        assertThat(row(caseNo).siteVisitNeeded()).isFalse();
        management.executeJob(management.createJobQuery().processInstanceId(instance(caseNo).getId()).timers()
                .singleResult().getId());
        assertThat(row(caseNo).certificateNo()).isEqualTo(number);
        assertThat(certificateRows.find(number).validTo()).isEqualTo(LocalDate.of(2030, 11, 23));
        assertThat(certificateRows.posts(number)).hasSize(1);
    }
}
