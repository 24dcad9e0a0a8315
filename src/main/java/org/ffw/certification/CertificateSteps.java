package org.ffw.certification;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.platform.outbox.Notice;
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
    private final CertificationSettings settings;
    private final Timeline timeline;
    private final WorkingDays workingDays;

    CertificateSteps(CertificateMapper certificates, CertificationCases cases, CertificationSettings settings,
                     Timeline timeline, WorkingDays workingDays) {
        this.certificates = certificates;
        this.cases = cases;
        this.settings = settings;
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
        return Date.from(c.validTo().minusDays(settings.reminderDays(c)).atStartOfDay(WorkingDays.ZONE).toInstant());
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
        cases.toEmployer(c.certificateNo(), Notice.of("CERTIFICATE_RENEWAL", "notice.certificate.renewal",
                c.certificateNo(), Notice.date(c.validTo())));
    }

    @Transactional
    public void expired(DelegateExecution execution) {
        Certificate c = existing(execution);
        cases.ended(c.certificateNo(), CertificateStatus.EXPIRED, "有效期届满", c.validTo().plusDays(1));
        timeline.recordAs(c.certificateNo(), "system", null, "EXPIRED", CertificateStatus.VALID.name(),
                CertificateStatus.EXPIRED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.cert.expired", c.validTo()));
        cases.toEmployer(c.certificateNo(), Notice.of("CERTIFICATE_EXPIRED", "notice.certificate.expired",
                c.certificateNo(), Notice.date(c.validTo())));
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
        cases.toEmployer(c.certificateNo(), Notice.of("CERTIFICATE_REVOKED", "notice.certificate.revoked",
                c.certificateNo(), reason));
    }

    @Transactional
    public void warned(DelegateExecution execution) {
        Certificate c = existing(execution);
        String reason = lastDecisionReason(c);
        certificates.warned(c.certificateNo(), Instant.now());
        timeline.record(c.certificateNo(), "WARNED", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.cert.warned", reason));
        cases.toEmployer(c.certificateNo(), Notice.of("CERTIFICATE_WARNED", "notice.certificate.warned",
                c.certificateNo(), reason));
    }

    /** The employer surrendered it ({@link Certificates#surrender} ended it). */
    @Transactional
    public void surrendered(DelegateExecution execution) {
        Certificate c = existing(execution);
        timeline.record(c.certificateNo(), "SURRENDERED", CertificateStatus.VALID.name(),
                CertificateStatus.SURRENDERED.name(), Visibility.PUBLIC,
                Note.of("timeline.note.cert.surrendered", c.endReason()));
        cases.toStaff(c.certificateNo(), Role.INSPECTOR, Notice.of("CERTIFICATE_SURRENDERED",
                "notice.certificate.surrendered", c.employerName(), c.certificateNo(), c.endReason()));
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
            cases.toStaff(c.certificateNo(), Role.SUPERVISOR, Notice.of("CERTIFICATE_REVIEW",
                    "notice.certificate.review", c.employerName(), c.certificateNo()));
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
