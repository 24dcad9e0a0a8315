package org.ffw.complaint;

import java.time.LocalDate;

import org.ffw.rules.WorkingDays;
import org.springframework.stereotype.Component;

/** The complaint's statutory time limits in working days: acceptance (5), investigation (60, extended to 90). */
@Component
class ComplaintDeadlines {

    static final int ACCEPTANCE_DAYS = 5;
    static final int INVESTIGATION_DAYS = 60;
    static final int EXTENDED_INVESTIGATION_DAYS = 90;

    private final WorkingDays workingDays;

    ComplaintDeadlines(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** A deadline, and whether it was counted on a year whose holiday schedule is not published yet. */
    record Due(LocalDate date, boolean provisional) {
        /** The words shown after the date while it is provisional. */
        String provisionalNote() {
            return provisional ? "（暂定：节假日安排公布后确认）" : "";
        }
    }

    Due acceptance(String caseNo, LocalDate from) {
        return new Due(workingDays.after(from, ACCEPTANCE_DAYS), false);
    }

    Due investigation(String caseNo, LocalDate acceptedOn, boolean extended) {
        return new Due(workingDays.after(acceptedOn, extended ? EXTENDED_INVESTIGATION_DAYS : INVESTIGATION_DAYS),
                false);
    }
}
