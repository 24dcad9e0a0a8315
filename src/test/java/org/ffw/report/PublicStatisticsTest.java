package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.ffw.complaint.ComplaintPublicFigures;
import org.ffw.complaint.StatisticsCases;
import org.ffw.rules.WorkingDays;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The published statistics against known data, in 2022, a year no other test has cases in: complaints lodged through
 * the API and dated there ({@link StatisticsCases}), certificates written as the certificate table stores them. Xuhui
 * (A), Changning (B) and Jing'an (C) hold the cases; every other district has none, so "fewer than 5" as well.
 * <pre>
 *   decided on acceptance   A 5 (3 within 5 working days)  B 4 (all)  C 1   city 10, 7 within → A shown, B C withheld
 *   findings                A 6 (2 4 6 8 30 40 days)       B 4 (1 3 5 7)     city 10, median 5.5
 *                           → B withheld, A too (secondary: the city minus A would give B)
 *   certified employers     A 5   B 4   C 3                city 12  → A shown
 *   certified posts         A 10  B 6   C 3                city 19  → C withheld, B too (secondary)
 * </pre>
 */
class PublicStatisticsTest extends ApiTest {

    static final String A = "310104";
    static final String B = "310105";
    static final String C = "310106";
    static final LocalDate RECEIVED = LocalDate.of(2022, 3, 7); // a Monday, no holiday for weeks around it

    private static boolean loaded;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ComplaintPublicFigures complaintFigures;

