package org.ffw.complaint;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.RuntimeService;
import org.ffw.platform.Shanghai;
import org.ffw.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Complaints with known dates for the published statistics' tests (report.PublicStatisticsTest): lodged through the
 * API like any other ({@link Complaints#lodge}), then, since the procedure dates everything today, their process is
 * ended and their dates and district are set to the ones the test needs, in a year no other test uses.
 */
public final class StatisticsCases {

    private StatisticsCases() {
    }

    /**
     * A complaint of the district received at {@code receivedAt} (Shanghai time), then either accepted on
     * {@code acceptedOn} (with a finding on {@code foundOn}, if given) or, with {@code acceptedOn} null, closed as not
     * accepted on {@code notAcceptedOn}.
     */
    public static String complaint(Api api, JdbcTemplate jdbc, RuntimeService runtime, String district,
                                   LocalDateTime receivedAt, LocalDate acceptedOn, LocalDate notAcceptedOn,
                                   LocalDate foundOn) {
        String caseNo = Complaints.lodge(api);
        var pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult();
        if (pi != null) {
            runtime.deleteProcessInstance(pi.getId(), "statistics test fixture");
        }
        LocalDateTime createdUtc = receivedAt.atZone(Shanghai.ZONE).withZoneSameInstant(ZoneOffset.UTC)
                .toLocalDateTime();
        String status = acceptedOn == null || foundOn != null ? "CLOSED" : "INVESTIGATING";
        String outcome = acceptedOn == null ? "NOT_ACCEPTED" : foundOn != null ? "NOT_SUBSTANTIATED" : null;
        jdbc.update("UPDATE complaint SET district = ?, created_at = ?, accepted_on = ?,"
                        + " not_accepted_reason = ?, found_on = ?, finding = ?, status = ?, outcome = ?, closed_on = ?"
                        + " WHERE case_no = ?",
                district, createdUtc, acceptedOn, acceptedOn == null ? "OUT_OF_SCOPE" : null, foundOn,
                foundOn == null ? null : "NOT_SUBSTANTIATED", status, outcome,
                acceptedOn == null ? notAcceptedOn : foundOn, caseNo);
        jdbc.update("UPDATE case_registry SET district = ? WHERE case_no = ?", district, caseNo);
        return caseNo;
    }

    /** Received at 10:00 in Shanghai on the day. */
    public static LocalDateTime morning(LocalDate day) {
        return day.atTime(LocalTime.of(10, 0));
    }
}
