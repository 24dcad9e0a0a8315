package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;

/**
 * Paging parameters and dates beyond what the API states answer 400 problem+json naming the parameter, in the
 * caller's language — never a 500 (issue 16: {@code page=2147483647} overflowed the offset; a date in year 999999999
 * overflowed the calendar arithmetic).
 */
class ParameterBoundsApiTest extends ApiTest {

    private static final String HUGE_DATE = "%2B999999999-12-31"; // +999999999-12-31, URL-encoded

    @Test
    void a_page_number_past_the_maximum_is_a_400_naming_page() {
        var inspector = api.as("inspector");
        assertProblem(inspector.get("/api/v1/tasks?page=2147483647"), 400, "page");
        assertProblem(inspector.get("/api/v1/employers?page=2147483647"), 400, "page");
        assertProblem(inspector.get("/api/v1/tasks?size=2147483647"), 400, "size");
        assertProblem(inspector.get("/api/v1/tasks?page=-1"), 400, "page");
        assertProblem(api.as("admin").get("/api/v1/admin/outbox?page=2147483647"), 400, "page");
        assertProblem(api.as("admin").get("/api/v1/admin/settings/history?limit=2147483647"), 400, "limit");
    }

    @Test
    void the_largest_page_stated_answers_an_empty_page() {
        var r = api.as("inspector").get("/api/v1/tasks?page=" + Paging.MAX_PAGE);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var e = api.as("inspector").get("/api/v1/employers?page=" + Paging.MAX_PAGE + "&size=" + Paging.MAX_SIZE);
        assertThat(e.status()).as(e.toString()).isEqualTo(200);
        assertThat(e.json().size()).isZero();
    }

    @Test
    void the_bound_is_said_in_the_callers_language() {
        var en = assertProblem(api.as("inspector").header("Accept-Language", "en")
                .get("/api/v1/tasks?page=2147483647"), 400, "page");
        assertThat(en.path("errors").get(0).path("message").asText()).isEqualTo("must be less than or equal to "
                + Paging.MAX_PAGE);
        var zh = assertProblem(api.as("inspector").header("Accept-Language", "zh-CN")
                .get("/api/v1/tasks?page=2147483647"), 400, "page");
        assertThat(zh.path("errors").get(0).path("message").asText()).isEqualTo("不能大于 " + Paging.MAX_PAGE);
    }

    @Test
    void a_date_far_outside_the_calendar_is_a_400_naming_it() {
        var r = assertProblem(api.header("Accept-Language", "en")
                .get("/api/v1/calendar/working-days?from=" + HUGE_DATE + "&add=5"), 400, "from");
        assertThat(r.path("errors").get(0).path("message").asText())
                .isEqualTo("must be a date from " + DateRange.MIN + " to " + DateRange.MAX);
        assertProblem(api.get("/api/v1/calendar/working-days/count?from=2026-01-01&to=" + HUGE_DATE), 400, "to");
        assertProblem(api.get("/api/v1/calendar/days/" + HUGE_DATE), 400, "date");
        assertProblem(api.get("/api/v1/calendar/working-days?from=-999999999-01-01&add=5"), 400, "from");
        var zh = assertProblem(api.header("Accept-Language", "zh-CN")
                .get("/api/v1/leave-entitlements?event=BIRTH&birthDate=" + HUGE_DATE), 400, "birthDate");
        assertThat(zh.path("errors").get(0).path("message").asText())
                .isEqualTo("日期应在 " + DateRange.MIN + " 至 " + DateRange.MAX + " 之间");
        assertProblem(api.get("/api/v1/leave-entitlements?event=BIRTH&birthDate=2026-03-10&leaveStart=" + HUGE_DATE),
                400, "leaveStart");
        assertProblem(api.get("/api/v1/calendar/working-days?from=2026-01-01&add=2147483647"), 400, "add");
    }

    @Test
    void a_date_in_a_json_body_far_outside_the_calendar_is_a_400_naming_it() {
        var r = api.as("employee").header("Accept-Language", "en").post("/api/v1/complaints", Map.of(
                "employerCreditCode", "91310115MA1K4LXXXX", "leaveType", "MATERNITY",
                "violationDate", "+999999999-12-31", "facts", "产假被拒绝批准，要求立即返岗上班。"));
        var body = assertProblem(r, 400, "violationDate");
        assertThat(body.path("errors").findValuesAsText("message"))
                .contains("must be a date from " + DateRange.MIN + " to " + DateRange.MAX);
    }

    @Test
    void a_page_number_past_the_maximum_on_a_page_is_not_a_500() {
        var staff = new PageSession(port).login("inspector", "demo");
        for (String path : new String[] {"/complaints?page=2147483647", "/tasks?page=2147483647",
                "/cases?caseNo=x&page=2147483647", "/public/certified-employers?page=2147483647"}) {
            var r = staff.get(path);
            assertThat(r.statusCode()).as(path + " → " + r.statusCode()).isBetween(200, 499);
        }
    }
}
