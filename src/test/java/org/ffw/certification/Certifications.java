package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ffw.support.Api;

/** Test data and moves for the certification's API tests: a valid body, applying, working tasks, certifying. */
public final class Certifications {

    private Certifications() {
    }

    public static Map<String, Object> post(String title) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("title", title);
        p.put("department", "质量部");
        p.put("headcount", 3);
        p.put("workingTime", "核心时间10:00-16:00，其余弹性");
        p.put("measures", List.of("FLEXIBLE_HOURS", "REMOTE_WORK"));
        p.put("otherMeasure", null);
        p.put("eligibility", "抚育12周岁以下子女的职工");
        return p;
    }

    /** The example: one post, written into the contract, consulted, with a contact. */
    public static Map<String, Object> application() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("posts", new ArrayList<>(List.of(post("软件测试工程师"))));
        a.put("writtenInContract", true);
        a.put("consultation", new LinkedHashMap<>(Map.of("date", "2026-10-15", "body", "职工代表大会",
                "summary", "职工代表大会审议通过了生育友好岗方案。")));
        a.put("contact", new LinkedHashMap<>(Map.of("name", "张敏", "phone", "13900000000")));
        return a;
    }

    public static Api.Response apply(Api holder, Map<String, Object> body) {
        return holder.header("Idempotency-Key", UUID.randomUUID().toString()).post(CertificationController.BASE, body);
    }

    public static String applyCase(Api holder) {
        Api.Response r = apply(holder, application());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    public static String taskId(TaskService tasks, String businessKey, String key) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key).singleResult();
        assertThat(t).as("open task " + key).isNotNull();
        return t.getId();
    }

    /** Claims and completes the open task through the worktable's API. */
    public static void complete(Api as, TaskService tasks, String businessKey, String key, Map<String, Object> values) {
        String id = taskId(tasks, businessKey, key);
        assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        Api.Response r = as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(r.status()).as(key + ": " + r).isEqualTo(204);
    }

    /** Both reviews approve, the site visit confirms, the notice passes: the certificate's number. */
    public static String certify(Api api, Api holder, TaskService tasks, RuntimeService runtime,
                          ManagementService management) {
        String caseNo = applyCase(holder);
        complete(api.as("inspector"), tasks, caseNo, "hrbReview", Map.of("decision", "APPROVE"));
        complete(api.as("union"), tasks, caseNo, "unionReview", Map.of("decision", "APPROVE"));
        complete(api.as("inspector"), tasks, caseNo, "siteVisit", Map.of("result", "CONFIRMED",
                "visitDate", java.time.LocalDate.now(org.ffw.platform.Shanghai.ZONE).toString(),
                "findings", "岗位设置与申报一致，职工知晓弹性安排。"));
        endNotice(runtime, management, caseNo);
        String number = holder.get(CertificationController.BASE + "/" + caseNo).json().path("certificateNo").asText();
        assertThat(number).startsWith("FC-");
        return number;
    }

    /** The notice period's timer fires. */
    public static void endNotice(RuntimeService runtime, ManagementService management, String caseNo) {
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        management.executeJob(management.createJobQuery().processInstanceId(pi).timers().singleResult().getId());
    }
}
