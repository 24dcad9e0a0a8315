package org.ffw.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Registration through the API: codes, employees, employers with the district's confirmation, invitations. */
class RegistrationApiTest extends ApiTest {

    static final String PASSWORD = "Ziyou-Lvse-2026";

    @Autowired
    JdbcTemplate jdbc;

    private String code(String phone) {
        var r = api.post("/api/v1/public/accounts/phone-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(r.status()).as(r.toString()).isEqualTo(202);
        return Registrations.codeSentTo(jdbc, phone);
    }

    private int accounts(String phone) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, phone);
    }

    private Map<String, Object> employee(String phone, String code) {
        Map<String, Object> m = new HashMap<>();
        m.put("realName", "韩梅梅");
        m.put("residentId", Registrations.residentId());
        m.put("phone", phone);
        m.put("code", code);
        m.put("password", PASSWORD);
        return m;
    }

    @Test
    void an_employee_registers_with_the_phone_code_and_signs_in_as_employee() {
        String phone = Registrations.phone();
        String code = code(phone);
        var hash = jdbc.queryForObject("SELECT code_hash FROM phone_code WHERE phone = ?", String.class, phone);
        assertThat(hash).doesNotContain(code).startsWith("$2");
        var r = api.post("/api/v1/public/accounts/employees", employee(phone, code));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var me = api.as(phone, PASSWORD).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("roles").get(0).asText()).isEqualTo("EMPLOYEE");
        // the code is used up
        var again = api.post("/api/v1/public/accounts/employees", employee(Registrations.phone(), code));
        assertProblem(again, 400, "code");
    }

    @Test
    void bad_input_is_400_and_stores_nothing() {
        String phone = Registrations.phone();
        String code = code(phone);
        var bad = employee(phone, code);
        String valid = Registrations.residentId();
        bad.put("residentId", valid.substring(0, 17) + (valid.charAt(17) == '1' ? '2' : '1')); // wrong check character
        bad.put("password", "short");
        assertProblem(api.post("/api/v1/public/accounts/employees", bad), 400, "residentId", "password");
        var common = employee(phone, code);
        common.put("password", "1234567890");
        assertProblem(api.post("/api/v1/public/accounts/employees", common), 400, "password");
        var noName = employee(phone, code);
        noName.put("realName", " ");
        assertProblem(api.post("/api/v1/public/accounts/employees", noName), 400, "realName");
        assertProblem(api.post("/api/v1/public/accounts/phone-codes", Map.of("phone", "123", "purpose", "REGISTER")),
                400, "phone");
        assertThat(accounts(phone)).isZero();
        // the code was not used by the refused attempts: the right registration still works
        assertThat(api.post("/api/v1/public/accounts/employees", employee(phone, code)).status()).isEqualTo(201);
        assertProblem(api.post("/api/v1/public/accounts/phone-codes", Map.of("phone", phone, "purpose", "REGISTER")),
                400, "phone");
    }

    @Test
    void a_code_allows_limited_attempts() {
        String phone = Registrations.phone();
        String code = code(phone);
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < 5; i++) {
            assertProblem(api.post("/api/v1/public/accounts/employees", employee(phone, wrong)), 400, "code");
        }
        var r = api.post("/api/v1/public/accounts/employees", employee(phone, code));
        assertThat(assertProblem(r, 400, "code").path("errors").toString()).isNotBlank();
        assertThat(accounts(phone)).isZero();
    }

    private Map<String, Object> employer(String credit, String phone, String code, String invitation) {
        Map<String, Object> m = new HashMap<>();
        m.put("creditCode", credit);
        m.put("employerName", "上海注册测试有限公司");
        m.put("district", "310115");
        m.put("contactName", "王经理");
        m.put("phone", phone);
        m.put("code", code);
        m.put("password", PASSWORD);
        m.put("invitation", invitation);
        return m;
    }

    @Test
    void an_employers_first_account_waits_for_the_district_then_invites_the_next() {
        String credit = Registrations.creditCode();
        String phone = Registrations.phone();
        var r = api.post("/api/v1/public/accounts/employers", employer(credit, phone, code(phone), null));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().path("pending").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("SELECT status FROM employer WHERE credit_code = ?", String.class, credit))
                .isEqualTo("PROVISIONAL");
        // cannot act before confirmation
        assertProblem(api.as(phone, PASSWORD).get("/api/v1/me"), 401);
        // a second registration without an invitation is refused
        String phone2 = Registrations.phone();
        assertProblem(api.post("/api/v1/public/accounts/employers", employer(credit, phone2, code(phone2), null)),
                400, "creditCode");
        // only the district's inspectors and supervisors see and decide it
        assertThat(api.as("inspector-xuhui").get("/api/v1/employer-account-requests").text()).doesNotContain(credit);
        assertProblem(api.as("inspector-xuhui").post("/api/v1/employer-account-requests/" + phone + "/confirm",
                Map.of()), 404);
        assertProblem(api.as("employer").post("/api/v1/employer-account-requests/" + phone + "/confirm", Map.of()),
                403);
        assertThat(api.as("inspector").get("/api/v1/employer-account-requests").text()).contains(credit);
        assertThat(api.as("inspector").post("/api/v1/employer-account-requests/" + phone + "/confirm", Map.of())
                .status()).isEqualTo(204);
        assertProblem(api.as("supervisor").post("/api/v1/employer-account-requests/" + phone + "/confirm", Map.of()),
                409);
        var me = api.as(phone, PASSWORD).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("employerCreditCode").asText()).isEqualTo(credit);

        // the confirmed account invites a colleague, whose account is active at once
        var inv = api.as(phone, PASSWORD).post("/api/v1/employer-invitations", Map.of());
        assertThat(inv.status()).isEqualTo(201);
        String invitation = inv.json().path("invitation").asText();
        var second = api.post("/api/v1/public/accounts/employers", employer(null, phone2, code(phone2), invitation));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.json().path("pending").asBoolean()).isFalse();
        assertThat(api.as(phone2, PASSWORD).get("/api/v1/me").json().path("employerCreditCode").asText())
                .isEqualTo(credit);
        // an invitation works once
        String phone3 = Registrations.phone();
        assertProblem(api.post("/api/v1/public/accounts/employers", employer(null, phone3, code(phone3), invitation)),
                400, "invitation");
        assertProblem(api.as("employee").post("/api/v1/employer-invitations", Map.of()), 403);
    }

    @Test
    void a_bad_credit_code_is_400_and_registers_no_employer() {
        String phone = Registrations.phone();
        String bad = "91310115MA1H8R7C4X";
        assertProblem(api.post("/api/v1/public/accounts/employers", employer(bad, phone, code(phone), null)), 400,
                "creditCode");
        assertThat(accounts(phone)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM employer WHERE credit_code = ?", Integer.class, bad))
                .isZero();
    }

    @Test
    void password_reset_by_phone_code_ends_the_sessions() {
        String phone = Registrations.phone();
        api.post("/api/v1/public/accounts/employees", employee(phone, code(phone)));
        var page = new PageSession(port).login(phone, PASSWORD);
        assertThat(page.get("/account").statusCode()).isEqualTo(200);
        assertThat(api.post("/api/v1/public/accounts/phone-codes", Map.of("phone", phone, "purpose", "RESET"))
                .status()).isEqualTo(202);
        String code = Registrations.codeSentTo(jdbc, phone);
        assertProblem(api.post("/api/v1/public/accounts/password-reset",
                Map.of("phone", phone, "code", code, "password", "password123")), 400, "password");
        var r = api.post("/api/v1/public/accounts/password-reset",
                Map.of("phone", phone, "code", code, "password", "Neue-Heimat-77"));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(api.as(phone, "Neue-Heimat-77").get("/api/v1/me").status()).isEqualTo(200);
        assertProblem(api.as(phone, PASSWORD).get("/api/v1/me"), 401);
        var ended = page.get("/account");
        assertThat(ended.headers().firstValue("Location").orElse("")).contains("/login?ended");
        // an unknown phone is answered the same, and gets no code
        String nobody = Registrations.phone();
        assertThat(api.post("/api/v1/public/accounts/phone-codes", Map.of("phone", nobody, "purpose", "RESET"))
                .status()).isEqualTo(202);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM phone_code WHERE phone = ?", Integer.class, nobody))
                .isZero();
    }

}
