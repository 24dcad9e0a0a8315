package org.ffw.certification;

import java.time.Instant;
import java.util.Map;

import org.ffw.platform.security.FfwUser;
import org.ffw.worktable.CaseTasks;
import org.ffw.worktable.TaskHandlers;
import org.springframework.stereotype.Component;

/** The user task of bpmn/friendly-post-certificate.bpmn: the supervisor's revocation review. */
@Component
class CertificateTasks implements CaseTasks<Certificate> {

    /** forms/certificate-revocation.form. */
    record Revocation(String decision, String reason) {
    }

    private final CertificationCases cases;
    private final CertificateMapper certificates;
    private final CertificateReads reads;

    CertificateTasks(CertificationCases cases, CertificateMapper certificates, CertificateReads reads) {
        this.cases = cases;
        this.certificates = certificates;
        this.reads = reads;
    }

    @Override
    public String processKey() {
        return CertificationProcess.CERTIFICATE_KEY;
    }

    @Override
    public Certificate find(String number) {
        return cases.certificate(number);
    }

    @Override
    public Certificate lock(String number) {
        return cases.lockCertificate(number);
    }

    @Override
    public Map<String, Object> caseDetails(Certificate c, FfwUser viewer) {
        return Map.of("certificate", reads.read(viewer, c.certificateNo()));
    }

    @Override
    public void register(TaskHandlers<Certificate> h) {
        h.on("revocationReview", Revocation.class, this::reviewed);
    }

    /** The decision covers every finding taken up and not yet decided; the steps write the timeline. */
    private Map<String, Object> reviewed(Certificate c, Revocation v) {
        certificates.decideFindings(c.certificateNo(), v.decision(), v.reason().strip(), Instant.now());
        return Map.of(CertificationProcess.REVOCATION_DECISION, v.decision());
    }
}
