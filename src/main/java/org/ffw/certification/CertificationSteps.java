package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ffw.employer.EmployerService;
import org.ffw.employer.EmployerService.Violation;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.NoteArg;
import org.ffw.platform.outbox.Notice;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What bpmn/friendly-post-certification.bpmn does on its own, called by expression from its service tasks
 * ({@code ${certificationSteps.issued(execution)}}): each reads the case number from the business key, changes the
 * application, writes the timeline and tells the employer.
 */
@Component("certificationSteps")
public class CertificationSteps {

    private final CertificationCases cases;
    private final CertificationMapper applications;
    private final Certificates certificates;
    private final EmployerService employers;
    private final CertificationProperties properties;
    private final Timeline timeline;
    private final WorkingDays workingDays;

    CertificationSteps(CertificationCases cases, CertificationMapper applications, Certificates certificates,
                       EmployerService employers, CertificationProperties properties, Timeline timeline,
                       WorkingDays workingDays) {
        this.cases = cases;
        this.applications = applications;
        this.certificates = certificates;
        this.employers = employers;
        this.properties = properties;
        this.timeline = timeline;
        this.workingDays = workingDays;
    }

    /**
     * 核查守法记录: substantiated leave violations of the last months (ffw.certification.violation-lookback-months)
     * are shown to both reviewers as a warning with their case numbers; the site-visit decision reads the flag.
     */
    @Transactional
    public void complianceChecked(DelegateExecution execution) {
        CertificationApplication a = cases.lock(caseNo(execution));
        LocalDate since = workingDays.today().minusMonths(properties.violationLookbackMonths());
        List<Violation> recent = employers.violations(a.employerCreditCode()).stream()
                .filter(v -> !v.foundOn().isBefore(since)).toList();
        String caseNos = recent.isEmpty() ? null
                : recent.stream().map(Violation::caseNo).collect(Collectors.joining(","));
        applications.setStanding(a.caseNo(), caseNos, applications.lastViolationId(a.employerCreditCode()),
                Instant.now());
        execution.setVariable(CertificationProcess.COMPLIANCE_WARNING, !recent.isEmpty());
        timeline.recordAs(a.caseNo(), "system", null, "COMPLIANCE_CHECKED", null, null, Visibility.STAFF,
                recent.isEmpty() ? Note.of("timeline.note.cert.compliant", properties.violationLookbackMonths())
                        : Note.of("timeline.note.cert.violations", properties.violationLookbackMonths(), recent.size(),
                        Note.all(recent.stream().map(Violation::caseNo).flatMap(n -> java.util.stream.Stream.of(
                                Note.of("timeline.note.comma"), Note.text(n))).skip(1).toArray())));
    }

    /**
     * 汇总双方意见 once both sides answered: any REJECT rejects, with the reasons; else any REQUEST_CHANGES sends
     * the comments to the employer; else both approved.
     */
    @Transactional
    public void reviewsCombined(DelegateExecution execution) {
        CertificationApplication a = cases.lock(caseNo(execution));
        String outcome;
        if ("REJECT".equals(a.hrbDecision()) || "REJECT".equals(a.unionDecision())) {
            outcome = "REJECTED";
        } else if ("REQUEST_CHANGES".equals(a.hrbDecision()) || "REQUEST_CHANGES".equals(a.unionDecision())) {
            outcome = "CHANGES";
            String request = joined(a, "REQUEST_CHANGES");
            cases.changesRequested(a.caseNo(), request);
            timeline.record(a.caseNo(), "CHANGES_REQUESTED", a.status().name(),
                    CertificationStatus.CHANGES_REQUESTED.name(), Visibility.PUBLIC,
                    Note.of("timeline.note.cert.changesRequested", sides(a, "REQUEST_CHANGES")));
            cases.toEmployer(a.caseNo(), Notice.of("CERTIFICATION_CHANGES", "notice.cert.changes", a.caseNo(),
                    noticeSides(a, "REQUEST_CHANGES"), properties.reviseDays()));
        } else {
            outcome = "APPROVED";
            timeline.record(a.caseNo(), "REVIEWS_APPROVED", a.status().name(), null, Visibility.PUBLIC,
                    Note.of("timeline.note.cert.reviewsApproved"));
        }
        execution.setVariable(CertificationProcess.REVIEW_OUTCOME, outcome);
    }

