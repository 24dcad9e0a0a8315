package org.ffw.certification;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The engine port of the certification: the only class that talks to Camunda's runtime for
 * bpmn/friendly-post-certification.bpmn and bpmn/friendly-post-certificate.bpmn, and the names of their messages and
 * routing variables. The certificate process also catches the complaint's {@code Message_ComplaintSubstantiated}
 * (correlated by {@code employerCreditCode}); a finding sent while it does not wait is taken up from the employer's
 * compliance record when it next does.
 */
@Component
class CertificationProcess {

    static final String KEY = "friendly-post-certification";
    static final String CERTIFICATE_KEY = "friendly-post-certificate";
    static final String MESSAGE_RENEWED = "Message_CertificateRenewed";
    static final String MESSAGE_SURRENDERED = "Message_CertificateSurrendered";

    static final String DISTRICT = "district";
    static final String EMPLOYER = "employerCreditCode";
    static final String REVIEW_OUTCOME = "reviewOutcome";
    static final String REVISE_ACTION = "reviseAction";
    static final String SITE_VISIT_RESULT = "siteVisitResult";
    static final String SITE_VISIT_NEEDED = "siteVisitNeeded";
    static final String NOTICE_ENDS = "noticeEnds";
    static final String OBJECTION_DECISION = "objectionDecision";
    static final String REVOCATION_DECISION = "revocationDecision";
    static final String COMPLIANCE_WARNING = "complianceWarning";

    private final RuntimeService runtime;

    CertificationProcess(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the application; {@code reviewDays} is the application's own (the settings it was opened under). */
    String start(CertificationApplication a, int postCount, CertificationProperties p, int reviewDays) {
        Map<String, Object> v = new HashMap<>();
        v.put("caseNo", a.caseNo());
        v.put(DISTRICT, a.district());
        v.put(EMPLOYER, a.employerCreditCode());
        v.put("reviewDays", reviewDays);
        v.put("leadDays", p.leadDays());
        v.put("reviseDays", p.reviseDays());
        v.put("siteVisitDays", p.siteVisitDays());
        v.put("objectionDays", p.objectionDays());
        v.put("firstApplication", a.firstApplication());
        v.put("postCount", postCount);
        v.put(COMPLIANCE_WARNING, false);
        v.put(REVIEW_OUTCOME, null);
        v.put(REVISE_ACTION, null);
        v.put(SITE_VISIT_RESULT, null);
        v.put(OBJECTION_DECISION, null);
        return runtime.startProcessInstanceByKey(KEY, a.caseNo(), v).getId();
    }

    String startCertificate(Certificate c, CertificationProperties p) {
        Map<String, Object> v = new HashMap<>();
        v.put("certificateNo", c.certificateNo());
        v.put(DISTRICT, c.district());
        v.put(EMPLOYER, c.employerCreditCode());
        v.put("revocationDays", p.revocationDays());
        v.put(REVOCATION_DECISION, null);
        return runtime.startProcessInstanceByKey(CERTIFICATE_KEY, c.certificateNo(), v).getId();
    }

    /** The post count of a resubmitted application (the site-visit decision reads it). */
    Map<String, Object> postCount(int postCount) {
        return Map.of("postCount", postCount);
    }

    /** The validity was extended: a certificate waiting in its valid state counts its timers again. */
    void renewed(String certificateNo) {
        runtime.createMessageCorrelation(MESSAGE_RENEWED).processInstanceBusinessKey(certificateNo)
                .correlateAllWithResult();
    }

    /** The employer surrendered it; false when the certificate does not wait in its valid state. */
    boolean surrendered(String certificateNo) {
        return !runtime.createMessageCorrelation(MESSAGE_SURRENDERED).processInstanceBusinessKey(certificateNo)
                .correlateAllWithResult().isEmpty();
    }
}
