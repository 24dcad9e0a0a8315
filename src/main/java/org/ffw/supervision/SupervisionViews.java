package org.ffw.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ffw.complaint.LeaveType;
import org.ffw.platform.document.Documents;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.supervision.Supervision.Supervisor;
import org.ffw.worktable.TaskInfo;

/** What the readers of a supervision case see: the staff the whole case, the employer a list written for it. */
public final class SupervisionViews {

    private SupervisionViews() {
    }

    /** Union and HRB staff of the district: every field, every file, the full timeline, the open tasks. */
    public record StaffView(Supervision supervision, List<Supervisor> supervisors, List<Documents.Item> documents,
                            List<TimelineEntry> timeline, List<TaskInfo> waitingFor,
                            Map<String, Boolean> provisional, List<Letter> letters) {
    }

    /**
     * One of the case's letters as an issued instrument (PDF): the opinion (to the employer), the suggestion letter
     * (to the bureau). {@code href} is the download through the API; {@code servedOn} the addressee's first download.
     */
    public record Letter(long id, String kind, String title, String docNumber, int version, LocalDate issuedOn,
                         java.time.Instant servedAt, String href) {
        static Letter of(org.ffw.platform.instrument.Instruments.Listed l) {
            var i = l.instrument();
            return new Letter(i.id(), i.kind(), i.title(), i.docNumber(), i.version(), i.issuedOn(), l.servedAt(),
                    "/api/v1/union-supervision/" + i.caseNo() + "/instruments/" + i.id());
        }
    }

    /**
     * The employer concerned. It sees the 监督意见书 as issued to it (the supervisors who signed it, the facts, the
     * required correction, the answer deadline), its own answer and files, whether the union found it corrected,
     * that a 监督建议书 went to the HRB and when, and the HRB's decision (the complaint's number when a case was
     * opened). It does not see the union's assessment note, the text of the 建议书, the HRB's explanation to the
     * union, the union's own files or the staff's timeline entries.
     */
    public record EmployerView(String caseNo, SupervisionStatus status, String outcome, String employerName,
                               LeaveType leaveType, List<String> supervisors, String facts, String requiredCorrection,
                               LocalDate opinionIssuedOn, LocalDate answerDue, String answerPosition, String answer,
                               String answerEvidence, boolean noAnswer, boolean foundCorrected,
                               boolean suggestionSent, LocalDate suggestionSentOn, String hrbDecision,
                               String complaintCaseNo, LocalDate closedOn, List<Documents.Item> documents,
                               List<TimelineEntry> timeline, Map<String, Boolean> provisional,
                               List<Letter> letters) {
    }

    /** A line of a list (the district's, or the employer's). */
    public record ListItem(String caseNo, SupervisionStatus status, String outcome, String employerName,
                           LeaveType leaveType, LocalDate opinionIssuedOn, LocalDate answerDue,
                           String complaintCaseNo, LocalDate closedOn) {
        static ListItem of(Supervision s) {
            return new ListItem(s.caseNo(), s.status(), s.outcome(), s.employerName(), s.leaveType(),
                    s.opinionIssuedOn(), s.answerDue(), s.complaintCaseNo(), s.closedOn());
        }
    }
}
