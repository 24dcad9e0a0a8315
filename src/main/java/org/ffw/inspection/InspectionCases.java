package org.ffw.inspection;

import java.time.LocalDate;
import java.util.List;

import org.ffw.complaint.LeaveType;
import org.ffw.platform.security.FfwUser;

/**
 * The inspection procedure's door for campaigns (双随机): a drawn employer becomes an inspection case
 * ({@code bpmn/leave-inspection.bpmn}, business key = case number, prefix {@code LI}); the campaign reads its cases'
 * progress and results through here, and an inspector's recusal replaces them on the case.
 */
public interface InspectionCases {

    /** One drawn employer: what its inspection covers and who goes. */
    record OpenInspection(long campaignId, String campaignTitle, String employerCreditCode, String district,
                          List<LeaveType> leaveTypes, LocalDate periodFrom, LocalDate periodTo,
                          List<String> inspectors, String drawReason) {
    }

    /**
     * What a campaign shows of one case: the status code and its words, the pair, the finding
     * ({@code NO_VIOLATION}, {@code VIOLATION}, or null while open), whether an order to correct was made, whether it
     * was put right (null until verified), whether a penalty was referred, when it closed.
     */
    record InspectionSummary(String caseNo, String employerCreditCode, String employerName, String status,
                             String statusLabel, List<String> inspectors, String finding, int personsWithGap,
                             boolean ordered, Boolean rectified, boolean penaltyReferred, LocalDate closedOn) {
        public boolean closed() {
            return closedOn != null;
        }
    }

    /** Published (after commit) when an inspection case closes, so the campaign can close when its last one does. */
    record InspectionClosed(long campaignId, String caseNo) {
    }

    /** Opens the case in the caller's transaction (row, registry, deadline, process, timeline, notice); its number. */
    String open(OpenInspection command);

    /** The campaign's cases in case-number order. */
    List<InspectionSummary> ofCampaign(long campaignId);

    /**
     * An inspector of the pair declared a conflict of interest: {@code replacement} (drawn by the campaign) takes
     * their place on the case and their open tasks; the timeline records it (staff only). 409 once the case is closed.
     */
    void replaceInspector(String caseNo, String recused, String replacement, String reason, FfwUser by);
}
