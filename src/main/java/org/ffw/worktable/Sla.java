package org.ffw.worktable;

import java.time.Duration;
import java.time.Instant;

/** Where a task stands against its due date. */
public enum Sla {
    ON_TRACK, AT_RISK, OVERDUE;

    /** The share of the allowed time after which a task is at risk. */
    static final double AT_RISK_SHARE = 0.75;

    static Sla of(Instant due, Instant atRisk, Instant now) {
        if (due == null) {
            return ON_TRACK;
        }
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        if (atRisk != null && !now.isBefore(atRisk)) {
            return AT_RISK;
        }
        return ON_TRACK;
    }

    /** created + 75 % of (due − created), in whole seconds like every stored instant; null without a due date. */
    static Instant atRiskAt(Instant created, Instant due) {
        if (due == null || created == null) {
            return null;
        }
        long allowed = Duration.between(created, due).toMillis();
        return created.plusMillis(Math.max(0, (long) (allowed * AT_RISK_SHARE)))
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }
}
