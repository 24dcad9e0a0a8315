package org.ffw.complaint;

import org.ffw.platform.web.PageFormat;
import org.springframework.stereotype.Component;

/**
 * The summary a substantiated complaint puts on the employer's compliance record ("产假权益投诉属实", written by
 * {@link ComplaintCorrection#publishSubstantiated} and copied onto certificates' findings) in the page's language, as
 * {@code ${@violationText.summary(s)}}: FFW's own words of one leave type are worded again from
 * {@code violation.leave}; any other summary is shown as it was written.
 */
@Component("violationText")
public class ViolationWords {

    static final String SUFFIX = "权益投诉属实";
    static final String INSPECTION_SUFFIX = "未依法给予（专项检查查实）";

    private final PageFormat fmt;

    ViolationWords(PageFormat fmt) {
        this.fmt = fmt;
    }

    /** The stored summary of a substantiated complaint about this leave type. */
    static String stored(LeaveType type) {
        return type.label() + SUFFIX;
    }

    /** The stored summary of a leave an inspection found not granted as the law says (org.ffw.inspection). */
    public static String storedByInspection(LeaveType type) {
        return type.label() + INSPECTION_SUFFIX;
    }

    public String summary(String stored) {
        if (stored == null) {
            return "";
        }
        for (LeaveType t : LeaveType.values()) {
            if (stored(t).equals(stored)) {
                return fmt.message("violation.leave", fmt.label("leave", t));
            }
            if (storedByInspection(t).equals(stored)) {
                return fmt.message("violation.inspection", fmt.label("leave", t));
            }
        }
        return stored;
    }
}
