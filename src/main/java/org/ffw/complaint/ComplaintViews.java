package org.ffw.complaint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ffw.platform.document.Documents;
import org.ffw.platform.document.Documents.Document;
import org.ffw.platform.timeline.TimelineEntry;

/**
 * What each reader gets of a complaint. The employer's view is built without the complainant's identity fields.
 * {@code provisional} says which of the view's dates (acceptanceDue, investigationDue) were counted on a year whose
 * holiday schedule is not published yet and may still move.
 */
public final class ComplaintViews {

    private ComplaintViews() {
    }

    /** The answer to lodging; {@code acceptanceDueProvisional}: counted on a year whose holidays are not published. */
    /**
     * The acknowledgement of a lodged complaint. {@code channel}: how it came in; {@code joinedAccount}: whether the
     * case belongs to an account already (lodged for a person without one, it joins the account they open later).
     */
    public record Lodged(String caseNo, Status status, LocalDate acceptanceDue, boolean acceptanceDueProvisional,
                  String queryCode, String possibleDuplicateOf, Channel channel, boolean joinedAccount) {
    }

    record ListItem(String caseNo, Status status, String statusLabel, Outcome outcome, String employerName,
                    String district, LeaveType leaveType, LocalDate violationDate, LocalDate acceptanceDue,
                    LocalDate investigationDue, LocalDate closedOn, String lodgedOn) {
    }

    record Entitlement(Integer entitledDays, Integer daysGranted, Integer gapDays, String note) {

        static Entitlement of(Integer entitled, Integer granted, String note) {
            Integer gap = entitled == null || granted == null ? null : Math.max(0, entitled - granted);
            return new Entitlement(entitled, granted, gap, note);
        }

        static Entitlement of(Complaint c) {
            return of(c.entitledDays(), c.daysGranted(), c.entitlementNote());
        }
    }

    /** Staff (HRB inspectors, supervisors, union reviewers of the district): everything. */
    record StaffView(Complaint complaint, String statusLabel, Entitlement entitlement, boolean timeBarredHint,
                     List<Documents.Item> documents, List<TimelineEntry> timeline, List<OpenTask> waitingFor,
                     int employerViolations, Map<String, Boolean> provisional, Parties parties) {
    }

    /**
     * Who the complaint is for and who acts in it: how it came in ({@code channel}; {@code lodgedBy} the staff member
     * who took it down, for staff only), whether its written record is attached, the affected employees besides the
     * lodger with their own entitlement (the complainant's side sees their ID numbers masked), and the elected
     * representatives. {@code affectedEmployees} counts the lodger too.
     */
    record Parties(Channel channel, String lodgedBy, boolean intakeRecordAttached, int affectedEmployees,
                   List<Affected> coComplainants, List<Representative> representatives) {
    }

    record Affected(String name, String residentId, LocalDate childBirthDate, Entitlement entitlement) {
    }

    record Representative(String username, String name) {
    }

    /** An open task; a page names it in its language: {@code ${@work.task('leave-complaint', t.taskKey, t.name)}}. */
    record OpenTask(String taskId, String name, String candidateGroup, String assignee, String due, String taskKey) {
    }

    /** The complainant: their case and a timeline written for them, without staff-internal notes. */
    record ComplainantView(String caseNo, Kind kind, Status status, String statusLabel, Outcome outcome, String outcomeLabel,
                           String employerName, String employerCreditCode, String workplaceDistrict,
                           String district, LeaveType leaveType, LocalDate childBirthDate, Integer babies,
                           LocalDate violationDate, String facts, String request, Integer daysGranted,
                           boolean confidential, Entitlement entitlement, LocalDate acceptanceDue,
                           LocalDate acceptedOn, LocalDate investigationDue, boolean extended,
                           String supplementRequest, String notAcceptedReason, String finding,
                           String findingReason, String requiredActions, LocalDate correctionDeadline,
                           String verification, String penaltyDecision, LocalDate closedOn, Integer rating,
                           boolean mayWithdraw, boolean mayRate, List<Documents.Item> documents,
                           List<TimelineEntry> timeline, Map<String, Boolean> provisional,
                           String possibleDuplicateOf, Parties parties) {
    }

