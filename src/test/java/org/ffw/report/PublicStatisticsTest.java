package org.ffw.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.ffw.complaint.ComplaintPublicFigures;
import org.ffw.rules.WorkingDays;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The published statistics against known data ({@link StatisticsFixture}, 2022): the exact figures, the small-count
 * rule (5 shown, 4 withheld), the secondary suppression, the page, the CSV and the 400s.
 * <pre>
 *   decided on acceptance   A 5 (3 within 5 working days)  B 4 (all)  C 1   city 10, 7 within → A shown, B C withheld
 *   findings                A 6 (2 4 6 8 30 40 days)       B 4 (1 3 5 7)     city 10, median 5.5
 *                           → B withheld, A too (secondary: the city minus A would give B)
 *   certified employers     A 5   B 4   C 3                city 12  → A shown
 *   certified posts         A 10  B 6   C 3                city 19  → C withheld, B too (secondary)
 * </pre>
 */
class PublicStatisticsTest extends ApiTest {

    static final String A = StatisticsFixture.A;
    static final String B = StatisticsFixture.B;
    static final String C = StatisticsFixture.C;

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
        StatisticsFixture.ensure(api, jdbc, runtime, workingDays);
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
        assertThat(html).contains("徐汇区", "长宁区", "全市合计", "少于5", "不公布", "60%", "70%", "5.5</td>",
                "2022-12-31");
        assertThat(html).doesNotContain(">310104", "FC-STAT22", "统计测试单位"); // codes only in element ids

        String english = api.anonymous().get("/public/statistics?year=2022&lang=en").text();
        assertThat(english).contains("Xuhui", "Whole city", "fewer than 5", "not published", "60%")
                .doesNotContain("徐汇区");

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
