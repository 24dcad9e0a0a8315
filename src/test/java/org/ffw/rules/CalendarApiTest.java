package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The calendar API. Loading uses the made-up year 2099 (no other test uses it); the "not loaded" cases use 2090,
 * which nothing loads, and the provisional cases 2033, which nothing loads either (the test makes sure).
 */
class CalendarApiTest extends ApiTest {

    @Autowired
    DataSource dataSource;

    @Test
    void nth_working_day_after_a_date_is_public() {
        var r = api.get("/api/v1/calendar/working-days?from=2026-09-30&add=5");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(json(Map.of("from", "2026-09-30", "add", 5, "date", "2026-10-13",
                "provisional", false, "provisionalYears", List.of())));
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2}")
    @CsvSource({"2025-01-27, 5, 2025-02-10", "2025-12-31, 1, 2026-01-04", "2026-02-13, 1, 2026-02-14",
            "2026-04-30, 4, 2026-05-09", "2026-03-02, 0, 2026-03-02"})
    void working_days_over_holiday_blocks(String from, int add, String date) {
        var r = api.get("/api/v1/calendar/working-days?from=" + from + "&add=" + add);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("date").asText()).isEqualTo(date);
    }

    @Test
    void working_days_between_two_dates() {
        var r = api.get("/api/v1/calendar/working-days/count?from=2026-09-30&to=2026-10-13");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(json(Map.of("from", "2026-09-30", "to", "2026-10-13", "workingDays", 5,
                "provisional", false, "provisionalYears", List.of())));
        assertProblem(api.get("/api/v1/calendar/working-days/count?from=2026-10-13&to=2026-09-30"), 400, "to");
    }

    @Test
    void a_single_day() {
        JsonNode sat = api.get("/api/v1/calendar/days/2026-10-10").json();
        assertThat(sat.path("workingDay").asBoolean()).isTrue();
        assertThat(sat.path("kind").asText()).isEqualTo("ADJUSTED_WORKDAY");
        assertThat(sat.path("name").asText()).isEqualTo("国庆节");
        assertThat(sat.path("provisional").asBoolean()).isFalse();
        JsonNode plain = api.get("/api/v1/calendar/days/2026-10-11").json();
        assertThat(plain.path("workingDay").asBoolean()).isFalse();
        assertThat(plain.path("kind").isNull()).isTrue();
    }

    @ParameterizedTest(name = "{0} lists {1} special days, 248 working days")
    @CsvSource({"2025, 24", "2026, 28"})
    void a_seeded_year_is_listed_publicly(int year, int specialDays) {
        var r = api.get("/api/v1/calendar/" + year);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("year").asInt()).isEqualTo(year);
        assertThat(body.path("workingDays").asInt()).isEqualTo(248);
        assertThat(body.path("statutoryHolidays").asInt()).isEqualTo(13);
        assertThat(body.path("source").asText()).contains("国务院办公厅关于" + year + "年部分节假日安排的通知");
        assertThat(body.path("days")).hasSize(specialDays);
        assertThat(body.path("days").get(0).path("date").asText()).startsWith(year + "-01-");
        assertThat(body.path("provisional").asBoolean()).isFalse();
        assertThat(api.get("/api/v1/calendar").json().path("years").toString()).contains("2025", "2026");
    }

    @Test
    void a_year_not_loaded_but_in_the_table_is_counted_on_its_statutory_holidays_and_says_so() {
        forget(2033);
        // 春节 2033: 除夕 Sunday 30 Jan, 初一–初三 Monday 31 Jan – Wednesday 2 Feb; no 调休 is known yet
        var r = api.get("/api/v1/calendar/working-days?from=2033-01-28&add=2");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json()).isEqualTo(json(Map.of("from", "2033-01-28", "add", 2, "date", "2033-02-04",
                "provisional", true, "provisionalYears", List.of(2033))));
        r = api.get("/api/v1/calendar/working-days/count?from=2033-01-28&to=2033-02-04");
        assertThat(r.json()).isEqualTo(json(Map.of("from", "2033-01-28", "to", "2033-02-04", "workingDays", 2,
                "provisional", true, "provisionalYears", List.of(2033))));
        JsonNode holiday = api.get("/api/v1/calendar/days/2033-01-31").json();
        assertThat(holiday.path("workingDay").asBoolean()).isFalse();
        assertThat(holiday.path("kind").asText()).isEqualTo("STATUTORY_HOLIDAY");
        assertThat(holiday.path("name").asText()).isEqualTo("春节");
        assertThat(holiday.path("provisional").asBoolean()).isTrue();
        JsonNode ordinary = api.get("/api/v1/calendar/days/2033-03-01").json();
        assertThat(ordinary.path("workingDay").asBoolean()).isTrue();
        assertThat(ordinary.path("kind").isNull()).isTrue();
        assertThat(ordinary.path("provisional").asBoolean()).isTrue();

        r = api.get("/api/v1/calendar/2033");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode year = r.json();
        assertThat(year.path("provisional").asBoolean()).isTrue();
        assertThat(year.path("loadedAt").isNull()).isTrue();
        assertThat(year.path("source").asText()).contains("暂定", "全国年节及纪念日放假办法");
        assertThat(year.path("statutoryHolidays").asInt()).isEqualTo(13);
        assertThat(year.path("days")).hasSize(13);
        // 260 weekdays less the 8 statutory days on a weekday
        assertThat(year.path("workingDays").asInt()).isEqualTo(252);

        JsonNode years = api.get("/api/v1/calendar").json();
        assertThat(years.path("years").toString()).contains("2025", "2026").doesNotContain("2033");
        assertThat(years.path("provisionalYears").toString()).contains("2033").doesNotContain("2025", "2026");
    }

    @Test
    void a_calculation_reaching_a_year_not_loaded_is_422_naming_the_year() {
        var r = api.get("/api/v1/calendar/working-days?from=2089-12-31&add=5");
        JsonNode problem = assertProblem(r, 422);
        assertThat(problem.path("year").asInt()).isEqualTo(2090);
        assertThat(problem.path("detail").asText()).contains("2090");
        assertThat(problem.path("type").asText()).endsWith("calendar-year-not-loaded");
        assertProblem(api.get("/api/v1/calendar/days/2090-05-01"), 422);
        assertProblem(api.get("/api/v1/calendar/2090"), 404);
    }

    @Test
    void bad_parameters_are_400_naming_the_parameter() {
        assertProblem(api.get("/api/v1/calendar/working-days?add=5"), 400, "from");
        assertProblem(api.get("/api/v1/calendar/working-days?from=2026-09-30"), 400, "add");
        assertProblem(api.get("/api/v1/calendar/working-days?from=2026-09-30&add=-1"), 400, "add");
        assertProblem(api.get("/api/v1/calendar/working-days?from=2026-09-30&add=five"), 400, "add");
        assertProblem(api.get("/api/v1/calendar/working-days?from=2026-13-01&add=5"), 400, "from");
        assertProblem(api.get("/api/v1/calendar/twenty"), 400, "year");
    }

    @Test
    void loading_a_year_is_for_admin() {
        // anonymous: refused before it reaches the controller
        assertProblem(api.put("/api/v1/calendar/2099", schedule2099()), 401);
        assertProblem(api.as("inspector").put("/api/v1/calendar/2099", schedule2099()), 403);
        assertProblem(api.as("employee").put("/api/v1/calendar/2099", schedule2099()), 403);
    }

    @Test
    void admin_loads_next_years_schedule_and_it_is_used_at_once() {
        var r = api.as("admin").put("/api/v1/calendar/2099", schedule2099());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("workingDays").asInt()).isEqualTo(260);
        assertThat(r.json().path("days")).hasSize(3);
        // loading again replaces the year
        r = api.as("admin").put("/api/v1/calendar/2099", schedule2099());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(api.get("/api/v1/calendar/2099").json().path("days")).hasSize(3);
        // 1 Jan statutory, 2 Jan rest, 3 Jan Saturday, 4 Jan worked Sunday
        assertThat(api.get("/api/v1/calendar/working-days?from=2098-12-31&add=1").json().path("date").asText())
                .isEqualTo("2099-01-04");
        assertThat(api.get("/api/v1/calendar").json().path("years").toString()).contains("2099");
    }

    @Test
    void a_schedule_is_validated_before_it_is_stored() {
        assertProblem(load(2098, Map.of("source", "notice", "days", List.of(
                day("2098-01-01", "STATUTORY_HOLIDAY"),
                day("2098-01-06", "ADJUSTED_WORKDAY")))), 400, "days[1].kind");
        assertProblem(load(2098, Map.of("source", "notice", "days", List.of(
                day("2098-01-01", "STATUTORY_HOLIDAY"),
                day("2098-01-04", "ADJUSTED_REST")))), 400, "days[1].kind");
        assertProblem(load(2098, Map.of("source", "notice", "days", List.of(
                day("2097-12-31", "STATUTORY_HOLIDAY")))), 400, "days[0].date");
        assertProblem(load(2098, Map.of("source", "notice", "days", List.of(
                day("2098-01-01", "STATUTORY_HOLIDAY"), day("2098-01-01", "STATUTORY_HOLIDAY")))), 400, "days[1].date");
        assertProblem(load(2098, Map.of("days", List.of(day("2098-01-01", "STATUTORY_HOLIDAY")))), 400, "source");
        assertProblem(load(2098, Map.of("source", "notice", "days", List.of())), 400, "days");
        assertProblem(load(2098, Map.of("source", "notice", "days", List.of(
                day("2098-01-01", "HOLIDAY")))), 400, "days[0].kind");
        assertProblem(load(2098, Map.of("source", "notice", "days", List.of(
                day("2098-01-01", "STATUTORY_HOLIDAY")), "extra", true)), 400, "extra");
        assertProblem(load(1899, Map.of("source", "notice", "days", List.of(
                day("1900-06-01", "STATUTORY_HOLIDAY")))), 400, "year");
        // nothing of it was stored
        assertProblem(api.get("/api/v1/calendar/2098"), 404);
    }

    private static Map<String, Object> schedule2099() {
        return Map.of("source", "test schedule (not a real notice)", "days", List.of(
                Map.of("date", "2099-01-01", "kind", "STATUTORY_HOLIDAY", "name", "元旦"),
                Map.of("date", "2099-01-02", "kind", "ADJUSTED_REST", "name", "元旦"),
                Map.of("date", "2099-01-04", "kind", "ADJUSTED_WORKDAY", "name", "元旦")));
    }

    private static Map<String, Object> day(String date, String kind) {
        return Map.of("date", date, "kind", kind);
    }

    private static JsonNode json(Object value) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(value);
    }

    private void forget(int year) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        org.ffw.support.TestCalendars.forget(jdbc, year);
    }

    private Api.Response load(int year, Object body) {
        return api.as("admin").put("/api/v1/calendar/" + year, body);
    }
}
