package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

class SecurityApiTest extends ApiTest {

    @ParameterizedTest(name = "{0} signs in as {1}")
    @CsvSource({
            "admin, ADMIN, , ",
            "employee, EMPLOYEE, , ",
            "employee2, EMPLOYEE, , ",
            "employer, EMPLOYER, , 91310115MA1H8R7C41",
            "employer2, EMPLOYER, , 91310104MA1K3P5Q2X",
            "inspector, INSPECTOR, 310115, ",
            "inspector2, INSPECTOR, 310115, ",
            "inspector3, INSPECTOR, 310115, ",
            "inspector-xuhui, INSPECTOR, 310104, ",
            "supervisor, SUPERVISOR, 310115, ",
            "union, UNION_REVIEWER, 310115, ",
            "officer, SUBSIDY_OFFICER, 310115, ",
    })
    void every_demo_account_signs_in_and_sees_itself(String user, String role, String district, String employer) {
        var r = api.as(user).get("/api/v1/me");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonNode me = r.json();
        assertThat(me.path("username").asText()).isEqualTo(user);
        assertThat(me.path("displayName").asText()).isNotBlank();
        assertThat(me.path("roles")).hasSize(1);
        assertThat(me.path("roles").get(0).asText()).isEqualTo(role);
        assertThat(me.path("district").isNull() ? null : me.path("district").asText()).isEqualTo(district);
        assertThat(me.path("employerCreditCode").isNull() ? null : me.path("employerCreditCode").asText())
                .isEqualTo(employer);
        assertThat(me.has("district")).isTrue();
        assertThat(me.has("employerCreditCode")).isTrue();
    }

    @Test
    void anonymous_api_call_is_401_problem() {
        var r = api.get("/api/v1/me");
        assertProblem(r, 401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void wrong_password_is_401_problem() {
        assertProblem(api.as("inspector", "wrong").get("/api/v1/me"), 401);
    }

    @Test
    void unknown_user_is_401_problem() {
        assertProblem(api.as("nobody", "demo").get("/api/v1/me"), 401);
    }

    @Test
    void engine_rest_is_for_admin_only() {
        assertProblem(api.get("/engine-rest/engine"), 401);
        assertProblem(api.as("inspector").get("/engine-rest/engine"), 403);
        assertProblem(api.as("employee").get("/engine-rest/engine"), 403);
        var r = api.as("admin").get("/engine-rest/engine");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).contains("default");
    }

    @Test
    void health_is_public_and_up() {
        var r = api.get("/actuator/health");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("UP");
    }

    @Test
    void other_actuator_endpoints_are_not_public() {
        assertThat(api.get("/actuator/env").status()).isIn(302, 401, 403, 404);
        assertThat(api.get("/actuator/env").text()).doesNotContain("spring.datasource");
    }

    @Test
    void districts_are_reference_data() {
        var r = api.get("/api/v1/districts");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json()).hasSize(16);
        assertThat(r.json().findValuesAsText("code")).contains("310101", "310115", "310151");
        assertThat(r.text()).contains("浦东新区");
    }

    @Test
    void unknown_api_path_is_404_problem() {
        assertProblem(api.as("inspector").get("/api/v1/no-such-thing"), 404);
    }

    @Test
    void openapi_description_is_served() {
        var r = api.get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("paths").has("/api/v1/me")).isTrue();
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void api_post_on_a_browser_session_needs_the_csrf_token() {
        // a session cookie without Authorization header and without CSRF token is refused
        var login = new PageSession(port).login("employee", "demo");
        var r = login.postJson("/api/v1/me", "{}", false);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.text()).contains("CSRF");
    }
}
