package org.ffw.complaint;

import java.util.List;

import org.ffw.platform.cases.Procedure;
import org.ffw.platform.cases.TimeLimits;
import org.springframework.stereotype.Component;

/** The complaint's statutory time limits as {@link ComplaintDeadlines} counts them, for the public home page. */
@Component
class ComplaintTimeLimits implements TimeLimits {

    @Override
    public List<Limit> limits() {
        return List.of(
                new Limit(Procedure.LEAVE_COMPLAINT, "complaint.acceptance", ComplaintDeadlines.ACCEPTANCE_DAYS,
                        Unit.WORKING_DAYS, true),
                new Limit(Procedure.LEAVE_COMPLAINT, "complaint.investigation", ComplaintDeadlines.INVESTIGATION_DAYS,
                        Unit.WORKING_DAYS, true),
                new Limit(Procedure.LEAVE_COMPLAINT, "complaint.extension",
                        ComplaintDeadlines.EXTENDED_INVESTIGATION_DAYS - ComplaintDeadlines.INVESTIGATION_DAYS,
                        Unit.WORKING_DAYS, true));
    }
}
