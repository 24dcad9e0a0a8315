package org.ffw.subsidy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.ffw.employer.EmployerService.Violation;
import org.ffw.platform.document.Documents;
import org.ffw.platform.timeline.TimelineEntry;

/** What each reader of a subsidy application gets (API bodies and page models). */
public final class SubsidyViews {

    private SubsidyViews() {
    }

    /** One line of an applications list. */
    record ListItem(String caseNo, SubsidyStatus status, String statusLabel, String employerName, String employeeName,
                    LocalDate childBirthDate, BigDecimal requestedAmount, BigDecimal approvedAmount,
                    boolean eligible, LocalDate submittedOn, LocalDate closedOn) {
    }

    /**
     * One month of the calculation: the declared contributions, whether the month is in the subsidy's term, and
     * what the agency's records say ({@code recordedTotal} null and {@code recordNote} saying so when none is
     * imported for the month); the note in Chinese, and as phrases a page says in its language ({@link SubsidyText}).
     */
    record MonthRow(String month, BigDecimal pension, BigDecimal medical, BigDecimal unemployment,
                    BigDecimal workInjury, BigDecimal total, boolean inTerm, BigDecimal recordedTotal,
                    Boolean matchesRecord, String recordNote, List<SubsidyCheck.Phrase> noteWords)
            implements java.io.Serializable {
    }

    /**
     * A task the case waits on, in words: what, by whom (in Chinese, for the API), until when; and the same as codes
     * for the pages, which say them in their language: the task ({@code ${@work.task(processKey, taskKey, name)}})
     * and who does it ({@code side}: work.side.*).
     */
    record Waiting(String name, String by, LocalDate due, String processKey, String taskKey, String side, String taskId) {
    }

    /**
     * The applying employer's view: everything it declared, the checks, the decisions and reasons written for it,
     * the payment; no internal notes, no staff names.
     */
    record EmployerView(String caseNo, SubsidyStatus status, String statusLabel, String next, String employerName,
                        String employeeName, String employeeResidentId, LocalDate childBirthDate, int childOrder,
                        boolean employeeConfirmedChildOrder, String birthCertificateNo, int babies,
                        boolean difficultBirth, LocalDate leaveStart, LocalDate leaveEnd, boolean dispatch,
                        String userUnitCreditCode, String userUnitName, boolean noOtherSubsidy, String bankName,
                        String bankAccountName, String bankAccountNo, BigDecimal requestedAmount,
                        BigDecimal approvedAmount, boolean eligible, List<SubsidyCheck> eligibility,
                        List<MonthRow> months, String supplementRequest, String supplement, String rejectionReason,
                        LocalDate submittedOn, LocalDate approvedOn, String paymentReference, LocalDate paidOn,
                        LocalDate closedOn, List<Waiting> waitingFor, List<Documents.Item> documents,
                        List<TimelineEntry> timeline) {
    }

    /** District staff: the whole application, the checks, the records, the employer's compliance standing. */
    record StaffView(SubsidyApplication application, String statusLabel, String next, List<SubsidyCheck> eligibility,
                     List<MonthRow> months, Standing standing, boolean aboveSecondReviewThreshold,
                     BigDecimal secondReviewThreshold, List<Waiting> waitingFor, List<Documents.Item> documents,
                     List<TimelineEntry> timeline) {
        public String reviewDecisionLabel() {
            return decision(application.reviewDecision());
        }

        public String secondDecisionLabel() {
            return decision(application.secondReviewDecision());
        }
    }

    /** The employer's compliance record as the subsidy reads it. */
    record Standing(int violations, List<Violation> unrectified) {
        public boolean clean() {
            return unrectified.isEmpty();
        }

        public String words() {
            if (violations == 0) {
                return "无违法记录";
            }
            return unrectified.isEmpty() ? violations + " 条违法记录，均已整改"
                    : violations + " 条违法记录，其中 " + unrectified.size() + " 条尚未整改（需负责人复核）";
        }
    }

    /** Anyone with the case number and the query code: status, next step and dates. */
    record PublicStatus(String caseNo, String procedureLabel, SubsidyStatus status, String statusLabel, String next,
                        LocalDate submittedOn, LocalDate approvedOn, LocalDate paidOn, LocalDate closedOn) {
    }

    /** A review decision in words (null for none). */
    public static String decision(String code) {
        return code == null || code.isEmpty() ? null : switch (code) {
            case "APPROVE" -> "批准";
            case "REJECT" -> "不予批准";
            case "REQUEST_SUPPLEMENT" -> "通知补正材料";
            default -> "其他";
        };
    }

    static Documents.Item document(Documents.Document d) {
        return Documents.item(d, "/api/v1/subsidy-applications/" + d.caseNo());
    }
}
