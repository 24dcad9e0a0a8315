package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.ffw.complaint.StatisticsCases;
import org.ffw.rules.WorkingDays;
import org.ffw.support.Api;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Known data for the published statistics, in 2022, a year no other test has cases in: complaints lodged through the
 * API and dated there ({@link StatisticsCases}), certificates written as the certificate table stores them (the
 * procedure issues certificates today only). Xuhui (A), Changning (B) and Jing'an (C) hold the cases; every other
 * district has none, so "fewer than 5" as well.
 * <pre>
 *   decided on acceptance   A 5 (3 within 5 working days)  B 4 (all)  C 1   city 10, 7 within → A shown, B C withheld
 *   findings                A 6 (2 4 6 8 30 40 days)       B 4 (1 3 5 7)     city 10, median 5.5
 *                           → B withheld, A too (secondary: the city minus A would give B)
 *   certified employers     A 5   B 4   C 3                city 12  → A shown
 *   certified posts         A 10  B 6   C 3                city 19  → C withheld, B too (secondary)
 * </pre>
 */
final class StatisticsFixture {

    static final String A = "310104";
    static final String B = "310105";
    static final String C = "310106";
    static final LocalDate RECEIVED = LocalDate.of(2022, 3, 7); // a Monday, no holiday for weeks around it

    private static boolean loaded;

    private final Api api;
    private final JdbcTemplate jdbc;
    private final RuntimeService runtime;
    private final WorkingDays workingDays;

    private StatisticsFixture(Api api, JdbcTemplate jdbc, RuntimeService runtime, WorkingDays workingDays) {
        this.api = api;
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.workingDays = workingDays;
    }

    /** Loads the fixture once per application context (a static flag: all API tests share one). */
    static void ensure(Api api, JdbcTemplate jdbc, RuntimeService runtime, WorkingDays workingDays) {
        synchronized (StatisticsFixture.class) {
            if (loaded) {
                return;
            }
            // a database kept from an earlier run (MariaDB) holds the last run's fixture: start again
            jdbc.update("DELETE FROM friendly_certificate_post WHERE certificate_no LIKE 'FC-STAT22-%'");
            jdbc.update("DELETE FROM friendly_certificate WHERE certificate_no LIKE 'FC-STAT22-%'");
            List<String> old = jdbc.queryForList("SELECT case_no FROM complaint WHERE district IN (?, ?, ?)"
                    + " AND created_at >= '2021-11-30' AND created_at < '2023-01-01'", String.class, A, B, C);
            for (String caseNo : old) {
                jdbc.update("DELETE FROM complaint WHERE case_no = ?", caseNo);
                jdbc.update("DELETE FROM case_registry WHERE case_no = ?", caseNo);
            }
            new StatisticsFixture(api, jdbc, runtime, workingDays).complaints();
            certificates(jdbc);
            loaded = true;
        }
    }

    private void complaints() {
        LocalDateTime morning = StatisticsCases.morning(RECEIVED);
        LocalDate fifth = workingDays.after(RECEIVED, 5);
        assertThat(fifth).isEqualTo(LocalDate.of(2022, 3, 14));
        complaint(A, morning, fifth, 2);
        // 01:30 in Shanghai is still the day before in UTC: received on the 7th all the same, so in time
        complaint(A, RECEIVED.atTime(1, 30), fifth, 4);
        complaint(A, morning, LocalDate.of(2022, 3, 9), 6);
        complaint(A, morning, workingDays.after(RECEIVED, 6), 8); // late
        StatisticsCases.complaint(api, jdbc, runtime, A, morning, null, LocalDate.of(2022, 3, 10), null);
        // accepted in 2021 (not a decision of 2022), found in 2022
        complaint(A, StatisticsCases.morning(LocalDate.of(2021, 12, 1)), LocalDate.of(2021, 12, 3), 30);
        complaint(A, StatisticsCases.morning(LocalDate.of(2021, 12, 1)), LocalDate.of(2021, 12, 3), 40);
        for (int days : new int[] {1, 3, 5, 7}) {
            complaint(B, morning, LocalDate.of(2022, 3, 8), days);
        }
        StatisticsCases.complaint(api, jdbc, runtime, C, morning, null, LocalDate.of(2022, 3, 8), null);
    }

    private void complaint(String district, LocalDateTime received, LocalDate acceptedOn, int daysToFinding) {
        StatisticsCases.complaint(api, jdbc, runtime, district, received, acceptedOn, null,
                workingDays.after(acceptedOn, daysToFinding));
    }

    private static void certificates(JdbcTemplate jdbc) {
        int[][] postsPerEmployer = {{2, 2, 2, 2, 2}, {2, 2, 1, 1}, {1, 1, 1}};
        String[] districts = {A, B, C};
        int n = 0;
        for (int d = 0; d < districts.length; d++) {
            for (int posts : postsPerEmployer[d]) {
                certificate(jdbc, ++n, districts[d], LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), posts);
            }
        }
        // not valid on 31 December 2022: revoked in June, expired in November
        certificate(jdbc, ++n, A, LocalDate.of(2024, 12, 31), LocalDate.of(2022, 6, 1), 3);
        certificate(jdbc, ++n, A, LocalDate.of(2022, 11, 30), LocalDate.of(2022, 12, 1), 3);
    }

    private static void certificate(JdbcTemplate jdbc, int n, String district, LocalDate validTo, LocalDate endedOn, int posts) {
        String no = String.format("FC-STAT22-%03d", n);
        jdbc.update("INSERT INTO friendly_certificate (certificate_no, status, employer_credit_code, employer_name,"
                        + " district, issued_by_case, valid_from, valid_to, findings_after_id, warnings, ended_on,"
                        + " created_at, updated_at) VALUES (?, 'EXPIRED', ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?)",
                no, String.format("91310000STAT22%04d", n), "统计测试单位" + n, district, "FP-STAT22-" + n,
                LocalDate.of(2022, 1, 10), validTo, endedOn, LocalDateTime.of(2022, 1, 10, 2, 0),
                LocalDateTime.of(2022, 1, 10, 2, 0));
        for (int p = 1; p <= posts; p++) {
            jdbc.update("INSERT INTO friendly_certificate_post (certificate_no, post_no, title, headcount,"
                    + " working_time, measures, eligibility) VALUES (?, ?, '测试岗位', 2, '弹性', 'FLEXIBLE_HOURS',"
                    + " '抚育子女的职工')", no, p);
        }
    }
}
