package org.ffw.worktable;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.function.Predicate;

import org.ffw.platform.Shanghai;

/**
 * Where a task stands against its due date, counting working time. {@code NO_DUE_DATE}: the due date could not be
 * counted yet (every FFW task has one; it is missing only while the holiday schedule it needs is not loaded) — such a
 * task is neither on track nor late, and is counted as what it is.
 */
public enum Sla {
    ON_TRACK, AT_RISK, OVERDUE, NO_DUE_DATE;

    /** The share of the allowed working time after which a task is at risk. */
    static final double AT_RISK_SHARE = 0.75;

    static Sla of(Instant due, Instant atRisk, Instant now) {
        if (due == null) {
            return NO_DUE_DATE;
        }
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        if (atRisk != null && !now.isBefore(atRisk)) {
            return AT_RISK;
        }
        return ON_TRACK;
    }

    /**
     * The moment 75 % of the task's allowed <em>working</em> time has passed: only the hours of working days (in
     * Shanghai) between creation and due date count, so a 5-day task created before the Spring Festival is not at
     * risk while the office is closed. In whole seconds, like every stored instant; null without a due date. When the
     * span holds no working time at all (a task due on a holiday), the calendar time between the two counts instead.
     */
    static Instant atRiskAt(Instant created, Instant due, Predicate<LocalDate> workingDay) {
        if (due == null || created == null) {
            return null;
        }
        if (!due.isAfter(created)) {
            return created.truncatedTo(ChronoUnit.SECONDS);
        }
        long allowed = 0;
        for (ZonedDateTime day = startOfDay(created); day.toInstant().isBefore(due); day = day.plusDays(1)) {
            allowed += workingSeconds(day, created, due, workingDay);
        }
        if (allowed == 0) {
            return created.plusSeconds((long) (Duration.between(created, due).toSeconds() * AT_RISK_SHARE))
                    .truncatedTo(ChronoUnit.SECONDS);
        }
        long target = (long) (allowed * AT_RISK_SHARE);
        for (ZonedDateTime day = startOfDay(created); ; day = day.plusDays(1)) {
            long here = workingSeconds(day, created, due, workingDay);
            if (here >= target && here > 0) {
                Instant from = max(day.toInstant(), created);
                return from.plusSeconds(target).truncatedTo(ChronoUnit.SECONDS);
            }
            target -= here;
        }
    }

    /** The seconds of this day within [created, due], if it is a working day. */
    private static long workingSeconds(ZonedDateTime day, Instant created, Instant due,
                                       Predicate<LocalDate> workingDay) {
        if (!workingDay.test(day.toLocalDate())) {
            return 0;
        }
        Instant from = max(day.toInstant(), created);
        Instant to = min(day.plusDays(1).toInstant(), due);
        return to.isAfter(from) ? Duration.between(from, to).toSeconds() : 0;
    }

    private static ZonedDateTime startOfDay(Instant i) {
        return i.atZone(Shanghai.ZONE).toLocalDate().atStartOfDay(Shanghai.ZONE);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
