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

    /** The id of the case's open task with this key; fails when there is none. */
    static String taskId(TaskService tasks, String caseNo, String key) {
        Task t = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
        assertThat(t).as("open task " + key).isNotNull();
        return t.getId();
    }
}
