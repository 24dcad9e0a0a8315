package org.ffw.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.ffw.certification.CertificationApplication.Side;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.rules.WorkingDays;
import org.ffw.worktable.CaseTasks;
import org.ffw.worktable.TaskHandlers;
import org.springframework.stereotype.Component;

/**
 * The user tasks of bpmn/friendly-post-certification.bpmn: the two reviews (and their leads' when a reviewer is
 * silent), the employer's revision, the site visit and the objections. Each record holds exactly its form's keys;
 * every value is stored on the application.
 */
@Component
class CertificationTasks implements CaseTasks<CertificationApplication> {

    /** forms/certification-review.form: the HRB's, the union's and their leads' review. */
    record Review(String decision, String reason, String comments) {
    }

    /** forms/certification-revise.form. */
    record Revise(String reviseAction, String changeNote) {
    }

    /** forms/certification-site-visit.form. */
    record SiteVisit(String result, LocalDate visitDate, String findings) {
    }

    /** forms/certification-objection.form. */
    record ObjectionReview(String decision, String reason) {
    }

    private final CertificationCases cases;
    private final CertificationMapper applications;
    private final CertificationReads reads;
    private final Timeline timeline;
    private final WorkingDays workingDays;

    CertificationTasks(CertificationCases cases, CertificationMapper applications, CertificationReads reads,
                       Timeline timeline, WorkingDays workingDays) {
        this.cases = cases;
        this.applications = applications;
        this.reads = reads;
        this.timeline = timeline;
        this.workingDays = workingDays;
    }

    @Override
    public String processKey() {
        return CertificationProcess.KEY;
    }

    @Override
    public CertificationApplication find(String caseNo) {
        return cases.find(caseNo);
    }

    @Override
    public CertificationApplication lock(String caseNo) {
        return cases.lock(caseNo);
    }

    @Override
    public Map<String, Object> caseDetails(CertificationApplication a, FfwUser viewer) {
        return reads.forTask(a, viewer);
    }

    @Override
    public void register(TaskHandlers<CertificationApplication> h) {
        h.on("hrbReview", Review.class, (a, v) -> reviewed(a, v, Side.HRB, false));
        h.on("hrbLeadReview", Review.class, (a, v) -> reviewed(a, v, Side.HRB, true));
        h.on("unionReview", Review.class, (a, v) -> reviewed(a, v, Side.UNION, false));
        h.on("unionLeadReview", Review.class, (a, v) -> reviewed(a, v, Side.UNION, true));
        h.on("revise", Revise.class, this::revised);
        h.on("siteVisit", SiteVisit.class, this::visited);
        h.on("objectionReview", ObjectionReview.class, this::objectionsDecided);
    }

    /** One side's answer; the combination waits for the other side (the parallel join). */
    private Map<String, Object> reviewed(CertificationApplication a, Review v, Side side, boolean byLead) {
        String text = switch (v.decision()) {
            case "REJECT" -> required("reason", v.reason());
            case "REQUEST_CHANGES" -> required("comments", v.comments());
            default -> null;
        };
        Instant now = Instant.now();
        if (side == Side.HRB) {
            applications.saveHrb(a.caseNo(), v.decision(), text, byLead, now);
        } else {
            applications.saveUnion(a.caseNo(), v.decision(), text, byLead, now);
        }
        String who = (side == Side.HRB ? "区人社局" : "区总工会") + (byLead ? "（负责人，原审核人逾期未审核）" : "");
        timeline.record(a.caseNo(), side == Side.HRB ? "HRB_REVIEWED" : "UNION_REVIEWED", null, null,
                Visibility.STAFF, Note.of("timeline.note.cert.reviewed", Note.code("timeline.note.cert.side", side),
                        byLead ? Note.of("timeline.note.cert.byLead") : Note.none(),
                        Note.code("proc.cert.decision", v.decision(), CertificationViews.decisionLabel(v.decision())),
                        text == null ? Note.none() : Note.of("timeline.note.cert.sentence", text)));
        return Map.of();
    }

    /** RESUBMIT: a new round of both reviews on the revised posts; WITHDRAW closes the application. */
    private Map<String, Object> revised(CertificationApplication a, Revise v) {
        if ("RESUBMIT".equals(v.reviseAction())) {
            cases.newRound(a.caseNo(), v.changeNote());
            int posts = cases.posts(a.caseNo()).size();
            timeline.record(a.caseNo(), "RESUBMITTED", a.status().name(), CertificationStatus.UNDER_REVIEW.name(),
                    Visibility.PUBLIC, Note.of("timeline.note.cert.resubmitted", v.changeNote()));
            return Map.of(CertificationProcess.REVISE_ACTION, "RESUBMIT", "postCount", posts);
        }
        applications.saveChangeNote(a.caseNo(), v.changeNote().strip(), Instant.now());
        return Map.of(CertificationProcess.REVISE_ACTION, "WITHDRAW");
    }

    private Map<String, Object> visited(CertificationApplication a, SiteVisit v) {
        if (v.visitDate().isAfter(workingDays.today())) {
            throw new InvalidInputException("visitDate", "must not be in the future");
        }
        if ("NOT_CONFIRMED".equals(v.result())) {
            required("findings", v.findings());
        }
        applications.saveSiteVisit(a.caseNo(), v.result(), v.visitDate(), blankToNull(v.findings()), Instant.now());
        timeline.record(a.caseNo(), "SITE_VISITED", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.cert.siteVisited", v.visitDate(), Note.code("timeline.note.cert.site",
                        "CONFIRMED".equals(v.result()) ? "CONFIRMED" : "NOT_CONFIRMED"),
                        blankToNull(v.findings()) == null ? Note.none()
                                : Note.of("timeline.note.cert.sentence", v.findings().strip())));
        return Map.of(CertificationProcess.SITE_VISIT_RESULT, v.result());
    }

    private Map<String, Object> objectionsDecided(CertificationApplication a, ObjectionReview v) {
        applications.saveObjectionDecision(a.caseNo(), v.decision(), v.reason(), Instant.now());
        if ("DISMISS".equals(v.decision())) {
            applications.decideObjections(a.caseNo(), "DISMISSED");
        }
        timeline.record(a.caseNo(), "OBJECTIONS_DECIDED", null, null, Visibility.PUBLIC,
                Note.of("timeline.note.cert.objectionsDecided", Note.code("timeline.note.cert.objection",
                        "UPHOLD".equals(v.decision()) ? "UPHOLD" : "DISMISS"), v.reason()));
        return Map.of(CertificationProcess.OBJECTION_DECISION, v.decision());
    }

    private static String required(String field, String value) {
        if (value == null || value.strip().length() < 10) {
            throw new InvalidInputException(field, "must be given (at least 10 characters): the employer reads it");
        }
        return value.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
