package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.ffw.platform.web.ConflictException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/friendly-post-certificate.bpmn: the renewal reminder and expiry with a moved clock, a renewal
 * approved before expiry (no gap), revocation and warning after a complaint's substantiated finding — sent while
 * the certificate waits, and sent before it existed — and surrender.
 */
class CertificateLifecycleTest extends CertificationProcessTest {

    /** A certificate issued on 24 November 2026 is valid to 23 November 2028; 60 days before is 24 September. */
    static final Instant REMINDER = Instant.parse("2028-09-23T16:00:00Z");
    static final Instant EXPIRY = Instant.parse("2028-11-23T15:59:59Z");

    @Autowired
    CertificateReads reads;

    @AfterAll
    static void everyPathWasTaken(@Autowired ProcessEngine engine) {
        assertThat(org.ffw.support.ProcessCoverage.of(engine, CertificationProcess.CERTIFICATE_KEY)).isEqualTo(1.0);
    }

    Certificate row(String number) {
        return certificateRows.find(number);
    }

    boolean onRegister(String number) {
        return reads.register("310115", null, 0, 100).items().stream()
                .anyMatch(e -> e.certificateNo().equals(number));
    }

    @Test
    void the_holder_is_reminded_before_the_end_and_the_certificate_expires_off_the_register() {
        String number = certified();
        assertThat(onRegister(number)).isTrue();
        fireTimer(number, "renewalReminderDue", REMINDER, Instant.parse("2028-09-24T01:00:00Z"));
        assertThat(row(number).remindedFor()).isEqualTo(LocalDate.of(2028, 11, 23));
        assertThat(templatesTo(number, employerAccount)).containsExactly("CERTIFICATE_RENEWAL");
        BpmnAwareTests.assertThat(instance(number)).isWaitingAt("valid");

        fireTimer(number, "expiry", EXPIRY, Instant.parse("2028-11-24T01:00:00Z"));
        BpmnAwareTests.assertThat(instance(number) == null ? null : instance(number)).isNull();
        assertThat(row(number).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(onRegister(number)).isFalse();
        assertThat(reads.verify(number).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(templatesTo(number, employerAccount)).contains("CERTIFICATE_EXPIRED");
    }

    @Test
    void a_renewal_approved_before_expiry_extends_it_without_a_gap_and_counts_the_timers_again() {
        String number = certified();
        // too early: the renewal opens 90 days before the end
        assertThatThrownBy(() -> apply(1)).isInstanceOf(ConflictException.class).hasMessageContaining("2028-08-25");
        fireTimer(number, "renewalReminderDue", REMINDER, Instant.parse("2028-09-24T01:00:00Z"));
        String caseNo = apply(1);
        bothApprove(caseNo);
        management.executeJob(management.createJobQuery().processInstanceId(instance(caseNo).getId()).timers()
                .singleResult().getId());
        assertThat(row(number).validTo()).isEqualTo(LocalDate.of(2030, 11, 23));
        assertThat(row(number).renewedByCase()).isEqualTo(caseNo);
        BpmnAwareTests.assertThat(instance(number)).hasPassed("renewed").isWaitingAt("valid");
        // the old end passes without expiry: the timers follow the new validity
        fireTimer(number, "expiry", Instant.parse("2030-11-23T15:59:59Z"), Instant.parse("2030-11-24T01:00:00Z"));
        assertThat(row(number).status()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(row(number).validTo()).isEqualTo(LocalDate.of(2030, 11, 23));
    }

    @Test
    void a_substantiated_complaint_while_valid_starts_the_revocation_review_and_revoke_takes_it_off_the_list() {
        String number = certified();
        String complaint = substantiatedComplaint();
        BpmnAwareTests.assertThat(instance(number)).hasPassed("findingRecorded").isWaitingAt("revocationReview");
        BpmnAwareTests.assertThat(task(number, "revocationReview")).hasCandidateGroup("supervisor-310115");
        assertThat(certificateRows.findings(number)).extracting(CertificateMapper.Finding::complaintCaseNo)
                .containsExactly(complaint);
        assertThat(onRegister(number)).isTrue();
        work(number, "revocationReview", "supervisor", Map.of("decision", "REVOKE",
                "reason", "持证单位未依法给予职工产假，不再符合生育友好岗条件。"));
        BpmnAwareTests.assertThat(instance(number) == null ? null : instance(number)).isNull();
        assertThat(row(number).status()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(onRegister(number)).isFalse();
        assertThat(reads.verify(number).words()).contains("撤销");
        assertThat(templatesTo(number, employerAccount)).contains("CERTIFICATE_REVOKED");
        // the campaigns' REVOKED_CERTIFICATE risk signal reads it from the day it ended
        assertThat(reads.employersRevokedSince(row(number).endedOn())).contains(row(number).employerCreditCode());
    }

    @Test
    void a_warning_keeps_the_certificate_and_it_waits_again() {
        String number = certified();
        substantiatedComplaint();
        work(number, "revocationReview", "supervisor", Map.of("decision", "WARN",
                "reason", "单位已补足职工产假并书面承诺整改，予以警示。"));
        BpmnAwareTests.assertThat(instance(number)).hasPassed("warned").isWaitingAt("valid");
        assertThat(row(number).warnings()).isEqualTo(1);
        assertThat(row(number).status()).isEqualTo(CertificateStatus.VALID);
        assertThat(certificateRows.findings(number)).extracting(CertificateMapper.Finding::decision)
                .containsExactly("WARN");
    }

    @Test
    void a_finding_sent_before_the_certificate_existed_is_reviewed_as_soon_as_it_is_issued() {
        String caseNo = apply(1);
        bothApprove(caseNo);
        siteVisit(caseNo, "CONFIRMED");
        // the complaint's message finds no certificate waiting: the finding is on the employer's record
        String complaint = substantiatedComplaint();
        ClockUtil.setCurrentTime(Date.from(MONDAY));
        noticePasses(caseNo);
        String number = applications.find(caseNo).certificateNo();
        BpmnAwareTests.assertThat(instance(number)).hasNotPassed("findingRecorded").isWaitingAt("revocationReview");
        assertThat(certificateRows.findings(number)).extracting(CertificateMapper.Finding::complaintCaseNo)
                .containsExactly(complaint);
    }

    @Test
    void the_holder_may_surrender_it() {
        String number = certified();
        certificates.surrender(user(employerAccount), number, "单位业务调整，相关岗位已撤销。");
        BpmnAwareTests.assertThat(instance(number) == null ? null : instance(number)).isNull();
        assertThat(row(number).status()).isEqualTo(CertificateStatus.SURRENDERED);
        assertThat(row(number).endReason()).contains("业务调整");
        assertThat(onRegister(number)).isFalse();
        assertThatThrownBy(() -> certificates.surrender(user(employerAccount), number, "再交一次"))
                .isInstanceOf(ConflictException.class);
    }
}
