package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.ffw.platform.outbox.Notice;
import org.ffw.platform.security.FfwUser;
import org.ffw.platform.timeline.Note;
import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.platform.web.InvalidInputException;
import org.ffw.worktable.CaseTasks;
import org.ffw.worktable.TaskHandlers;
import org.springframework.stereotype.Component;

/**
 * The user tasks of bpmn/employer-subsidy.bpmn, one typed handler each: the record holds exactly the keys of the
 * task's form (forms/subsidy-*.form); the handler checks the domain rules, stores every value on the application,
 * writes the timeline and the notices, and returns the variables the diagram routes on.
 */
@Component
class SubsidyTasks implements CaseTasks<SubsidyApplication> {

    record Review(String reviewDecision, String reviewReason, String supplementRequest, String reviewNote) {
    }

    record Supplement(String supplement) {
    }

    record SecondReview(String secondDecision, String secondReason, String secondNote) {
    }

    private final SubsidyMapper mapper;
    private final SubsidyCases cases;
    private final SubsidyReads reads;
    private final SubsidySettings settings;
    private final Timeline timeline;

    SubsidyTasks(SubsidyMapper mapper, SubsidyCases cases, SubsidyReads reads, SubsidySettings settings,
                 Timeline timeline) {
        this.mapper = mapper;
        this.cases = cases;
        this.reads = reads;
        this.settings = settings;
        this.timeline = timeline;
    }

    @Override
    public String processKey() {
        return SubsidyProcess.KEY;
    }

    @Override
    public SubsidyApplication find(String caseNo) {
        return cases.find(caseNo);
    }

    @Override
    public SubsidyApplication lock(String caseNo) {
        return cases.lock(caseNo);
    }

    @Override
    public Map<String, Object> caseDetails(SubsidyApplication a, FfwUser viewer) {
        return reads.forTask(a, viewer);
    }

    @Override
    public void register(TaskHandlers<SubsidyApplication> h) {
        h.on("review", Review.class, this::reviewed)
                .prefill(a -> new Review(null, null, null, a.reviewNote()));
        h.on("supplement", Supplement.class, this::supplemented)
                .prefill(a -> new Supplement(a.supplement()));
        h.on("secondReview", SecondReview.class, this::secondReviewed);
    }

    /**
     * 审核. The checks are stored as the officer saw them (records as they stand now). Approving over a failed
     * check needs a note saying why; an approval goes to the supervisor when the amount is above the threshold or
     * the employer has a substantiated violation not yet rectified.
     */
    private Map<String, Object> reviewed(SubsidyApplication a, Review v) {
        Instant now = Instant.now();
        List<SubsidyCheck> checks = reads.live(a, reads.staffView(a).months());
        boolean eligible = checks.stream().allMatch(SubsidyCheck::passed);
        mapper.setEligibility(a.caseNo(), cases.write(checks), eligible, now);
        String decision = v.reviewDecision();
        switch (decision) {
            case "APPROVE" -> {
                if (!eligible && (v.reviewNote() == null || v.reviewNote().strip().length() < 10)) {
                    throw new InvalidInputException("reviewNote", "explain (at least 10 characters) why the"
                            + " application is approved although a check failed: "
                            + checks.stream().filter(c -> !c.passed()).map(SubsidyCheck::label).toList());
                }
                mapper.saveReview(a.caseNo(), decision, null, null, v.reviewNote(), now);
                SubsidyViews.Standing standing = reads.standing(a);
                BigDecimal threshold = settings.secondReviewAbove(a.caseNo());
                boolean above = a.requestedAmount().compareTo(threshold) > 0;
                boolean second = above || !standing.clean();
                if (second) {
                    cases.status(a.caseNo(), SubsidyStatus.SECOND_REVIEW);
                    String why = (above ? "金额 " + a.requestedAmount().toPlainString() + " 元超过 "
                            + threshold.toPlainString() + " 元" : "")
                            + (above && !standing.clean() ? "；" : "")
                            + (standing.clean() ? "" : "单位有尚未整改的休假违法记录");
                    timeline.record(a.caseNo(), "REVIEWED", a.status().name(), SubsidyStatus.SECOND_REVIEW.name(),
                            Visibility.PUBLIC, Note.of("timeline.note.subsidy.reviewed"));
                    timeline.record(a.caseNo(), "SECOND_REVIEW_REASON", null, null, Visibility.STAFF,
                            Note.of("timeline.note.subsidy.secondReviewReason", Note.all(above
                                    ? Note.of("timeline.note.subsidy.aboveThreshold", a.requestedAmount(),
                                    threshold) : Note.none(),
                                    above && !standing.clean() ? Note.of("timeline.note.semicolon") : Note.none(),
                                    standing.clean() ? Note.none() : Note.of("timeline.note.subsidy.openViolations"))));
                    cases.toEmployer(a.caseNo(), Notice.of("SUBSIDY_SECOND_REVIEW", "notice.subsidy.secondReview",
                            a.caseNo()));
                }
                return Map.of(SubsidyProcess.REVIEW_DECISION, decision, SubsidyProcess.SECOND_REVIEW, second);
            }
            case "REJECT" -> mapper.saveReview(a.caseNo(), decision, v.reviewReason(), null, v.reviewNote(), now);
            default -> {
                mapper.saveReview(a.caseNo(), decision, null, v.supplementRequest(), v.reviewNote(), now);
                cases.status(a.caseNo(), SubsidyStatus.SUPPLEMENT_REQUESTED);
                timeline.record(a.caseNo(), "SUPPLEMENT_REQUESTED", a.status().name(),
                        SubsidyStatus.SUPPLEMENT_REQUESTED.name(), Visibility.PUBLIC,
                        Note.of("timeline.note.supplementRequested", v.supplementRequest()));
                cases.toEmployer(a.caseNo(), Notice.of("SUBSIDY_SUPPLEMENT", "notice.subsidy.supplement", a.caseNo(),
                        v.supplementRequest()));
            }
        }
        return Map.of(SubsidyProcess.REVIEW_DECISION, decision, SubsidyProcess.SECOND_REVIEW, false);
    }

    /** 补正: the review starts again, with its full time, and the checks are taken again. */
    private Map<String, Object> supplemented(SubsidyApplication a, Supplement v) {
        Instant now = Instant.now();
        mapper.saveSupplement(a.caseNo(), v.supplement(), now);
        cases.status(a.caseNo(), SubsidyStatus.SUBMITTED);
        timeline.record(a.caseNo(), "SUPPLEMENTED", a.status().name(), SubsidyStatus.SUBMITTED.name(),
                Visibility.PUBLIC, Note.of("timeline.note.subsidy.supplemented",
                        settings.reviewDays(a.caseNo())));
        return Map.of(SubsidyProcess.REVIEW_DECISION, "");
    }

    /** 复核 by the district supervisor. */
    private Map<String, Object> secondReviewed(SubsidyApplication a, SecondReview v) {
        mapper.saveSecondReview(a.caseNo(), v.secondDecision(), v.secondReason(), v.secondNote(), Instant.now());
        if ("APPROVE".equals(v.secondDecision())) {
            timeline.record(a.caseNo(), "SECOND_REVIEWED", a.status().name(), null, Visibility.PUBLIC,
                    Note.of("timeline.note.subsidy.secondReviewed"));
        }
        return Map.of(SubsidyProcess.SECOND_DECISION, v.secondDecision());
    }
}
