package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ffw.subsidy.Subsidies.application;
import static org.ffw.subsidy.Subsidies.check;
import static org.ffw.subsidy.Subsidies.month;
import static org.ffw.subsidy.Subsidies.months;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The subsidy through its doors, as the demo employer, officer, supervisor and admin: applying (the answer, bad
 * input, duplicates, retries), who reads what, the public status, the payment. The amount and the checks:
 * {@link SubsidyChecksApiTest}.
 */
class SubsidyApiTest extends ApiTest {

    static final String BASE = "/api/v1/subsidy-applications";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    UserService users;

    int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_application", Integer.class);
    }

    void complete(String caseNo, String key, String user, Map<String, Object> values) {
        Subsidies.complete(api, tasks, caseNo, key, user, values);
    }

    // ------------------------------------------------------------------------------------------- applying

    @Test
    void applying_answers_201_with_the_case_the_amount_and_every_check_in_words() {
        Map<String, Object> body = application();
        var r = Subsidies.apply(api, body);
        JsonNode a = r.json();
        assertThat(a.path("caseNo").asText()).startsWith("ES-");
        assertThat(r.header("Location")).isEqualTo(BASE + "/" + a.path("caseNo").asText());
        assertThat(a.path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(a.path("requestedAmount").decimalValue()).isEqualByComparingTo("9210.00");
        assertThat(a.path("eligible").asBoolean()).isTrue();
        assertThat(a.path("eligibility").findValuesAsText("code")).containsExactly("EMPLOYEE", "POLICY", "LEAVE",
                "WINDOW", "CHILD_ORDER", "MONTHS", "RECORDS", "NO_OTHER_SUBSIDY");
        for (JsonNode c : a.path("eligibility")) {
            assertThat(c.path("passed").asBoolean()).as(c.toString()).isTrue();
            assertThat(c.path("reason").asText()).isNotBlank().doesNotContain("null");
        }
        // 98 + 60 days, the 生育假 postponed one day by 端午 2026: 10 March to 15 August
        assertThat(check(a, "LEAVE").path("reason").asText()).contains("2026-08-15");
        // no records imported for this employee: passes, with the note, for the officer to check the statement
        assertThat(check(a, "RECORDS").path("warning").asBoolean()).isTrue();
        assertThat(check(a, "RECORDS").path("reason").asText()).contains("not verifiable from records");
        assertThat(a.path("queryCode").asText()).hasSizeGreaterThanOrEqualTo(8);

        // everything declared is stored and shown to the employer
        JsonNode view = api.as("employer").get(BASE + "/" + a.path("caseNo").asText()).json();
        assertThat(view.path("birthCertificateNo").asText()).isEqualTo("P310000001");
        assertThat(view.path("bankAccountNo").asText()).isEqualTo("1001234567890123");
        assertThat(view.path("months")).hasSize(6);
        assertThat(view.path("statusLabel").asText()).isEqualTo("审核中");
        assertThat(view.path("next").asText()).isNotBlank();
        assertThat(view.path("waitingFor").get(0).path("by").asText()).isEqualTo("区人社局补贴窗口");
    }

    @Test
    void bad_input_is_a_400_naming_every_field_and_stores_nothing() {
        Map<String, Object> body = application();
        body.put("employee", Map.of("name", "", "residentId", "310101198808080024"));
        body.put("childBirthDate", "2099-01-01");
        body.put("leaveStart", null);
        body.put("contributions", List.of(month("2026-13", "-1", "1000.123", "0", "0")));
        body.put("bankAccount", Map.of("bankName", "工行", "accountName", "x", "accountNo", "abc"));
        body.put("noOtherSubsidy", null);
        int before = rows();
        var r = api.as("employer").header("Idempotency-Key", UUID.randomUUID().toString()).post(BASE, body);
        assertProblem(r, 400, "employee.name", "employee.residentId", "leaveStart", "contributions[0].month",
                "contributions[0].pension", "contributions[0].medical", "bankAccount.accountNo", "noOtherSubsidy");
        assertThat(rows()).isEqualTo(before);

        // domain rules after the shape: future birth, leave ending before it starts, a month twice
        Map<String, Object> dates = application();
        dates.put("childBirthDate", "2099-01-01");
        dates.put("leaveEnd", "2026-03-01");
        List<Map<String, Object>> twice = new ArrayList<>(months("2026-03", 6, "1", "1", "1", "1"));
        twice.add(month("2026-03", "1", "1", "1", "1"));
        dates.put("contributions", twice);
        assertProblem(api.as("employer").header("Idempotency-Key", UUID.randomUUID().toString()).post(BASE, dates),
                400, "childBirthDate", "leaveEnd", "contributions[6].month");
        assertProblem(api.as("employer").header("Idempotency-Key", UUID.randomUUID().toString())
                .send("POST", BASE, "{not json"), 400);
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void the_same_employee_and_child_again_is_a_409_naming_the_open_case() {
        Map<String, Object> body = application();
        String first = Subsidies.applyCase(api, body);
        var again = api.as("employer").header("Idempotency-Key", UUID.randomUUID().toString()).post(BASE, body);
        JsonNode problem = assertProblem(again, 409);
        assertThat(problem.path("detail").asText()).contains(first);
        // another employer applying for the same child learns that one is open, not its number
        var other = api.as("employer2").header("Idempotency-Key", UUID.randomUUID().toString()).post(BASE, body);
        assertThat(assertProblem(other, 409).path("detail").asText()).contains("another employer")
                .doesNotContain(first);
    }

    @Test
    void a_retry_with_the_same_key_gets_the_same_case_once() {
        Map<String, Object> body = application();
        String key = UUID.randomUUID().toString();
        int before = rows();
        var first = api.as("employer").header("Idempotency-Key", key).post(BASE, body);
        var retry = api.as("employer").header("Idempotency-Key", key).post(BASE, body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().path("caseNo").asText()).isEqualTo(first.json().path("caseNo").asText());
        assertThat(rows()).isEqualTo(before + 1);
    }

    // -------------------------------------------------------------------------------------------- reading

    @Test
    void only_the_employer_and_the_district_read_an_application() {
        String caseNo = Subsidies.applyCase(api, application());
        complete(caseNo, "review", "officer", Map.of("reviewDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请上传出生医学证明。", "reviewNote", "内部意见：核对出生证明编号。"));

        JsonNode mine = api.as("employer").get(BASE + "/" + caseNo).json();
        assertThat(mine.path("supplementRequest").asText()).contains("出生医学证明");
        assertThat(mine.toString()).doesNotContain("内部意见");
        assertThat(api.as("employer").get(BASE).json().findValuesAsText("caseNo")).contains(caseNo);

        assertThat(api.as("officer").get(BASE + "/" + caseNo).json().path("application").path("reviewNote").asText())
                .contains("内部意见");
        assertThat(api.as("supervisor").get(BASE + "/" + caseNo).status()).isEqualTo(200);
        assertThat(api.as("officer").get(BASE).json().findValuesAsText("caseNo")).contains(caseNo);

        for (String outsider : List.of("employer2", "employee", "inspector", "union")) {
            assertProblem(api.as(outsider).get(BASE + "/" + caseNo), 403);
        }
        assertThat(api.as("employer2").get(BASE).json().findValuesAsText("caseNo")).doesNotContain(caseNo);
        assertProblem(api.as("employee").get(BASE), 403);

        // another district's officer
        if (!users.exists("officer-xuhui")) {
            users.create(new UserService.NewAccount("officer-xuhui", "Officer-xuhui-1", "徐汇补贴窗口",
                    java.util.Set.of(Role.SUBSIDY_OFFICER), "310104", null, null, null, null), false);
        }
        assertProblem(api.as("officer-xuhui", "Officer-xuhui-1").get(BASE + "/" + caseNo), 403);
        assertThat(api.as("officer-xuhui", "Officer-xuhui-1").get(BASE).json().findValuesAsText("caseNo"))
                .doesNotContain(caseNo);
        assertProblem(api.as("officer").get(BASE + "/ES-2026-999999"), 404);

        // documents: the employer's own; not another employer's
        byte[] pdf = org.ffw.support.SampleFiles.pdf();
        var up = api.as("employer").upload(BASE + "/" + caseNo + "/documents", "出生医学证明.pdf", "application/pdf", pdf);
        assertThat(up.status()).as(up.toString()).isEqualTo(201);
        assertThat(api.as("officer").get(BASE + "/" + caseNo + "/documents").json().findValuesAsText("filename"))
                .contains("出生医学证明.pdf");
        assertProblem(api.as("employer2").get(BASE + "/" + caseNo + "/documents"), 403);
        assertProblem(api.as("employer2").upload(BASE + "/" + caseNo + "/documents", "x.pdf", "application/pdf", pdf),
                403);
    }

    @Test
    void a_subsidy_case_number_works_in_the_public_status_lookup_with_its_query_code() {
        JsonNode a = Subsidies.apply(api, application()).json();
        Api anyone = api.anonymous();
        var r = anyone.get("/api/v1/public/case-status?caseNo=" + a.path("caseNo").asText() + "&queryCode="
                + a.path("queryCode").asText());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().path("statusLabel").asText()).isEqualTo("审核中");
        assertThat(r.json().path("next").asText()).isNotBlank();
        assertThat(r.text()).doesNotContain("王芳", "上海示例科技");
        assertProblem(anyone.get("/api/v1/public/case-status?caseNo=" + a.path("caseNo").asText()
                + "&queryCode=WRONGCODE2"), 404);
    }

    // -------------------------------------------------------------------------------------------- payment

    @Test
    void finance_downloads_the_days_instructions_and_confirms_each_payment() {
        String caseNo = Subsidies.applyCase(api, application());
        assertProblem(api.as("admin").post(BASE + "/" + caseNo + "/payment",
                Map.of("reference", "BANK-1", "paidOn", java.time.LocalDate.now().toString())), 409);
        Subsidies.approve(api, tasks, caseNo);

        String today = api.as("employer").get(BASE + "/" + caseNo).json().path("approvedOn").asText();
        var list = api.as("admin").get("/api/v1/subsidy-payments?approvedOn=" + today);
        assertThat(list.json().findValuesAsText("caseNo")).contains(caseNo);
        var csv = api.as("admin").get("/api/v1/subsidy-payments.csv?approvedOn=" + today);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.text()).contains("案件编号", caseNo, "9210.00", "1001234567890123");
        for (String notFinance : List.of("employer", "officer", "supervisor")) {
            assertProblem(api.as(notFinance).get("/api/v1/subsidy-payments"), 403);
            assertProblem(api.as(notFinance).post(BASE + "/" + caseNo + "/payment",
                    Map.of("reference", "X", "paidOn", today)), 403);
        }

        Map<String, Object> bad = new LinkedHashMap<>();
        bad.put("reference", " ");
        bad.put("paidOn", "2099-01-01");
        assertProblem(api.as("admin").post(BASE + "/" + caseNo + "/payment", bad), 400, "reference", "paidOn");
        var paid = api.as("admin").post(BASE + "/" + caseNo + "/payment",
                Map.of("reference", "ICBC-2026-0001", "paidOn", today));
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().path("status").asText()).isEqualTo("PAID");
        JsonNode seen = api.as("employer").get(BASE + "/" + caseNo).json();
        assertThat(seen.path("statusLabel").asText()).isEqualTo("已支付");
        assertThat(seen.path("paymentReference").asText()).isEqualTo("ICBC-2026-0001");
        assertThat(api.as("admin").get("/api/v1/subsidy-payments").json().findValuesAsText("caseNo"))
                .doesNotContain(caseNo);
    }
}