    /**
     * The employer concerned, from the investigation on — only fields written for the employer: the allegation as the
     * inspector worded it (screened against the complainant's identity when saved), leave type, the period of the
     * violation (the month only for a confidential complaint, unless the inspector released the date), its own
     * response and reports, and the decisions addressed to it (finding, order and deadline, verification, penalty).
     * The complainant's name only when she waived confidentiality; never her ID number, phone, child or facts.
     *
     * <p>{@code affectedEmployees}: how many employees the complaint concerns (a collective complaint: more than one),
     * a number only — never who they are.
     *
     * <p>{@code complainant} and {@code violationPeriod} are words (Chinese) for the API; the pages say them in their
     * own language from {@code kind} and {@code complainantWithheld} (then the complainant is 投诉人身份保密 /
     * 举报人身份保密), and from {@code violationPeriodStated} (else the period is 未说明: no date was given).
     */
    record EmployerView(String caseNo, Status status, String statusLabel, Outcome outcome, String outcomeLabel,
                        String complainant, LeaveType leaveType, String leaveTypeLabel, String violationPeriod,
                        String allegation, LocalDate acceptedOn, LocalDate investigationDue, String employerPosition,
                        String employerStatement, String employerEvidenceReferences, String finding,
                        String requiredActions, LocalDate correctionDeadline, String rectificationReport,
                        String rectificationEvidenceReferences, String verification, String penaltyDecision,
                        BigDecimal fineTotal, LocalDate closedOn, List<Documents.Item> documents,
                        List<TimelineEntry> timeline, Map<String, Boolean> provisional, Kind kind,
                        boolean complainantWithheld, boolean violationPeriodStated, int affectedEmployees) {
    }

    /** A line of the employer's list; {@code violationPeriodStated} as in {@link EmployerView}. */
    record EmployerListItem(String caseNo, Status status, String statusLabel, LeaveType leaveType,
                            String violationPeriod, LocalDate investigationDue, LocalDate correctionDeadline,
                            LocalDate closedOn, boolean violationPeriodStated) {
    }

    /** The period of the violation is 未说明 when the complainant (or reporter) gave no date. */
    static final String PERIOD_UNSTATED = "未说明";

    /**
     * When the violation happened, as the employer may read it: "2026-03-10", or the month "2026-03" of a
     * confidential complaint (unless the inspector released the date), or {@link #PERIOD_UNSTATED}.
     */
    static String violationPeriod(Complaint c) {
        if (c.violationDate() == null) {
            return PERIOD_UNSTATED;
        }
        return c.confidential() && !c.violationDateReleased()
                ? java.time.YearMonth.from(c.violationDate()).toString() : c.violationDate().toString();
    }

    /**
     * Whether the employer's views hide who complained (or reported): a report always, a confidential complaint; a
     * case opened on the union's suggestion has no complainant (the union's letter stands for the workers).
     */
    static boolean complainantWithheld(Complaint c) {
        return c.kind() != Kind.COMPLAINT || c.confidential();
    }

    /** Anyone with the case number and query code, no login: status and dates only. */
    record PublicStatus(String caseNo, String kindLabel, Status status, String statusLabel, String outcomeLabel, LocalDate lodgedOn,
                        LocalDate acceptanceDue, LocalDate acceptedOn, LocalDate investigationDue,
                        LocalDate correctionDeadline, LocalDate closedOn, Map<String, Boolean> provisional,
                        Outcome outcome) {
    }

    static Documents.Item document(Document d) {
        return Documents.item(d, "/api/v1/complaints/" + d.caseNo());
    }
}
