package org.ffw.certification;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bpmn/friendly-post-certificate.bpmn does on its own: the timers' dates, the reminder, expiry, and the
 * revocation review's findings. A substantiated leave violation of the holder reaches the certificate either as
 * the complaint's message while the certificate waits in its valid state, or — sent while it did not wait — from
 * the employer's compliance record when it next enters that state: {@link #pendingFindings} takes up every
 * violation recorded after the holder's compliance check (by id) that this certificate has not taken up yet.
 */
@Component("certificateSteps")
public class CertificateSteps {

    private final CertificateMapper certificates;
    private final CertificationCases cases;
    private final CertificationProperties properties;
    private final Timeline timeline;
    private final WorkingDays workingDays;

    CertificateSteps(CertificateMapper certificates, CertificationCases cases, CertificationProperties properties,
                     Timeline timeline, WorkingDays workingDays) {
        this.certificates = certificates;
        this.cases = cases;
        this.properties = properties;
        this.timeline = timeline;
        this.workingDays = workingDays;
    }

    /** Whether findings wait for the revocation review (new ones are taken up first). */
    @Transactional
    public boolean pendingFindings(DelegateExecution execution) {
        Certificate c = existing(execution);
        takeUp(c);
        return certificates.findings(c.certificateNo()).stream().anyMatch(f -> f.decision() == null);
    }

    /** The complaint's message reached the certificate in its valid state. */
    @Transactional
    public void findingReceived(DelegateExecution execution) {
        takeUp(existing(execution));
    }

    /** The renewal reminder's moment: reminder-days before the end; after the end once it was sent. */
    public Date reminderAt(DelegateExecution execution) {
        Certificate c = existing(execution);
        if (c.validTo().equals(c.remindedFor())) {
            return new Date(expiresAt(execution).getTime() + 86_400_000L);
        }
        return Date.from(c.validTo().minusDays(properties.reminderDays()).atStartOfDay(WorkingDays.ZONE).toInstant());
    }

    /** The end of the last day of validity. */
    public Date expiresAt(DelegateExecution execution) {
        return workingDays.endOf(existing(execution).validTo());
    }

    @Transactional
    public void remindRenewal(DelegateExecution execution) {
        Certificate c = existing(execution);
        if (c.status() != CertificateStatus.VALID || c.validTo().equals(c.remindedFor())) {
            return;
        }
        certificates.reminded(c.certificateNo(), c.validTo(), Instant.now());
        timeline.recordAs(c.certificateNo(), "system", null, "RENEWAL_REMINDED", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.cert.renewalReminded", c.validTo()));
        cases.toEmployer(c.certificateNo(), "CERTIFICATE_RENEWAL", "生育友好岗证书即将到期", "生育友好岗证书 "
                + c.certificateNo() + " 将于 " + c.validTo() + " 到期。如需继续列入生育友好岗用人单位名单，请在到期前"
                + "登录平台申请续期；续期获准后有效期自原到期日起延续，不会中断。");
    }

    @Transactional
    public void expired(DelegateExecution execution) {
        Certificate c = existing(execution);
        cases.ended(c.certificateNo(), CertificateStatus.EXPIRED, "有效期届满", c.validTo().plusDays(1));
        timeline.recordAs(c.certificateNo(), "system", null, "EXPIRED", CertificateStatus.VALID.name(),
                CertificateStatus.EXPIRED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.cert.expired", c.validTo()));
        cases.toEmployer(c.certificateNo(), "CERTIFICATE_EXPIRED", "生育友好岗证书已到期", "生育友好岗证书 "
                + c.certificateNo() + " 已于 " + c.validTo() + " 到期，单位已移出生育友好岗用人单位名单。可重新申请认定。");
    }

    /** The validity was extended (Certificates stored it); the timers were counted again on re-entry. */
    @Transactional
    public void renewed(DelegateExecution execution) {
        Certificate c = existing(execution);
        timeline.recordAs(c.certificateNo(), "system", null, "VALIDITY_EXTENDED", null, null, Visibility.STAFF,
                Note.of("timeline.note.cert.validityExtended", c.validTo()));
    }

    @Transactional
    public void revoked(DelegateExecution execution) {
        Certificate c = existing(execution);
        String reason = lastDecisionReason(c);
        cases.ended(c.certificateNo(), CertificateStatus.REVOKED, reason, workingDays.today());
        timeline.record(c.certificateNo(), "REVOKED", CertificateStatus.VALID.name(), CertificateStatus.REVOKED.name(),
                Visibility.PUBLIC, Note.of("timeline.note.cert.revoked", reason));
        cases.toEmployer(c.certificateNo(), "CERTIFICATE_REVOKED", "生育友好岗证书已撤销", "生育友好岗证书 "
                + c.certificateNo() + " 已撤销，单位已移出生育友好岗用人单位名单。理由：" + reason);
    }

    @Transactional
    public void warned(DelegateExecution execution) {
        Certificate c = existing(execution);
        String reason = lastDecisionReason(c);
        certificates.warned(c.certificateNo(), Instant.now());
        timeline.record(c.certificateNo(), "WARNED", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.cert.warned", reason));
        cases.toEmployer(c.certificateNo(), "CERTIFICATE_WARNED", "生育友好岗证书警示", "单位被查实休假违法，"
                + "生育友好岗证书 " + c.certificateNo() + " 予以警示并保留。理由：" + reason + " 再次查实的，可撤销证书。");
    }

    /** The employer surrendered it ({@link Certificates#surrender} ended it). */
    @Transactional
    public void surrendered(DelegateExecution execution) {
        Certificate c = existing(execution);
        timeline.record(c.certificateNo(), "SURRENDERED", CertificateStatus.VALID.name(),
                CertificateStatus.SURRENDERED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.cert.surrendered", c.endReason()));
        cases.toStaff(c.certificateNo(), Role.INSPECTOR, "CERTIFICATE_SURRENDERED", "生育友好岗证书交回",
                c.employerName() + " 交回了生育友好岗证书 " + c.certificateNo() + "：" + c.endReason());
    }

    private void takeUp(Certificate c) {
        List<CertificateMapper.NewFinding> found = certificates.untakenViolations(c.certificateNo(),
                c.employerCreditCode(), c.findingsAfterId());
        Instant now = Instant.now();
        for (CertificateMapper.NewFinding f : found) {
            certificates.insertFinding(c.certificateNo(), f, now);
            timeline.recordAs(c.certificateNo(), "system", null, "FINDING_RECEIVED", null, null, Visibility.PUBLIC,
                    Note.of("timeline.note.cert.findingReceived", f.caseNo(), f.foundOn()));
        }
        if (!found.isEmpty()) {
            cases.toStaff(c.certificateNo(), Role.SUPERVISOR, "CERTIFICATE_REVIEW", "生育友好岗证书撤销审查",
                    c.employerName() + " 被查实休假违法，请审查是否撤销其生育友好岗证书 " + c.certificateNo() + "。");
        }
    }

    private String lastDecisionReason(Certificate c) {
        return certificates.findings(c.certificateNo()).stream().filter(f -> f.reason() != null)
                .reduce((a, b) -> b).map(CertificateMapper.Finding::reason).orElse("");
    }

    private Certificate existing(DelegateExecution execution) {
        Certificate c = certificates.find(execution.getProcessBusinessKey());
        if (c == null) {
            throw new NotFoundException("No certificate " + execution.getProcessBusinessKey());
        }
        return c;
    }
}
