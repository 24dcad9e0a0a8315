package org.ffw.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/** The public leave-entitlement calculator, through HTTP, with the table as deployed in Camunda. */
class LeaveEntitlementApiTest extends ApiTest {

    private static final String PATH = "/api/v1/leave-entitlements";

    @Test
    void twins_and_a_difficult_birth_anonymously() {
        var r = api.get(PATH + "?event=BIRTH&birthDate=2025-11-01&babies=2&difficultBirth=true");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.path("maternityLeaveDays").asInt()).isEqualTo(128);
        assertThat(e.path("birthLeaveDays").asInt()).isEqualTo(60);
        assertThat(e.path("totalDays").asInt()).isEqualTo(188);
        assertThat(e.path("leaveStart").asText()).isEqualTo("2025-11-01");
        assertThat(e.path("maternityLeaveEnd").asText()).isEqualTo("2026-03-08");
        assertThat(e.path("birthLeaveEnd").asText()).isEqualTo("2026-05-10");
        assertThat(e.path("holidayExtensionDays").asInt()).isEqualTo(3);
        assertThat(e.path("paternityLeaveDays").asInt()).isEqualTo(10);
        assertThat(e.path("childcareLeaveDaysPerYear").asInt()).isEqualTo(5);
        assertThat(e.path("childcareLeaveUntil").asText()).isEqualTo("2028-10-31");
        assertThat(e.path("nursingHoursPerDay").asInt()).isEqualTo(2);
        assertThat(e.path("nursingUntil").asText()).isEqualTo("2026-10-31");
        assertThat(e.path("basis").findValuesAsText("source")).contains("女职工劳动保护特别规定 第七条第一款",
                "上海市人口与计划生育条例 第三十一条");
        assertThat(e.path("basis").findValuesAsText("rule")).allSatisfy(rule -> assertThat(rule).isNotBlank());
    }

    @ParameterizedTest(name = "{0} → {1} + {2} = {3}")
    @CsvSource({
            "event=BIRTH&birthDate=2025-03-20,                               98, 60, 158",
            "event=BIRTH&birthDate=2025-03-20&lawfulBirth=false,             98,  0,  98",
            "event=MISCARRIAGE&birthDate=2026-04-01&pregnancyMonths=3,       15,  0,  15",
            "event=MISCARRIAGE&birthDate=2026-04-01&pregnancyMonths=4,       42,  0,  42",
            "event=BIRTH&birthDate=2026-01-20&leaveStart=2026-01-05,         98, 60, 158",
    })
    void reference_figures(String query, int maternity, int birth, int total) {
        var r = api.get(PATH + "?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("maternityLeaveDays").asInt()).isEqualTo(maternity);
        assertThat(r.json().path("birthLeaveDays").asInt()).isEqualTo(birth);
        assertThat(r.json().path("totalDays").asInt()).isEqualTo(total);
    }

    @Test
    void a_miscarriage_has_no_shanghai_additions() {
        JsonNode e = api.get(PATH + "?event=MISCARRIAGE&birthDate=2026-04-01&pregnancyMonths=5").json();
        assertThat(e.path("paternityLeaveDays").asInt()).isZero();
        assertThat(e.path("childcareLeaveDaysPerYear").asInt()).isZero();
        assertThat(e.path("nursingHoursPerDay").asInt()).isZero();
        assertThat(e.path("birthLeaveEnd").isNull()).isTrue();
        assertThat(e.path("childcareLeaveUntil").isNull()).isTrue();
        assertThat(e.path("maternityLeaveEnd").asText()).isEqualTo("2026-05-12");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
            "event=ADOPTION&birthDate=2026-03-02,                              event",
            "birthDate=2026-03-02,                                             event",
            "event=BIRTH,                                                      birthDate",
            "event=BIRTH&birthDate=2026-02-30,                                 birthDate",
            "event=BIRTH&birthDate=2020-03-02,                                 birthDate",
            "event=BIRTH&birthDate=2026-03-02&babies=0,                        babies",
            "event=BIRTH&birthDate=2026-03-02&babies=two,                      babies",
            "event=BIRTH&birthDate=2026-03-02&leaveStart=2026-03-03,           leaveStart",
            "event=BIRTH&birthDate=2026-03-02&leaveStart=2026-02-14,           leaveStart",
            "event=MISCARRIAGE&birthDate=2026-03-02,                           pregnancyMonths",
            "event=BIRTH&birthDate=2026-03-02&difficultBirth=maybe,            difficultBirth",
    })
    void bad_parameters_are_400_naming_the_parameter(String query, String field) {
        assertProblem(api.get(PATH + "?" + query), 400, field);
    }

    @Test
    void birth_leave_in_a_year_whose_holidays_are_not_loaded_is_counted_provisionally() {
        // 2022 is before the seeded years and no test loads it: counted on its statutory holidays (2013 rules)
        var r = api.get(PATH + "?event=BIRTH&birthDate=2022-03-01");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode e = r.json();
        assertThat(e.path("maternityLeaveEnd").asText()).isEqualTo("2022-06-06");
        assertThat(e.path("birthLeaveEnd").asText()).isEqualTo("2022-08-05");
        assertThat(e.path("provisional").asBoolean()).isTrue();
        assertThat(e.path("provisionalYears").toString()).isEqualTo("[2022]");
        assertThat(e.path("basis").findValuesAsText("rule"))
                .anySatisfy(rule -> assertThat(rule).contains("2022 年节假日安排尚未公布或尚未载入", "待", "确认"));
        JsonNode loaded = api.get(PATH + "?event=BIRTH&birthDate=2026-03-02").json();
        assertThat(loaded.path("provisional").asBoolean()).isFalse();
        assertThat(loaded.path("provisionalYears").isEmpty()).isTrue();
    }

    @Test
    void birth_leave_in_a_year_outside_the_table_of_statutory_holidays_is_422_naming_the_year() {
        // 2036 is past the table (2021–2035); tests that load it remove it again
        JsonNode problem = assertProblem(api.get(PATH + "?event=BIRTH&birthDate=2035-10-01"), 422);
        assertThat(problem.path("year").asInt()).isEqualTo(2036);
        assertThat(problem.path("detail").asText()).contains("2036");
    }
}
