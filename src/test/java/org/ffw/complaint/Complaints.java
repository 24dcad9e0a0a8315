package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ffw.support.Api;

/** What the complaint tests do over and over: lodge through the API as the employee, find a case's open task. */
final class Complaints {

    private Complaints() {
    }

    /** Lodges as employee (李娜) with a fresh Idempotency-Key; returns the case number. */
    static String lodge(Api api, Map<String, Object> body) {
        var r = api.as("employee").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/complaints", body);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    static String lodge(Api api) {
        return lodge(api, ComplaintApiTest.complaint());
    }

    /** The inspector accepts the case through the API with an allegation written for the employer. */
    static void accept(Api api, TaskService tasks, String caseNo) {
        String triage = taskId(tasks, caseNo, "triage");
        api.as("inspector").post("/api/v1/tasks/" + triage + "/claim", null);
        var done = api.as("inspector").post("/api/v1/tasks/" + triage + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "单位未依法给予职工60天生育假。")));
        assertThat(done.status()).as(done.toString()).isEqualTo(204);
    }

    /** The id of the case's open task with this key; fails when there is none. */
    static String taskId(TaskService tasks, String caseNo, String key) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
        assertThat(t).as("open task " + key).isNotNull();
        return t.getId();
    }
}