    @BeforeEach
    void fixture() {
        synchronized (PublicStatisticsTest.class) {
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
            complaints();
            certificates();
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

    private void certificates() {
        int[][] postsPerEmployer = {{2, 2, 2, 2, 2}, {2, 2, 1, 1}, {1, 1, 1}};
        String[] districts = {A, B, C};
        int n = 0;
        for (int d = 0; d < districts.length; d++) {
            for (int posts : postsPerEmployer[d]) {
                certificate(++n, districts[d], LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1), posts);
            }
        }
        // not valid on 31 December 2022: revoked in June, expired in November
        certificate(++n, A, LocalDate.of(2024, 12, 31), LocalDate.of(2022, 6, 1), 3);
        certificate(++n, A, LocalDate.of(2022, 11, 30), LocalDate.of(2022, 12, 1), 3);
    }

    private void certificate(int n, String district, LocalDate validTo, LocalDate endedOn, int posts) {
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

    private JsonNode year2022() {
        Api.Response r = api.anonymous().get("/api/v1/public/statistics?year=2022");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode district(JsonNode body, String code) {
        for (JsonNode d : body.path("districts")) {
            if (code.equals(d.path("districtCode").asText())) {
                return d;
            }
        }
        throw new AssertionError("no district " + code);
    }

    @Test
    void the_exact_figures_before_the_small_count_rule() {
        ComplaintPublicFigures.Period p = complaintFigures.between(LocalDate.of(2022, 1, 1),
                LocalDate.of(2022, 12, 31));
        assertThat(p.city().decided()).isEqualTo(10);
        assertThat(p.city().acceptedInTime()).isEqualTo(7);
        assertThat(p.city().findings()).isEqualTo(10);
        assertThat(p.city().medianWorkingDays()).isEqualByComparingTo("5.5");
        ComplaintPublicFigures.Figures a = p.districts().stream().filter(f -> f.district().equals(A)).findFirst()
                .orElseThrow();
        assertThat(a.decided()).isEqualTo(5);
        assertThat(a.acceptedInTime()).isEqualTo(3);
        assertThat(a.findings()).isEqualTo(6);
        assertThat(a.medianWorkingDays()).isEqualByComparingTo("7");
    }

    @Test
    void five_cases_are_published_four_are_fewer_than_5_with_no_share() {
        JsonNode body = year2022();
        assertThat(body.path("year").asInt()).isEqualTo(2022);
        JsonNode a = district(body, A);
        assertThat(a.path("district").asText()).isEqualTo("徐汇区");
        assertThat(a.path("complaintsDecided").asLong()).isEqualTo(5);
        assertThat(a.path("acceptedWithin5WorkingDaysPercent").decimalValue()).isEqualByComparingTo("60.0");
        JsonNode b = district(body, B);
        assertThat(b.path("complaintsDecided").asText()).isEqualTo("<5");
        assertThat(b.path("acceptedWithin5WorkingDaysPercent").isNull()).isTrue();
        assertThat(district(body, C).path("complaintsDecided").asText()).isEqualTo("<5");
        // a district without a case is fewer than 5 too
        assertThat(district(body, "310151").path("complaintsDecided").asText()).isEqualTo("<5");
        JsonNode city = body.path("city");
        assertThat(city.path("complaintsDecided").asLong()).isEqualTo(10);
        assertThat(city.path("acceptedWithin5WorkingDaysPercent").decimalValue()).isEqualByComparingTo("70.0");
        assertThat(body.path("districts")).hasSize(16);

        assertThat(a.path("certifiedEmployers").asLong()).isEqualTo(5);
        assertThat(district(body, B).path("certifiedEmployers").asText()).isEqualTo("<5");
        assertThat(district(body, C).path("certifiedEmployers").asText()).isEqualTo("<5");
        assertThat(city.path("certifiedEmployers").asLong()).isEqualTo(12);
        assertThat(body.path("certificatesValidOn").asText()).isEqualTo("2022-12-31");
    }

    @Test
    void a_count_the_city_total_would_give_away_is_withheld_as_well() {
        JsonNode body = year2022();
        JsonNode city = body.path("city");
        // findings: B (4) withheld; A (6) withheld too, else city 10 − A 6 = B
        assertThat(city.path("findings").asLong()).isEqualTo(10);
        assertThat(city.path("medianWorkingDaysToFinding").decimalValue()).isEqualByComparingTo("5.5");
        assertThat(district(body, A).path("findings").asText()).isEqualTo("<5");
        assertThat(district(body, A).path("medianWorkingDaysToFinding").isNull()).isTrue();
        assertThat(district(body, B).path("findings").asText()).isEqualTo("<5");
        // posts: C (3) alone below 5; B (6), the smallest shown, withheld with it; A (10) shown
        assertThat(city.path("certifiedPosts").asLong()).isEqualTo(19);
        assertThat(district(body, A).path("certifiedPosts").asLong()).isEqualTo(10);
        assertThat(district(body, B).path("certifiedPosts").asText()).isEqualTo("<5");
        assertThat(district(body, C).path("certifiedPosts").asText()).isEqualTo("<5");
    }

    @Test
    void the_page_and_the_csv_say_the_same_in_words() {
        Api.Response page = api.anonymous().get("/public/statistics?year=2022");
        assertThat(page.status()).isEqualTo(200);
        String html = page.text();
        assertThat(html).contains("徐汇区", "长宁区", "全市合计", "少于5", "不公布", "60%", "70%", "5.5个工作日",
                "2022-12-31");
        assertThat(html).doesNotContain(">310104", "FC-STAT22", "统计测试单位"); // codes only in element ids

        Api.Response csv = api.anonymous().get("/api/v1/public/statistics.csv?year=2022");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).startsWith("\uFEFF");
        assertThat(csv.text()).contains("310104,徐汇区,5,10,5,60.0,<5,", "310105,长宁区,<5,<5,<5,,<5,",
                "全市 city,12,19,10,70.0,10,5.5");
    }

    @Test
    void a_year_that_is_not_one_is_a_400_and_nothing_else() {
        assertProblem(api.anonymous().get("/api/v1/public/statistics?year=abc"), 400, "year");
        assertProblem(api.anonymous().get("/api/v1/public/statistics?year=2020"), 400, "year");
        assertProblem(api.anonymous().get("/api/v1/public/statistics?year=2999"), 400, "year");
        assertProblem(api.anonymous().get("/api/v1/public/statistics.csv?year=19"), 400, "year");
        Api.Response page = api.anonymous().get("/public/statistics?year=abc");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.text()).contains("id=\"err-year\"", "应为整数").doesNotContain("id=\"certified-table\"");
        // this year, without asking
        Api.Response now = api.anonymous().get("/api/v1/public/statistics");
        assertThat(now.status()).isEqualTo(200);
        assertThat(now.json().path("year").asInt()).isEqualTo(workingDays.today().getYear());
        assertThat(now.json().path("city").path("certifiedEmployers").isMissingNode()).isFalse();
    }

}