    /** The site-visit decision (the DMN) was taken: stored, and the status follows it. */
    @Transactional
    public void siteVisitDecided(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        boolean needed = Boolean.TRUE.equals(execution.getVariable(CertificationProcess.SITE_VISIT_NEEDED));
        applications.setSiteVisitNeeded(caseNo, needed, Instant.now());
        if (needed) {
            cases.status(caseNo, CertificationStatus.SITE_VISIT);
            timeline.record(caseNo, "SITE_VISIT_PLANNED", CertificationStatus.UNDER_REVIEW.name(),
                    CertificationStatus.SITE_VISIT.name(), Visibility.PUBLIC,
                    Note.of("timeline.note.cert.siteVisitPlanned"));
        }
    }

    /** 开始公示: the employer and its posts are published until the end of the notice period. */
    @Transactional
    public void noticeStarted(DelegateExecution execution) {
        CertificationApplication a = cases.lock(caseNo(execution));
        LocalDate from = workingDays.today();
        LocalDate until = workingDays.after(from, properties.noticeDays());
        cases.noticeStarted(a.caseNo(), from, until);
        execution.setVariable(CertificationProcess.NOTICE_ENDS, workingDays.endOf(until));
        timeline.record(a.caseNo(), "NOTICE_STARTED", a.status().name(), CertificationStatus.IN_NOTICE.name(),
                Visibility.PUBLIC, Note.of("timeline.note.cert.noticeStarted", until));
        cases.toEmployer(a.caseNo(), Notice.of("CERTIFICATION_NOTICE", "notice.cert.inNotice", a.caseNo(),
                Notice.date(until)));
    }

    /** Whether objections wait for a decision when the notice ends (then the HRB reviewer decides them). */
    @Transactional
    public boolean hasObjections(DelegateExecution execution) {
        String caseNo = caseNo(execution);
        long open = applications.objections(caseNo).stream().filter(o -> o.outcome() == null).count();
        if (open > 0) {
            cases.status(caseNo, CertificationStatus.OBJECTION_REVIEW);
            timeline.recordAs(caseNo, "system", null, "NOTICE_ENDED", CertificationStatus.IN_NOTICE.name(),
                    CertificationStatus.OBJECTION_REVIEW.name(), Visibility.PUBLIC,
                    Note.of("timeline.note.cert.noticeEnded", open));
        }
        return open > 0;
    }

    /** 颁发证书 (or, for a renewal of a valid certificate, its validity extended without a gap). */
    @Transactional
    public void issued(DelegateExecution execution) {
        CertificationApplication a = cases.lock(caseNo(execution));
        Certificate c = certificates.issueFor(a, cases.posts(a.caseNo()));
        cases.certified(a.caseNo(), c.certificateNo(), workingDays.today());
        boolean renewal = c.certificateNo().equals(a.renewalOf());
        String words = (renewal ? "证书 " + c.certificateNo() + " 已续期" : "颁发生育友好岗证书 " + c.certificateNo())
                + "，有效期至 " + c.validTo();
        timeline.record(a.caseNo(), "CERTIFIED", a.status().name(), CertificationStatus.CERTIFIED.name(),
                Visibility.PUBLIC, Note.of(renewal ? "timeline.note.cert.certifiedRenewal"
                        : "timeline.note.cert.certified", c.certificateNo(), c.validTo()));
        cases.toEmployer(a.caseNo(), Notice.of("CERTIFICATION_CERTIFIED",
                renewal ? "notice.cert.renewed" : "notice.cert.issued", a.caseNo(), c.certificateNo(),
                Notice.date(c.validTo())));
    }

    /** 不予认定, with the reasons the employer reads. */
    @Transactional
    public void rejected(DelegateExecution execution) {
        CertificationApplication a = cases.lock(caseNo(execution));
        String reason;
        Object why;
        if ("UPHOLD".equals(a.objectionDecision())) {
            reason = "公示期间的异议成立：" + a.objectionReason();
            why = Notice.text("notice.cert.objectionUpheld", a.objectionReason());
            applications.decideObjections(a.caseNo(), "UPHELD");
        } else if ("NOT_CONFIRMED".equals(a.siteVisitResult())) {
            reason = "实地核查与申报不符：" + a.siteVisitFindings();
            why = Notice.text("notice.cert.siteVisitDiffers", a.siteVisitFindings());
        } else {
            reason = joined(a, "REJECT");
            why = noticeSides(a, "REJECT");
        }
        cases.closed(a.caseNo(), CertificationStatus.REJECTED, reason, workingDays.today());
        timeline.record(a.caseNo(), "REJECTED", a.status().name(), CertificationStatus.REJECTED.name(),
                Visibility.PUBLIC, Note.of("timeline.note.cert.rejected", rejectedWhy(a)));
        cases.toEmployer(a.caseNo(), Notice.of("CERTIFICATION_REJECTED", "notice.cert.rejected", a.caseNo(), why));
    }

