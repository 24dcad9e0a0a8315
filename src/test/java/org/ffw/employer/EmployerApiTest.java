package org.ffw.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.ffw.rules.CreditCodes;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class EmployerApiTest extends ApiTest {

    static final String PUDONG_CO = "91310115MA1H8R7C41";
    static final String XUHUI_CO = "91310104MA1K3P5Q2X";

    @Autowired
    EmployerService employers;

    @ParameterizedTest
    @ValueSource(strings = {"inspector", "inspector-xuhui", "supervisor", "union", "officer", "admin"})
    void staff_read_an_employer(String user) {
        var r = api.as(user).get("/api/v1/employers/" + PUDONG_CO);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("name").asText()).isEqualTo("上海示例科技有限公司");
        assertThat(r.json().path("districtCode").asText()).isEqualTo("310115");
        assertThat(r.json().path("orgType").asText()).isEqualTo("ENTERPRISE");
        assertThat(r.json().path("status").asText()).isEqualTo("REGISTERED");
    }

    @Test
    void an_employer_reads_only_itself() {
        assertThat(api.as("employer").get("/api/v1/employers/" + PUDONG_CO).status()).isEqualTo(200);
        assertProblem(api.as("employer").get("/api/v1/employers/" + XUHUI_CO), 403);
        assertProblem(api.as("employer2").get("/api/v1/employers/" + PUDONG_CO), 403);
    }

    @Test
    void an_employee_may_not_look_up_employers() {
        assertProblem(api.as("employee").get("/api/v1/employers/" + PUDONG_CO), 403);
        assertProblem(api.get("/api/v1/employers/" + PUDONG_CO), 401);
    }

    @Test
    void malformed_code_is_400_naming_the_problem() {
        var body = assertProblem(api.as("inspector").get("/api/v1/employers/91310115MA1H8R7C4"), 400, "creditCode");
        assertThat(body.path("errors").get(0).path("message").asText()).contains("18 characters");
    }

    @Test
    void wrong_check_character_is_400_without_revealing_the_right_one() {
        var body = assertProblem(api.as("inspector").get("/api/v1/employers/91310115MA1H8R7C42"), 400, "creditCode");
        // the right check character of 91310115MA1H8R7C4 is '1': the answer says the code is wrong, not how to fix it
        assertThat(body.path("errors").get(0).path("message").asText()).contains("check character")
                .doesNotContain("'1'").doesNotContain("should be");
    }

    @Test
    void unknown_valid_code_is_404() {
        assertProblem(api.as("inspector").get("/api/v1/employers/91310115MA1AY4CL20"), 404);
    }

    @Test
    void registration_is_idempotent() {
        String code = freshCode();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("creditCode", code, "name", "上海幂等测试有限公司", "district", "310115");
        var first = api.as("supervisor").header("Idempotency-Key", key).post("/api/v1/employers", body);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.header("Location")).isEqualTo("/api/v1/employers/" + code);

        var retry = api.as("supervisor").header("Idempotency-Key", key).post("/api/v1/employers", body);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json()).isEqualTo(first.json());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");

        // the same key for another request is refused, and creates nothing
        String other = freshCode();
        var reused = api.as("supervisor").header("Idempotency-Key", key).post("/api/v1/employers",
                Map.of("creditCode", other, "name", "别的公司", "district", "310115"));
        assertProblem(reused, 422);
        assertThat(employers.exists(other)).isFalse();

        // without a key a second registration of the same code is a conflict
        assertProblem(api.as("supervisor").post("/api/v1/employers", body), 409);
    }

    @Test
    void keys_are_scoped_to_the_caller() {
        String key = UUID.randomUUID().toString();
        String a = freshCode();
        String b = freshCode();
        assertThat(api.as("supervisor").header("Idempotency-Key", key).post("/api/v1/employers",
                Map.of("creditCode", a, "name", "甲公司", "district", "310115")).status()).isEqualTo(201);
        assertThat(api.as("admin").header("Idempotency-Key", key).post("/api/v1/employers",
                Map.of("creditCode", b, "name", "乙公司", "district", "310104")).status()).isEqualTo(201);
        assertThat(employers.exists(a)).isTrue();
        assertThat(employers.exists(b)).isTrue();
    }

    @Test
    void bad_registration_lists_every_field_and_stores_nothing() {
        String code = freshCode();
        String wrong = code.substring(0, 17) + (code.charAt(17) == '0' ? '1' : '0');
        var r = api.as("supervisor").post("/api/v1/employers",
                Map.of("creditCode", wrong, "name", " ", "district", "31011"));
        assertProblem(r, 400, "creditCode", "name", "district");
        assertThat(employers.exists(wrong)).isFalse();
    }

    @Test
    void unknown_district_is_400_and_stores_nothing() {
        String code = freshCode();
        var r = api.as("supervisor").post("/api/v1/employers",
                Map.of("creditCode", code, "name", "未知区公司", "district", "999999"));
        assertProblem(r, 400, "district");
        assertThat(employers.exists(code)).isFalse();
    }

    @Test
    void unknown_json_property_is_rejected() {
        String code = freshCode();
        var r = api.as("supervisor").post("/api/v1/employers",
                Map.of("creditCode", code, "name", "多字段公司", "district", "310115", "isAdmin", true));
        var body = assertProblem(r, 400, "isAdmin");
        assertThat(body.path("errors").get(0).path("message").asText()).contains("not a known property");
        assertThat(employers.exists(code)).isFalse();
    }

    @Test
    void malformed_json_is_400_problem() {
        assertProblem(api.as("supervisor").post("/api/v1/employers", "{\"creditCode\": "), 400);
    }

    @Test
    void only_supervisor_and_admin_register() {
        var body = Map.of("creditCode", freshCode(), "name", "无权公司", "district", "310115");
        assertProblem(api.as("inspector").post("/api/v1/employers", body), 403);
        assertProblem(api.as("employer").post("/api/v1/employers", body), 403);
    }

    @Test
    void search_by_district_and_name() {
        var r = api.as("inspector").get("/api/v1/employers?district=310104&name=%E6%A0%B7%E6%9C%AC");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().findValuesAsText("creditCode")).contains(XUHUI_CO).doesNotContain(PUDONG_CO);
        assertProblem(api.as("inspector").get("/api/v1/employers?size=1000"), 400, "size");
        assertProblem(api.as("inspector").get("/api/v1/employers?page=x"), 400, "page");
    }

    @Test
    void sector_and_size_band_are_stored_shown_and_searched() {
        String code = freshCode();
        var r = api.as("supervisor").post("/api/v1/employers", Map.of("creditCode", code, "name", "上海门类测试有限公司",
                "district", "310115", "sector", "C", "sizeBand", "FROM_300_TO_999"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var read = api.as("inspector").get("/api/v1/employers/" + code).json();
        assertThat(read.path("sector").asText()).isEqualTo("C");
        assertThat(read.path("sectorLabel").asText()).isEqualTo("制造业");
        assertThat(read.path("sizeBand").asText()).isEqualTo("FROM_300_TO_999");
        assertThat(read.path("sizeBandLabel").asText()).isEqualTo("300–999人");
        var found = api.as("inspector").get("/api/v1/employers?district=310115&sector=C&sizeBand=FROM_300_TO_999"
                + "&size=200");
        assertThat(found.json().findValuesAsText("creditCode")).contains(code);
        assertThat(found.json().findValuesAsText("sector")).containsOnly("C");
        assertProblem(api.as("inspector").get("/api/v1/employers?sector=Z"), 400, "sector");
        String bad = freshCode();
        assertProblem(api.as("supervisor").post("/api/v1/employers", Map.of("creditCode", bad, "name", "坏门类公司",
                "district", "310115", "sector", "Z")), 400, "sector");
        assertProblem(api.as("supervisor").post("/api/v1/employers", Map.of("creditCode", bad, "name", "坏规模公司",
                "district", "310115", "sizeBand", "HUGE")), 400, "sizeBand");
        assertThat(employers.exists(bad)).isFalse();
    }

    @Test
    void the_demo_has_thirty_classified_employers_in_pudong() {
        var all = api.as("inspector").get("/api/v1/employers?district=310115&sector=I&size=200").json();
        assertThat(all.findValuesAsText("creditCode")).contains(DemoEmployers.pudongCode(1), PUDONG_CO);
        for (int n = 1; n <= 30; n++) {
            assertThat(CreditCodes.isValid(DemoEmployers.pudongCode(n))).isTrue();
            assertThat(employers.find(DemoEmployers.pudongCode(n)).orElseThrow().sector()).isNotNull();
        }
    }

    /** A random valid enterprise code in Pudong. */
    static String freshCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var rnd = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder("91310115");
        for (int i = 0; i < 9; i++) {
            sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
        return sb.append(CreditCodes.checkCharacter(sb.toString())).toString();
    }
}
