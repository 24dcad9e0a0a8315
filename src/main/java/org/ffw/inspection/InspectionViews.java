package org.ffw.inspection;

import java.time.LocalDate;
import java.util.List;

import org.ffw.complaint.LeaveType;
import org.ffw.inspection.Inspection.Inspector;
import org.ffw.platform.timeline.TimelineEntry;
import org.ffw.worktable.TaskInfo;

/** What the readers of an inspection case see: the district's staff the whole case, the employer what is its. */
public final class InspectionViews {

    private InspectionViews() {
    }

    /**
     * Staff of the district: every field, the pair with their sign-offs (and who recused, why), the report with each
     * row's gap, the open tasks, the full timeline; {@code fine} is the fine range the law gives for the leave found
     * short (null where none is sourced).
     */
    public record StaffView(Inspection inspection, List<LeaveType> focus, List<Inspector> inspectors,
                            List<LeaveRecord> records, int personsWithGap, int totalGapDays,
                            org.ffw.complaint.ComplaintFines.Range fine, List<TaskInfo> waitingFor,
                            List<TimelineEntry> timeline) {

        /** The inspectors on the case now (the recused left out), the lead first. */
        public List<String> pair() {
            return inspectors.stream().filter(i -> !i.recused()).map(Inspector::username).toList();
        }

        /** Whether this inspector of the pair may add rows now. */
        public boolean mayAdd(String username) {
            return inspection.pairAddsRows() && pair().contains(username);
        }
    }

    /**
     * The employer inspected: what the inspection covers, its report (its rows and those the pair added, each with
     * the statutory days), the finding and its grounds, the order and its deadline, the verification and the penalty
     * decision. Not the pair's review notes, not the site check record, not the staff's timeline entries.
     * {@code mayEdit}: its report is still due.
     */
    public record EmployerView(String caseNo, String campaignTitle, String employerName, List<LeaveType> focus,
                               List<LeaveType> reportable,
                               LocalDate periodFrom, LocalDate periodTo, InspectionStatus status, LocalDate reportDue,
                               String reportNote, boolean noReport, List<LeaveRecord> records, int personsWithGap,
                               String finding, String findingReason, String requiredActions,
                               LocalDate correctionDeadline, String rectificationReport, String verification,
                               String penaltyDecision, LocalDate closedOn, boolean mayEdit,
                               List<TimelineEntry> timeline) {
    }
}
