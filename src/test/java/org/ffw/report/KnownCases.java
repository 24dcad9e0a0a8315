package org.ffw.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import org.ffw.support.BulkRows;

/**
 * A known set of cases for the report tests, all in the spring of 2022 (a period no other test uses) in Pudong
 * (310115) and Xuhui (310104): registry rows, complaints, subsidies, certificates, inspections of one campaign of its
 * own, and Camunda history rows of completed tasks. Case numbers carry a random part, so the set can be loaded again
 * on a database kept between runs; the tests compare the figures before and after loading.
 */
final class KnownCases {

    static final LocalDate FROM = LocalDate.of(2022, 3, 1);
    static final LocalDate TO = LocalDate.of(2022, 6, 30);
    static final String PUDONG = "310115";
    static final String XUHUI = "310104";
    static final String CAMPAIGN_TITLE = "报表测试专项检查";

    final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    final long campaignId = 8_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);

    private String no(String prefix, int n) {
        return prefix + "-2022-" + tag + n;
    }

    /** Shanghai time of a day as the UTC instant the database stores. */
    static Instant at(String day, int hour) {
        return LocalDate.parse(day).atTime(hour, 0).atZone(org.ffw.platform.Shanghai.ZONE).toInstant();
    }

    void load(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            registry(c);
            complaints(c);
            subsidies(c);
            certificates(c);
            inspections(c);
            tasks(c);
            c.setAutoCommit(true);
        }
    }

    /**
     * Takes the set out again, so that the exact figures other tests assert (the public statistics of 2022, {@code
     * PublicStatisticsTest}) never see it, whichever runs first.
     */
    void remove(DataSource dataSource) {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        String cases = "%-2022-" + tag + "%";
        jdbc.update("DELETE FROM ACT_HI_TASKINST WHERE ID_ LIKE ?", "ti-" + cases);
        jdbc.update("DELETE FROM ACT_HI_PROCINST WHERE ID_ LIKE ?", "pi-" + cases);
        jdbc.update("DELETE FROM inspection WHERE case_no LIKE ?", cases);
        jdbc.update("DELETE FROM friendly_certificate WHERE certificate_no LIKE ?", cases);
        jdbc.update("DELETE FROM subsidy_application WHERE case_no LIKE ?", cases);
        jdbc.update("DELETE FROM complaint WHERE case_no LIKE ?", cases);
        jdbc.update("DELETE FROM case_registry WHERE case_no LIKE ?", cases);
    }

    /**
     * Pudong: two complaints opened in the week of Monday 7 March 2022 (one closed on the 9th), a subsidy opened on Monday
     * 14 March at 00:30 Shanghai time (Sunday in UTC); Xuhui: one complaint that week.
     */
    private void registry(Connection c) throws SQLException {
        try (BulkRows r = new BulkRows(c, "case_registry", 50)) {
            r.add(registryRow(no("LC", 1), "LEAVE_COMPLAINT", PUDONG, at("2022-03-07", 10), at("2022-03-09", 16)));
            r.add(registryRow(no("LC", 2), "LEAVE_COMPLAINT", PUDONG, at("2022-03-08", 10), null));
            r.add(registryRow(no("ES", 1), "EMPLOYER_SUBSIDY", PUDONG,
                    LocalDate.parse("2022-03-14").atTime(0, 30).atZone(org.ffw.platform.Shanghai.ZONE).toInstant(),
                    null));
            r.add(registryRow(no("LC", 3), "LEAVE_COMPLAINT", XUHUI, at("2022-03-07", 11), null));
        }
    }

    private Map<String, Object> registryRow(String caseNo, String procedure, String district, Instant opened,
                                            Instant closed) {
        Map<String, Object> m = new HashMap<>();
        m.put("case_no", caseNo);
        m.put("procedure_code", procedure);
        m.put("district", district);
        m.put("status", closed == null ? "SUBMITTED" : "CLOSED");
        m.put("summary", "报表测试 " + caseNo);
        m.put("process_instance_id", "pi-" + caseNo);
        m.put("opened_at", opened);
        m.put("closed_at", closed);
        m.put("updated_at", opened);
        return m;
    }

    /**
     * Pudong: MATERNITY substantiated (accepted Mon 7 March, found Mon 14 March: 5 working days), MATERNITY without
     * a finding, PATERNITY not substantiated (16 → 23 May: 5) and substantiated (9 → 30 May: 15); Xuhui: CHILDCARE
     * substantiated (7 → 28 March: 15).
     */
    private void complaints(Connection c) throws SQLException {
        try (BulkRows r = new BulkRows(c, "complaint", 50)) {
            r.add(complaint(no("LC", 1), PUDONG, "MATERNITY", "SUBSTANTIATED", "2022-03-07", "2022-03-14"));
            r.add(complaint(no("LC", 2), PUDONG, "MATERNITY", null, null, null));
            r.add(complaint(no("LC", 4), PUDONG, "PATERNITY", "NOT_SUBSTANTIATED", "2022-05-16", "2022-05-23"));
            r.add(complaint(no("LC", 5), PUDONG, "PATERNITY", "SUBSTANTIATED", "2022-05-09", "2022-05-30"));
            r.add(complaint(no("LC", 3), XUHUI, "CHILDCARE", "SUBSTANTIATED", "2022-03-07", "2022-03-28"));
        }
    }

    private Map<String, Object> complaint(String caseNo, String district, String leaveType, String finding,
                                          String accepted, String found) {
        Map<String, Object> m = new HashMap<>();
        m.put("case_no", caseNo);
        m.put("status", finding == null ? "INVESTIGATING" : "SUBSTANTIATED");
        m.put("employer_credit_code", "91310115MA1H8R7C41");
        m.put("employer_name", "报表测试单位");
        m.put("workplace_district", district);
        m.put("district", district);
        m.put("leave_type", leaveType);
        m.put("facts", "报表测试");
        m.put("finding", finding);
        m.put("accepted_on", accepted == null ? null : LocalDate.parse(accepted));
        m.put("found_on", found == null ? null : LocalDate.parse(found));
        Instant created = accepted == null ? at("2022-03-08", 9) : at(accepted, 9);
        m.put("created_at", created);
        m.put("updated_at", created);
        return m;
    }

    /** Pudong: 1,000.50 approved 15 March and paid 2 April; 2,000.00 approved 11 April; Xuhui: 500.00 in March. */
    private void subsidies(Connection c) throws SQLException {
        try (BulkRows r = new BulkRows(c, "subsidy_application", 50)) {
            r.add(subsidy(no("ES", 1), PUDONG, "1000.50", "2022-03-15", "2022-04-02"));
            r.add(subsidy(no("ES", 2), PUDONG, "2000.00", "2022-04-11", null));
            r.add(subsidy(no("ES", 3), XUHUI, "500.00", "2022-03-21", null));
        }
    }

    private Map<String, Object> subsidy(String caseNo, String district, String amount, String approved, String paid) {
        Map<String, Object> m = new HashMap<>();
        m.put("case_no", caseNo);
        m.put("status", paid == null ? "APPROVED" : "PAID");
        m.put("district", district);
        m.put("employer_credit_code", "91310115MA1H8R7C41");
        m.put("child_birth_date", LocalDate.parse("2022-01-01"));
        m.put("leave_start", LocalDate.parse("2022-01-01"));
        m.put("leave_end", LocalDate.parse("2022-05-31"));
        m.put("requested_amount", new BigDecimal(amount));
        m.put("approved_amount", new BigDecimal(amount));
        m.put("approved_on", LocalDate.parse(approved));
        m.put("paid_on", paid == null ? null : LocalDate.parse(paid));
        m.put("active_key", null);
        m.put("created_at", at("2022-03-01", 9));
        m.put("updated_at", at("2022-03-01", 9));
        return m;
    }

    /** Pudong: one valid, one revoked, one expired in the period and one expired long before; Xuhui: one valid. */
    private void certificates(Connection c) throws SQLException {
        try (BulkRows r = new BulkRows(c, "friendly_certificate", 50)) {
            r.add(certificate(no("FC", 1), PUDONG, "VALID", "2022-01-01", "2024-12-31"));
            r.add(certificate(no("FC", 2), PUDONG, "REVOKED", "2021-01-01", "2023-12-31"));
            r.add(certificate(no("FC", 3), PUDONG, "EXPIRED", "2019-04-01", "2022-03-31"));
            r.add(certificate(no("FC", 4), PUDONG, "EXPIRED", "2010-01-01", "2012-12-31"));
            r.add(certificate(no("FC", 5), XUHUI, "VALID", "2022-02-01", "2025-01-31"));
        }
    }

    private Map<String, Object> certificate(String no, String district, String status, String from, String to) {
        Map<String, Object> m = new HashMap<>();
        m.put("certificate_no", no);
        m.put("status", status);
        m.put("district", district);
        m.put("employer_credit_code", "91310115MA1H8R7C41");
        m.put("employer_name", "报表测试单位");
        m.put("issued_by_case", no);
        m.put("valid_from", LocalDate.parse(from));
        m.put("valid_to", LocalDate.parse(to));
        m.put("created_at", at("2022-01-01", 9));
        m.put("updated_at", at("2022-01-01", 9));
        return m;
    }

    /**
     * The campaign's inspections — Pudong: found without violation, a violation put right, a violation not put right,
     * one without a finding yet; Xuhui: a violation.
     */
    private void inspections(Connection c) throws SQLException {
        try (BulkRows r = new BulkRows(c, "inspection", 50)) {
            r.add(inspection(no("LI", 1), PUDONG, "NO_VIOLATION", null, "2022-04-11"));
            r.add(inspection(no("LI", 2), PUDONG, "VIOLATION", "RECTIFIED", "2022-04-12"));
            r.add(inspection(no("LI", 3), PUDONG, "VIOLATION", "NOT_RECTIFIED", "2022-04-13"));
            r.add(inspection(no("LI", 4), PUDONG, null, null, null));
            r.add(inspection(no("LI", 5), XUHUI, "VIOLATION", null, "2022-04-14"));
        }
    }

    private Map<String, Object> inspection(String caseNo, String district, String finding, String verification,
                                           String found) {
        Map<String, Object> m = new HashMap<>();
        m.put("case_no", caseNo);
        m.put("campaign_id", campaignId);
        m.put("campaign_title", CAMPAIGN_TITLE);
        m.put("district", district);
        m.put("employer_credit_code", "91310115MA1H8R7C41");
        m.put("employer_name", "报表测试单位");
        m.put("leave_types", "MATERNITY");
        m.put("period_from", LocalDate.parse("2021-01-01"));
        m.put("period_to", LocalDate.parse("2021-12-31"));
        m.put("draw_reason", "RANDOM");
        m.put("status", found == null ? "REVIEWING" : "CLOSED");
        m.put("finding", finding);
        m.put("verification", verification);
        m.put("found_on", found == null ? null : LocalDate.parse(found));
        m.put("created_at", at("2022-03-21", 9));
        m.put("updated_at", at("2022-03-21", 9));
        return m;
    }

    /**
     * Camunda's history of the Pudong complaint LC-…1: a task completed before its deadline, one after it, one
     * deleted (not completed), one without a deadline and one in time in the called order-to-correct process; of the
     * Xuhui complaint: one completed in time.
     */
    private void tasks(Connection c) throws SQLException {
        try (BulkRows p = new BulkRows(c, "ACT_HI_PROCINST", 50)) {
            p.add(process(no("LC", 1)));
            p.add(process(no("LC", 3)));
        }
        try (BulkRows t = new BulkRows(c, "ACT_HI_TASKINST", 50)) {
            t.add(task(no("LC", 1), 1, "completed", at("2022-03-08", 10), at("2022-03-11", 17)));
            t.add(task(no("LC", 1), 2, "completed", at("2022-03-15", 10), at("2022-03-11", 17)));
            t.add(task(no("LC", 1), 3, "deleted", at("2022-03-08", 10), at("2022-03-11", 17)));
            t.add(task(no("LC", 1), 4, "completed", at("2022-03-08", 10), null));
            t.add(task(no("LC", 3), 5, "completed", at("2022-03-08", 10), at("2022-03-11", 17)));
            // a task of the called order-to-correct process counts for the complaint it was called from
            Map<String, Object> called = task(no("LC", 1), 6, "completed", at("2022-03-08", 10),
                    at("2022-03-11", 17));
            called.put("PROC_INST_ID_", "pi-called-" + no("LC", 1));
            called.put("PROC_DEF_KEY_", "leave-correction");
            called.put("PROC_DEF_ID_", "leave-correction:0:report-test");
            t.add(called);
        }
    }

    private Map<String, Object> process(String caseNo) {
        Map<String, Object> m = new HashMap<>();
        m.put("ID_", "pi-" + caseNo);
        m.put("PROC_INST_ID_", "pi-" + caseNo);
        m.put("ROOT_PROC_INST_ID_", "pi-" + caseNo);
        m.put("BUSINESS_KEY_", caseNo);
        m.put("PROC_DEF_KEY_", "leave-complaint");
        m.put("PROC_DEF_ID_", "leave-complaint:0:report-test");
        m.put("START_TIME_", at("2022-03-07", 10));
        return m;
    }

    private Map<String, Object> task(String caseNo, int n, String reason, Instant end, Instant due) {
        Map<String, Object> m = new HashMap<>();
        m.put("ID_", "ti-" + caseNo + "-" + n);
        m.put("PROC_INST_ID_", "pi-" + caseNo);
        m.put("ROOT_PROC_INST_ID_", "pi-" + caseNo);
        m.put("PROC_DEF_KEY_", "leave-complaint");
        m.put("PROC_DEF_ID_", "leave-complaint:0:report-test");
        m.put("TASK_DEF_KEY_", "triage");
        m.put("NAME_", "报表测试");
        m.put("START_TIME_", at("2022-03-07", 10));
        m.put("END_TIME_", end);
        m.put("DUE_DATE_", due);
        m.put("DELETE_REASON_", reason);
        return m;
    }
}
