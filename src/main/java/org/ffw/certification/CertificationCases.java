package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.cases.CaseNotices;
import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.Role;
import org.ffw.platform.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The application row and its registry entry, changed together; the certificate row and its entry likewise; and
 * the notices to the employer and the district's staff.
 */
@Component
class CertificationCases {

    private final CertificationMapper applications;
    private final CertificateMapper certificates;
    private final CaseRegistry registry;
    private final CaseNotices notices;

    CertificationCases(CertificationMapper applications, CertificateMapper certificates, CaseRegistry registry,
                       CaseNotices notices) {
        this.applications = applications;
        this.certificates = certificates;
        this.registry = registry;
        this.notices = notices;
    }

    CertificationApplication find(String caseNo) {
        return caseNo == null ? null : applications.find(caseNo);
    }

    CertificationApplication existing(String caseNo) {
        CertificationApplication a = find(caseNo);
        if (a == null) {
            throw new NotFoundException("No such certification application.");
        }
        return a;
    }

    CertificationApplication lock(String caseNo) {
        return caseNo == null ? null : applications.lock(caseNo);
    }

    List<PostRow> posts(String caseNo) {
        return applications.posts(caseNo);
    }

    void status(String caseNo, CertificationStatus status) {
        applications.setStatus(caseNo, status, Instant.now());
        registry.status(caseNo, status.name());
    }

    void changesRequested(String caseNo, String request) {
        applications.requestChanges(caseNo, request, Instant.now());
        registry.status(caseNo, CertificationStatus.CHANGES_REQUESTED.name());
    }

    void newRound(String caseNo, String changeNote) {
        applications.newRound(caseNo, changeNote, Instant.now());
        registry.status(caseNo, CertificationStatus.UNDER_REVIEW.name());
    }

    void noticeStarted(String caseNo, LocalDate from, LocalDate until) {
        applications.startNotice(caseNo, from, until, Instant.now());
        registry.status(caseNo, CertificationStatus.IN_NOTICE.name());
    }

    void certified(String caseNo, String certificateNo, LocalDate on) {
        applications.certified(caseNo, certificateNo, on, Instant.now());
        registry.close(caseNo, CertificationStatus.CERTIFIED.name());
    }

    /** Rejected or withdrawn, with the reason the employer reads. */
    void closed(String caseNo, CertificationStatus status, String reason, LocalDate on) {
        applications.close(caseNo, status, reason, on, Instant.now());
        registry.close(caseNo, status.name());
    }

    Certificate certificate(String number) {
        return number == null ? null : certificates.find(number);
    }

    Certificate lockCertificate(String number) {
        return number == null ? null : certificates.lock(number);
    }

    /** The certificate is no longer valid: off the public register at once. */
    void ended(String number, CertificateStatus status, String reason, LocalDate on) {
        certificates.end(number, status, reason, on, Instant.now());
        registry.close(number, status.name());
    }

    void toEmployer(String caseNo, Notice notice) {
        notices.toEmployer(caseNo, notice);
    }

    void toStaff(String caseNo, Role role, Notice notice) {
        notices.toStaff(caseNo, role, notice);
    }
}
