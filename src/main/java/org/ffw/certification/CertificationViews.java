package org.ffw.certification;

import java.time.LocalDate;
import java.util.List;

import org.ffw.platform.timeline.TimelineEntry;

/** What each reader of a certification application or a certificate gets (API bodies and page models). */
public final class CertificationViews {

    private CertificationViews() {
    }

    static String decisionLabel(String decision) {
        if (decision == null) {
            return "尚未审核";
        }
        return switch (decision) {
            case "APPROVE" -> "同意";
            case "REJECT" -> "不同意";
            case "REQUEST_CHANGES" -> "要求修改";
            default -> decision;
        };
    }

    /** A post as every reader sees it, its measures in words. */
    public record Post(int postNo, String title, String department, int headcount, String workingTime,
                       List<Measure> measures, List<String> measureLabels, String otherMeasure, String eligibility) {

        static Post of(PostRow p) {
            List<Measure> m = p.measureList();
            return new Post(p.postNo(), p.title(), p.department(), p.headcount(), p.workingTime(), m,
                    m.stream().map(Measure::label).toList(), p.otherMeasure(), p.eligibility());
        }

        static List<Post> of(List<PostRow> rows) {
            return rows.stream().map(Post::of).toList();
        }
    }

    /**
     * A task the case waits on, in words: what, by whom (in Chinese, for the API), until when; and the same as codes
     * for the pages, which say them in their language: the task ({@code ${@work.task(processKey, taskKey, name)}})
     * and who does it ({@code side}: work.side.*).
     */
    public record Waiting(String name, String by, LocalDate due, String processKey, String taskKey, String side, String taskId) {
    }

    /** One line of the applications list. */
    public record ListItem(String caseNo, CertificationStatus status, String statusLabel, String employerName,
                           int posts, int headcount, boolean renewal, LocalDate submittedOn, LocalDate closedOn,
                           String certificateNo) {
    }

    /**
     * The application as the employer reads it: what it declared, what the reviewers wrote for it, the notice and
     * the outcome; no reviewer's name, no objector's contact.
     */
    public record EmployerView(String caseNo, CertificationStatus status, String statusLabel, String next,
                               String employerName, String district, String districtName, String renewalOf,
                               boolean writtenInContract, LocalDate consultationDate, String consultationBody,
                               String consultationSummary, String contactName, String contactPhone, List<Post> posts,
                               int headcount, int reviewRound, String changeRequest, String changeNote,
                               LocalDate noticeFrom, LocalDate noticeUntil, String outcomeReason,
                               String certificateNo, LocalDate submittedOn, LocalDate closedOn,
                               List<Waiting> waitingFor, List<TimelineEntry> timeline) {
    }

    /** One side's answer in the current round. */
    public record Answer(String side, String decision, String decisionLabel, String text, boolean byLead,
                         LocalDate on) {
    }

    /**
     * The compliance check: substantiated violations of the look-back period, with their case numbers; {@code checked}
     * false until the check has run.
     */
    public record Compliance(boolean warning, List<String> caseNos, int months, String words, boolean checked) {
    }

    public record Objection(long id, String reason, String contact, String outcome, LocalDate lodgedOn) {
    }

    /** The staff's view: the employer's view and the reviews, the compliance warning, the visit and objections. */
    public record StaffView(EmployerView application, String employerCreditCode, boolean firstApplication,
                            Compliance compliance, Answer hrb, Answer union, Boolean siteVisitNeeded,
                            String siteVisitResult, LocalDate siteVisitDate, String siteVisitFindings,
                            List<Objection> objections, String objectionDecision, String objectionReason,
                            List<TimelineEntry> staffTimeline) {
    }

    /** The public status lookup (case number and query code). */
    public record PublicStatus(String caseNo, String procedure, CertificationStatus status, String statusLabel,
                               String next, LocalDate submittedOn, LocalDate noticeUntil, String certificateNo,
                               LocalDate closedOn) {
    }

    /** A certificate as its holder and the district's staff read it. */
    public record CertificateView(String number, CertificateStatus status, String statusLabel, String employerName,
                                  String employerCreditCode, String district, String districtName,
                                  LocalDate validFrom, LocalDate validTo, long daysLeft, boolean renewalOpen,
                                  LocalDate renewalOpensOn, String issuedByCase, String renewedByCase, int warnings,
                                  String endReason, LocalDate endedOn, List<Post> posts, List<Finding> findings,
                                  List<Waiting> waitingFor, List<TimelineEntry> timeline, String verifyUrl) {
    }

    public record Finding(String complaintCaseNo, LocalDate foundOn, String summary, String decision,
                          String decisionLabel, String reason) {
    }

    /**
     * The public verification of a number: {@code verdict} ISSUED (then the certificate's state), NEVER_ISSUED (a
     * well-formed number no certificate carries), FORGED (the check character fails) or MALFORMED; {@code endedOn}
     * for a revoked or surrendered one.
     */
    public record Verification(String number, String verdict, String words, CertificateStatus status,
                               String statusLabel, String employerName, String districtName, Integer posts,
                               Integer headcount, List<String> measures, LocalDate validFrom, LocalDate validTo,
                               LocalDate endedOn) {
    }

    /** An employer on the city's public list, with its posts. */
    public record RegisterEntry(String certificateNo, String employerName, String district, String districtName,
                                LocalDate validTo, List<PublicPost> posts) {
    }

    public record PublicPost(String title, int headcount, String workingTime, List<Measure> measures,
                             List<String> measureLabels, String otherMeasure, String eligibility) {

        static PublicPost of(PostRow p) {
            Post v = Post.of(p);
            return new PublicPost(v.title(), v.headcount(), v.workingTime(), v.measures(), v.measureLabels(),
                    v.otherMeasure(), v.eligibility());
        }
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    /** An application in its public notice: anyone may object until {@code noticeUntil}. */
    public record Notice(String caseNo, String employerName, String district, String districtName,
                         List<PublicPost> posts, LocalDate noticeFrom, LocalDate noticeUntil) {
    }
}
