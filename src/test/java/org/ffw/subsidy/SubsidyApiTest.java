package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ffw.subsidy.Subsidies.application;
import static org.ffw.subsidy.Subsidies.month;
import static org.ffw.subsidy.Subsidies.months;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.ffw.identity.UserService;
import org.ffw.platform.security.Role;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The subsidy through its doors, as the demo employer, officer, supervisor and admin: applying (the amount, every
 * check, bad input, duplicates, retries), calculating a draft, who reads what, the public status, the payment.
 */
class SubsidyApiTest extends ApiTest {

    static final String BASE = "/api/v1/subsidy-applications";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    UserService users;

    JsonNode calculate(Map<String, Object> body) {
        var r = api.as("employer").post(BASE + "/calculate", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    static JsonNode check(JsonNode answer, String code) {
        for (JsonNode c : answer.path("eligibility")) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no check " + code + " in " + answer);
    }

    int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_application", Integer.class);
    }

    String taskId(String caseNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult()
                .getId();
    }

    void complete(String caseNo, String key, String user, Map<String, Object> values) {
        String id = taskId(caseNo, key);
        api.as(user).post("/api/v1/tasks/" + id + "/claim", null);
        var r = api.as(user).post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
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

    /** Month patterns, rounding half-up once on the sum, dispatch: the amount and the MONTHS check. */
    static Stream<Arguments> calculations() {
        List<Map<String, Object>> perMonthHalfCent = months("2026-03", 6, "1.01", "0.00", "0.00", "0.00");
        List<Map<String, Object>> extra = new ArrayList<>(months("2026-03", 6, "100.00", "0.00", "0.00", "0.00"));
        extra.add(month("2026-09", "999.00", "0.00", "0.00", "0.00"));
        List<Map<String, Object>> missing = months("2026-03", 5, "100.00", "0.00", "0.00", "0.00");
        return Stream.of(
                Arguments.of("six equal months", "2026-03-10", months("2026-03", 6, "2000.00", "1000.00", "50.00",
                        "20.00"), "9210.00", true),
                Arguments.of("half a fen rounds up", "2026-03-10", months("2026-03", 1, "0.01", "0.00", "0.00",
                        "0.00"), "0.01", false),
                Arguments.of("0.015 rounds up to 0.02", "2026-03-10", months("2026-03", 1, "0.01", "0.01", "0.01",
                        "0.00"), "0.02", false),
                Arguments.of("rounded once, on the sum (6 × 0.505 = 3.03, not 6 × 0.51)", "2026-03-10",
                        perMonthHalfCent, "3.03", true),
                Arguments.of("a month outside the term is not counted", "2026-03-10", extra, "300.00", false),
                Arguments.of("a missing month counts nothing and fails the check", "2026-03-10", missing, "250.00",
                        false),
                Arguments.of("a birth on the last day of a month starts the term that month", "2026-01-31",
                        months("2026-01", 6, "10.00", "10.00", "10.00", "10.00"), "120.00", true),
                Arguments.of("nothing paid, nothing due", "2026-03-10", months("2026-03", 6, "0", "0", "0", "0"),
                        "0.00", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calculations")
    void the_calculation(String what, String birth, List<Map<String, Object>> contributions, String amount,
                         boolean monthsPass) {
        Map<String, Object> body = application();
        body.put("childBirthDate", birth);
        body.put("leaveStart", birth);
        body.put("leaveEnd", java.time.LocalDate.parse(birth).plusDays(170).toString());
        body.put("contributions", contributions);
        int before = rows();
        JsonNode answer = calculate(body);
        assertThat(answer.path("requestedAmount").decimalValue()).as(what).isEqualByComparingTo(amount);
        assertThat(check(answer, "MONTHS").path("passed").asBoolean()).as(what).isEqualTo(monthsPass);
        assertThat(answer.path("caseNo").isNull()).isTrue();
        assertThat(rows()).as("calculating stores nothing").isEqualTo(before);
    }

    @Test
    void a_draft_may_leave_out_the_payee_and_the_declarations_but_not_what_the_amount_needs() {
        Map<String, Object> draft = application();
        draft.remove("bankAccount");
        draft.remove("noOtherSubsidy");
        ((Map<String, Object>) draft.get("employee")).remove("name");
        JsonNode answer = calculate(draft);
        assertThat(answer.path("requestedAmount").decimalValue()).isEqualByComparingTo("9210.00");
        assertThat(check(answer, "NO_OTHER_SUBSIDY").path("passed").asBoolean()).isFalse();

        Map<String, Object> noDates = application();
        noDates.remove("childBirthDate");
        noDates.remove("leaveEnd");
        assertProblem(api.as("employer").post(BASE + "/calculate", noDates), 400, "childBirthDate", "leaveEnd");
    }

    @Test
    void a_dispatch_agency_names_the_user_unit_which_gets_the_full_amount() {
        Map<String, Object> body = application();
        body.put("dispatch", Map.of("userUnitCreditCode", "91310104MA1K3P5Q2X", "userUnitName", "上海样本餐饮有限公司"));
        JsonNode answer = calculate(body);
        assertThat(answer.path("requestedAmount").decimalValue()).isEqualByComparingTo("9210.00");
        assertThat(check(answer, "DISPATCH").path("passed").asBoolean()).isTrue();
        assertThat(check(answer, "DISPATCH").path("reason").asText()).contains("全额转付", "上海样本餐饮有限公司");

        body.put("dispatch", Map.of("userUnitCreditCode", "91310115MA1H8R7C41", "userUnitName", "本单位"));
        assertThat(check(calculate(body), "DISPATCH").path("passed").asBoolean()).isFalse();

        String first17 = "12310000MB0000001";
        String publicInstitution = first17 + CreditCodes.checkCharacter(first17);
        body.put("dispatch", Map.of("userUnitCreditCode", publicInstitution, "userUnitName", "某事业单位"));
        JsonNode toPublic = calculate(body);
        assertThat(check(toPublic, "DISPATCH").path("passed").asBoolean()).isFalse();
        assertThat(check(toPublic, "DISPATCH").path("reason").asText()).contains("机关事业单位");
    }

    @Test
    void every_eligibility_rule_fails_with_its_reason_and_the_application_is_still_routed() {
        // a man's number: a warning, not a block
        String male17 = "31011519900101001";
        Map<String, Object> male = application(male17 + ResidentIds.checkCharacter(male17));
        JsonNode m = calculate(male);
        assertThat(check(m, "EMPLOYEE").path("warning").asBoolean()).isTrue();
        assertThat(check(m, "EMPLOYEE").path("passed").asBoolean()).isTrue();
        assertThat(check(m, "EMPLOYEE").path("reason").asText()).contains("男性");

        Map<String, Object> before2025 = application();
        before2025.put("childBirthDate", "2024-12-31");
        before2025.put("leaveStart", "2024-12-31");
        before2025.put("leaveEnd", "2025-06-20");
        before2025.put("contributions", months("2024-12", 6, "100.00", "0", "0", "0"));
        assertFails(before2025, "POLICY", "2025 年 1 月 1 日");

        Map<String, Object> shortLeave = application();
        shortLeave.put("leaveEnd", "2026-08-01");
        assertFails(shortLeave, "LEAVE", "未覆盖");

        // a difficult birth lengthens the 产假 by 15 days: the same leave no longer covers it
        Map<String, Object> difficult = application();
        difficult.put("difficultBirth", true);
        assertFails(difficult, "LEAVE", "未覆盖");
        difficult.put("leaveEnd", "2026-08-30");
        assertThat(check(calculate(difficult), "LEAVE").path("passed").asBoolean()).isTrue();

        Map<String, Object> late = application();
        late.put("childBirthDate", "2025-03-01");
        late.put("leaveStart", "2025-03-01");
        late.put("leaveEnd", "2025-08-10");
        late.put("contributions", months("2025-03", 6, "100.00", "0", "0", "0"));
        assertFails(late, "WINDOW", "2026-08-10");

        Map<String, Object> unconfirmed = application();
        unconfirmed.put("employeeConfirmedChildOrder", false);
        assertFails(unconfirmed, "CHILD_ORDER", "本人确认");

        Map<String, Object> missingMonth = application();
        missingMonth.put("contributions", months("2026-04", 6, "100.00", "0", "0", "0"));
        assertFails(missingMonth, "MONTHS", "2026-03");

        Map<String, Object> stacked = application();
        stacked.put("noOtherSubsidy", false);
        assertFails(stacked, "NO_OTHER_SUBSIDY", "不能同时申领");

        // a failed rule is stored and routed: the officer sees it and decides
        JsonNode routed = Subsidies.apply(api, stacked).json();
        assertThat(routed.path("eligible").asBoolean()).isFalse();
        String caseNo = routed.path("caseNo").asText();
        JsonNode staff = api.as("officer").get(BASE + "/" + caseNo).json();
        assertThat(staff.path("application").path("eligible").asBoolean()).isFalse();
        assertThat(staff.path("eligibility").findValuesAsText("code")).contains("NO_OTHER_SUBSIDY");
        complete(caseNo, "review", "officer", Map.of("reviewDecision", "REJECT",
                "reviewReason", "该职工同期已享受吸纳就业社保补贴，不能同时申领。"));
        JsonNode employerView = api.as("employer").get(BASE + "/" + caseNo).json();
        assertThat(employerView.path("statusLabel").asText()).isEqualTo("未获批准");
        assertThat(employerView.path("rejectionReason").asText()).contains("吸纳就业");
    }

    private void assertFails(Map<String, Object> body, String code, String reasonContains) {
        JsonNode answer = calculate(body);
        JsonNode c = check(answer, code);
        assertThat(c.path("passed").asBoolean()).as(code + ": " + c).isFalse();
        assertThat(c.path("reason").asText()).contains(reasonContains);
        assertThat(answer.path("eligible").asBoolean()).isFalse();
    }

    @Test
    void declared_against_recorded_contributions_month_by_month() {
        Map<String, Object> body = application();
        String id = (String) ((Map<?, ?>) body.get("employee")).get("residentId");
        body.put("childBirthDate", "2025-11-10");
        body.put("leaveStart", "2025-11-10");
        body.put("leaveEnd", "2026-04-20");
        body.put("contributions", months("2025-11", 6, "1600.00", "900.00", "50.00", "26.00"));
        // the agency recorded five of the six months; one of them differs
        List<String> csv = new ArrayList<>();
        for (String m : List.of("2025-11", "2025-12", "2026-01", "2026-02")) {
            csv.add(Contributions.row(Contributions.DEMO_EMPLOYER, id, m));
        }
        csv.add(Contributions.row(Contributions.DEMO_EMPLOYER, id, "2026-03", "1500.00", "900.00", "50.00", "26.00"));
        var imported = api.as("admin").upload("/api/v1/contribution-records?replace=EMPLOYER_MONTHS", "r.csv",
                "text/csv", Contributions.csv(csv.toArray(String[]::new)));
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);

        JsonNode answer = calculate(body);
        JsonNode records = check(answer, "RECORDS");
        assertThat(records.path("passed").asBoolean()).isFalse();
        assertThat(records.path("reason").asText()).contains("2026-03").doesNotContain("2026-02");
        JsonNode march = answer.path("months").get(4);
        assertThat(march.path("month").asText()).isEqualTo("2026-03");
        assertThat(march.path("matchesRecord").asBoolean()).isFalse();
        assertThat(march.path("recordedTotal").decimalValue()).isEqualByComparingTo("2476.00");
        JsonNode april = answer.path("months").get(5);
        assertThat(april.path("recordedTotal").isNull()).isTrue();
        assertThat(april.path("recordNote").asText()).contains("无法核对");

        // declared as recorded: passes, the unrecorded month noted
        body.put("contributions", new ArrayList<>(months("2025-11", 4, "1600.00", "900.00", "50.00", "26.00")));
        ((List<Map<String, Object>>) body.get("contributions")).add(month("2026-03", "1500.00", "900.00", "50.00",
                "26.00"));
        ((List<Map<String, Object>>) body.get("contributions")).add(month("2026-04", "1600.00", "900.00", "50.00",
                "26.00"));
        JsonNode fine = calculate(body);
        assertThat(check(fine, "RECORDS").path("passed").asBoolean()).isTrue();
        assertThat(check(fine, "RECORDS").path("reason").asText()).contains("5 个月与缴费记录一致", "2026-04");

        // the officer sees it month by month on the case
        String caseNo = Subsidies.applyCase(api, body);
        JsonNode staff = api.as("officer").get(BASE + "/" + caseNo).json();
        assertThat(staff.path("months").get(0).path("matchesRecord").asBoolean()).isTrue();
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
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
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
        complete(caseNo, "review", "officer", Map.of("reviewDecision", "APPROVE"));

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
