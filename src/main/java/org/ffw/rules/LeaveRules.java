package org.ffw.rules;

import java.time.LocalDate;
import java.util.List;

/** The leave-entitlement rows that apply to an event: the lengths as configuration, with their legal sources. */
@FunctionalInterface
public interface LeaveRules {

    /**
     * @param pregnancyMonths completed months of pregnancy (for a miscarriage), or null
     * @return the applicable rows; no {@link LeaveRule#MATERNITY} row means no rules cover the event's date
     */
    List<LeaveRule> applicable(LeaveEvent event, LocalDate eventDate, boolean lawfulBirth, Integer pregnancyMonths);
}