    /** Withdrawn by the employer on the revise task, or the revision not made in time. */
    @Transactional
    public void withdrawn(DelegateExecution execution) {
        CertificationApplication a = cases.lock(caseNo(execution));
        boolean byEmployer = "WITHDRAW".equals(execution.getVariable(CertificationProcess.REVISE_ACTION));
        String reason = byEmployer ? "用人单位撤回申请：" + a.changeNote()
                : "逾期未修改岗位方案（" + properties.reviseDays() + " 个工作日），视为撤回";
        cases.closed(a.caseNo(), CertificationStatus.WITHDRAWN, reason, workingDays.today());
        timeline.recordAs(a.caseNo(), byEmployer ? a.applicantUsername() : "system", null, "WITHDRAWN",
                a.status().name(), CertificationStatus.WITHDRAWN.name(), Visibility.PUBLIC, byEmployer
                        ? Note.of("timeline.note.cert.withdrawnByEmployer", a.changeNote())
                        : Note.of("timeline.note.cert.withdrawnLate", properties.reviseDays()));
        cases.toEmployer(a.caseNo(), Notice.of("CERTIFICATION_WITHDRAWN", "notice.cert.withdrawn", a.caseNo(),
                byEmployer ? Notice.text("notice.cert.withdrawnByEmployer", a.changeNote())
                        : Notice.text("notice.cert.withdrawnLate", properties.reviseDays())));
    }

    /** Both sides' texts of one decision, each with its side: what the employer reads. */
    private static String joined(CertificationApplication a, String decision) {
        StringBuilder s = new StringBuilder();
        if (decision.equals(a.hrbDecision())) {
            s.append("区人社局：").append(a.hrbText()).append("。");
        }
        if (decision.equals(a.unionDecision())) {
            s.append("区总工会：").append(a.unionText()).append("。");
        }
        return s.toString().replace("。。", "。");
    }

    /** Why it was rejected, as {@link #rejected} words it for the employer: for the timeline, in either language. */
    private static NoteArg rejectedWhy(CertificationApplication a) {
        if ("UPHOLD".equals(a.objectionDecision())) {
            return Note.of("timeline.note.cert.rejectedObjection", a.objectionReason());
        }
        if ("NOT_CONFIRMED".equals(a.siteVisitResult())) {
            return Note.of("timeline.note.cert.rejectedSiteVisit", a.siteVisitFindings());
        }
        return sides(a, "REJECT");
    }

    /** {@link #joined} for the timeline: each side's text of the decision, after the side's name. */
    private static NoteArg sides(CertificationApplication a, String decision) {
        return Note.all(
                decision.equals(a.hrbDecision()) ? Note.of("timeline.note.cert.hrbSaid", a.hrbText()) : Note.none(),
                decision.equals(a.unionDecision()) ? Note.of("timeline.note.cert.unionSaid", a.unionText())
                        : Note.none());
    }

    /** {@link #joined} as a notice says it, in its recipient's language (the reviewers' own words stay theirs). */
    private static Object noticeSides(CertificationApplication a, String decision) {
        Object hrb = decision.equals(a.hrbDecision()) ? Notice.text("notice.cert.hrbSays", sentence(a.hrbText()))
                : null;
        Object union = decision.equals(a.unionDecision())
                ? Notice.text("notice.cert.unionSays", sentence(a.unionText())) : null;
        if (hrb != null && union != null) {
            return Notice.text("notice.cert.bothSay", hrb, union);
        }
        return hrb != null ? hrb : union != null ? union : Notice.NONE;
    }

    /** A reviewer's text without its full stop (the message puts one). */
    private static String sentence(String text) {
        return text != null && text.endsWith("。") ? text.substring(0, text.length() - 1) : text;
    }

    static String caseNo(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }
}
