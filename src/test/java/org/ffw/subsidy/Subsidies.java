package org.ffw.subsidy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.ffw.support.Api;

import com.fasterxml.jackson.databind.JsonNode;

/** Test data for subsidy applications: a valid body (a fresh employee each time), and applying through the API. */
public final class Subsidies {

    private Subsidies() {
    }

    /** 王芳's second child born 2026-03-10, the statutory leave granted, 3070.00 a month for six months. */
    public static Map<String, Object> application() {
        return application(Contributions.residentId());
    }

    static Map<String, Object> application(String residentId) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("employee", new LinkedHashMap<>(Map.of("name", "王芳", "residentId", residentId)));
        a.put("childBirthDate", "2026-03-10");
        a.put("childOrder", 2);
        a.put("employeeConfirmedChildOrder", true);
        a.put("birthCertificateNo", "P310000001");
        a.put("leaveStart", "2026-03-10");
        a.put("leaveEnd", "2026-08-15");
        a.put("contributions", months("2026-03", 6, "2000.00", "1000.00", "50.00", "20.00"));
        a.put("dispatch", null);
        a.put("noOtherSubsidy", true);
        a.put("bankAccount", new LinkedHashMap<>(Map.of("bankName", "中国工商银行上海浦东分行",
                "accountName", "上海示例科技有限公司", "accountNo", "1001 2345 6789 0123")));
        return a;
    }

    /** {@code count} months from {@code first}, each with the same four amounts. */
    public static List<Map<String, Object>> months(String first, int count, String pension, String medical,
                                            String unemployment, String workInjury) {
        List<Map<String, Object>> out = new ArrayList<>();
        java.time.YearMonth m = java.time.YearMonth.parse(first);
        for (int i = 0; i < count; i++) {
            out.add(month(m.plusMonths(i).toString(), pension, medical, unemployment, workInjury));
        }
        return out;
    }

    static Map<String, Object> month(String month, String pension, String medical, String unemployment,
                                     String workInjury) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("month", month);
        c.put("pension", new java.math.BigDecimal(pension));
        c.put("medical", new java.math.BigDecimal(medical));
        c.put("unemployment", new java.math.BigDecimal(unemployment));
        c.put("workInjury", new java.math.BigDecimal(workInjury));
        return c;
    }

    /** Applies as the demo employer with a fresh Idempotency-Key; the 201 body. */
    static Api.Response apply(Api api, Map<String, Object> body) {
        var r = api.as("employer").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/subsidy-applications", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r;
    }

    /** The amount and the checks of a draft, as the demo employer. */
    static JsonNode calculate(Api api, Map<String, Object> body) {
        var r = api.as("employer").post("/api/v1/subsidy-applications/calculate", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json();
    }

    /** One check of an answer by its code; fails when there is none. */
    static JsonNode check(JsonNode answer, String code) {
        for (JsonNode c : answer.path("eligibility")) {
            if (c.path("code").asText().equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no check " + code + " in " + answer);
    }

    /** The user claims the case's open task with this key and completes it through the worktable API. */
    static void complete(Api api, TaskService tasks, String caseNo, String key, String user,
                         Map<String, Object> values) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult()
                .getId();
        api.as(user).post("/api/v1/tasks/" + id + "/claim", null);
        var r = api.as(user).post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    /**
     * The officer approves; when the approval goes to the second review (the shared test database may hold an
     * unrectified violation of the demo employer from another test), the supervisor approves too.
     */
    static void approve(Api api, TaskService tasks, String caseNo) {
        complete(api, tasks, caseNo, "review", "officer", Map.of("reviewDecision", "APPROVE"));
        secondApprovalIfAsked(api, tasks, caseNo);
    }

    static void secondApprovalIfAsked(Api api, TaskService tasks, String caseNo) {
        if (tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("secondReview").count() > 0) {
            complete(api, tasks, caseNo, "secondReview", "supervisor", Map.of("secondDecision", "APPROVE"));
        }
    }

    public static String applyCase(Api api, Map<String, Object> body) {
        return apply(api, body).json().path("caseNo").asText();
    }
}
