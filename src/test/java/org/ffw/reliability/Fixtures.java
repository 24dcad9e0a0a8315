package org.ffw.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ffw.certification.Certifications;
import org.ffw.subsidy.Subsidies;
import org.ffw.supervision.SupervisionApiTest;
import org.ffw.support.Api;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The cases the generated harnesses aim at, made through the API as their applicants would make them, in pairs: one
 * of the demo "own" side (employee against employer, both of Pudong 310115) and one of the "other" side (employee2
 * against employer2 in Xuhui 310104; employer2's applications). Each holds the case number and, for complaints, the
 * open triage task.
 */
final class Fixtures {

    static final String EMPLOYER_CODE = "91310115MA1H8R7C41";
    static final String EMPLOYER2_CODE = "91310104MA1K3P5Q2X";
    static final String PUDONG = "310115";
    static final String XUHUI = "310104";

    /** A pair of resources of one kind: the demo employee's/employer's (Pudong) and the other side's (Xuhui). */
    record Pair(String own, String other) {
    }

    final Pair complaint;
    final Pair triageTask;
    final Pair subsidy;
    final Pair certification;
    final String supervision;

    Fixtures(Api api, TaskService tasks) {
        complaint = new Pair(lodge(api.as("employee"), EMPLOYER_CODE, "上海示例科技有限公司", PUDONG),
                lodge(api.as("employee2"), EMPLOYER2_CODE, "上海样本餐饮有限公司", XUHUI));
        triageTask = new Pair(task(tasks, complaint.own()), task(tasks, complaint.other()));
        subsidy = new Pair(subsidy(api.as("employer")), subsidy(api.as("employer2")));
        certification = new Pair(certification(api.as("employer")), certification(api.as("employer2")));
        supervision = created(api.as("union"), "/api/v1/union-supervision", SupervisionApiTest.opening(EMPLOYER_CODE));
    }

    static Map<String, Object> complaintBody(String creditCode, String name, String district) {
        Map<String, Object> m = new HashMap<>();
        m.put("employerCreditCode", creditCode);
        m.put("employerName", name);
        m.put("workplaceDistrict", district);
        m.put("leaveType", "BIRTH");
        m.put("childBirthDate", "2026-03-10");
        m.put("babies", 1);
        m.put("violationDate", "2026-06-16");
        m.put("facts", "本人于2026年3月10日生育，公司只批准98天产假，拒绝60天生育假。");
        m.put("request", "补足生育假");
        m.put("daysGranted", 98);
        m.put("confidential", true);
        m.put("phone", "13800000000");
        return m;
    }

    private static String lodge(Api as, String creditCode, String name, String district) {
        return created(as, "/api/v1/complaints", complaintBody(creditCode, name, district));
    }

    private static String subsidy(Api employer) {
        Map<String, Object> body = Subsidies.application();
        return created(employer, "/api/v1/subsidy-applications", body);
    }

    /** A new application, or (when the employer may have only one open) its newest one. */
    private static String certification(Api employer) {
        Api.Response r = Certifications.apply(employer, Certifications.application());
        if (r.status() == 201) {
            return r.json().path("caseNo").asText();
        }
        JsonNode list = employer.get("/api/v1/certifications").json();
        List<String> numbers = list.findValuesAsText("caseNo");
        assertThat(numbers).as("no certification of its own: " + r).isNotEmpty();
        return numbers.get(0);
    }

    private static String created(Api as, String path, Object body) {
        Api.Response r = as.header("Idempotency-Key", UUID.randomUUID().toString()).post(path, body);
        assertThat(r.status()).as(path + ": " + r).isEqualTo(201);
        return r.json().path("caseNo").asText();
    }

    private static String task(TaskService tasks, String caseNo) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).list();
        assertThat(open).as("open task of " + caseNo).isNotEmpty();
        return open.get(0).getId();
    }
}
