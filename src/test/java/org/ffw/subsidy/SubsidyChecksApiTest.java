package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ffw.subsidy.Subsidies.application;
import static org.ffw.subsidy.Subsidies.check;
import static org.ffw.subsidy.Subsidies.month;
import static org.ffw.subsidy.Subsidies.months;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.CreditCodes;
import org.ffw.rules.ResidentIds;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The amount and every eligibility check through the calculation API (stores nothing) and the application, as the
 * demo employer: month patterns and rounding, dispatch, each rule failing with its reason, declared against recorded
 * contributions (imported as admin), and a failed rule routed to the officer.
 */
class SubsidyChecksApiTest extends ApiTest {

    static final String BASE = "/api/v1/subsidy-applications";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;

    JsonNode calculate(Map<String, Object> body) {
        return Subsidies.calculate(api, body);
    }

    int rows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM subsidy_application", Integer.class);
    }

    void complete(String caseNo, String key, String user, Map<String, Object> values) {
        Subsidies.complete(api, tasks, caseNo, key, user, values);
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

}
