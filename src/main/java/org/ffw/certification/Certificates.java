package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ffw.platform.cases.CaseRegistry;
import org.ffw.platform.cases.CaseRegistry.NewCase;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.ConflictException;
import org.ffw.platform.web.ForbiddenException;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.platform.web.NotFoundException;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: issued (or, for a renewal of a valid one, extended from its end without a gap) when an application
 * is approved, each with its own lifecycle process (bpmn/friendly-post-certificate.bpmn); surrendered by the
 * employer. A certificate is a case of its own in the registry, numbered by {@link CertificateNumbers}.
 */
@Service
public class Certificates {

    private final CertificateMapper certificates;
    private final CertificateNumbers numbers;
    private final CertificationCases cases;
    private final CertificationProcess process;
    private final CertificationProperties properties;
    private final CertificationSettings settings;
    private final CaseRegistry registry;
    private final Timeline timeline;
    private final WorkingDays workingDays;

    Certificates(CertificateMapper certificates, CertificateNumbers numbers, CertificationCases cases,
                 CertificationProcess process, CertificationProperties properties, CaseRegistry registry,
                 Timeline timeline, WorkingDays workingDays, CertificationSettings settings) {
        this.certificates = certificates;
        this.numbers = numbers;
        this.cases = cases;
        this.process = process;
        this.properties = properties;
        this.settings = settings;
        this.registry = registry;
        this.timeline = timeline;
        this.workingDays = workingDays;
    }

    /** The approved application's certificate: its renewal when it renews one still valid, else a new one. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    Certificate issueFor(CertificationApplication a, List<PostRow> posts) {
        Instant now = Instant.now();
        LocalDate today = workingDays.today();
        Certificate renewed = a.renewalOf() == null ? null : certificates.lock(a.renewalOf());
        if (renewed != null && renewed.status() == CertificateStatus.VALID) {
            LocalDate validTo = renewed.validTo().plusYears(settings.validityYears(a.caseNo()));
            certificates.renew(renewed.certificateNo(), validTo, a.caseNo(), now);
            replacePosts(renewed.certificateNo(), posts);
            timeline.record(renewed.certificateNo(), "RENEWED", CertificateStatus.VALID.name(),
                    CertificateStatus.VALID.name(), Visibility.PUBLIC,
                    Note.of("timeline.note.cert.renewed", a.caseNo(), validTo, posts.size()));
            process.renewed(renewed.certificateNo());
            return certificates.find(renewed.certificateNo());
        }
        String number = numbers.next();
        LocalDate validTo = today.plusYears(settings.validityYears(a.caseNo())).minusDays(1);
        Certificate c = new Certificate(number, null, CertificateStatus.VALID, a.employerCreditCode(),
                a.employerName(), a.district(), a.caseNo(), null, today, validTo, null,
                a.violationsSeenId() == null ? 0 : a.violationsSeenId(), 0, null, null, now, now);
        certificates.insert(c);
        replacePosts(number, posts);
        int headcount = posts.stream().mapToInt(PostRow::headcount).sum();
        registry.open(new NewCase(number, Procedure.FRIENDLY_POST_CERTIFICATE, a.district(), a.employerCreditCode(),
                a.applicantUsername(), CertificateStatus.VALID.name(), a.employerName() + " · 生育友好岗证书 · "
                + posts.size() + " 个岗位 · " + headcount + " 人", true, null));
        timeline.record(number, "ISSUED", null, CertificateStatus.VALID.name(), Visibility.PUBLIC,
                Note.of("timeline.note.cert.issued", a.caseNo(), today, validTo));
        String pi = process.startCertificate(c, properties);
        certificates.setProcessInstance(number, pi);
        registry.processStarted(number, pi);
        return certificates.find(number);
    }

    /** The employer gives its certificate back: off the register at once. */
    @Transactional
    public Certificate surrender(FfwUser me, String number, String reason) {
        Certificate c = certificates.lock(number);
        if (c == null) {
            throw new NotFoundException("No such certificate.");
        }
        if (!me.has(Role.EMPLOYER) || !c.employerCreditCode().equals(me.employerCreditCode())) {
            throw new ForbiddenException("Only the holder may surrender its certificate.");
        }
        if (reason == null || reason.strip().length() < 2 || reason.length() > 500) {
            throw new InvalidInputException("reason", "must say in 2 to 500 characters why the certificate is given "
                    + "back");
        }
        if (c.status() != CertificateStatus.VALID) {
            throw new ConflictException("The certificate is " + c.status().label() + " already.");
        }
        cases.ended(number, CertificateStatus.SURRENDERED, reason.strip(), workingDays.today());
        if (!process.surrendered(number)) {
            throw new ConflictException("The certificate is under a revocation review; it can be surrendered once "
                    + "that review is decided.");
        }
        return certificates.find(number);
    }

    private void replacePosts(String number, List<PostRow> posts) {
        certificates.deletePosts(number);
        certificates.deleteMeasures(number);
        Set<String> measures = new LinkedHashSet<>();
        for (PostRow p : posts) {
            certificates.insertPost(number, p);
            p.measureList().forEach(m -> measures.add(m.name()));
        }
        measures.forEach(m -> certificates.insertMeasure(number, m));
    }
}
