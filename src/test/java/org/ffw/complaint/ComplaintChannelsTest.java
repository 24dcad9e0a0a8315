package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ffw.platform.outbox.Notification;
import org.ffw.platform.outbox.Outbox;
import org.ffw.registration.Registrations;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Complaints from every channel (issue 13) through the API: district staff lodging at the counter, from the 12333
 * hotline or a letter on behalf of a person, the case joining the account the person opens later, and collective
 * complaints with elected representatives.
 */
class ComplaintChannelsTest extends ApiTest {

    static final String PUDONG_CO = "91310115MA1H8R7C41";
    static final byte[] PDF = org.ffw.support.SampleFiles.pdf();
    static final String PASSWORD = "Ziyou-Lvse-2026";
    /** employee2 (王芳) of the demo accounts. */
    static final String WANG_FANG_ID = "310115199204150021";

    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    static Map<String, Object> onBehalf(String channel, String name, String residentId, String phone) {
        Map<String, Object> m = ComplaintApiTest.complaint();
        m.remove("phone");
        m.put("facts", "来访人陈述：公司只批准98天产假，拒绝60天生育假，要求补足。");
        m.put("channel", channel);
        m.put("onBehalfOf", Map.of("name", name, "residentId", residentId, "phone", phone));
        return m;
    }

    Api.Response lodgeAs(String user, Map<String, Object> body) {
        return api.as(user).header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/v1/complaints", body);
    }

    int complaints() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM complaint", Integer.class);
    }

    List<Notification> toRecipient(String caseNo, String recipient) {
        return outbox.forCase(caseNo).stream().filter(n -> n.recipient().equals(recipient)).toList();
    }

    Task task(String caseNo, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult();
    }

    void complete(String user, String caseNo, String key, Map<String, Object> values, int expected) {
        Task t = task(caseNo, key);
        assertThat(t).as("open task " + key).isNotNull();
        Api as = api.as(user);
        if (t.getAssignee() == null) {
            assertThat(as.post("/api/v1/tasks/" + t.getId() + "/claim", null).status()).isEqualTo(204);
        }
        var done = as.post("/api/v1/tasks/" + t.getId() + "/complete", Map.of("values", values));
        assertThat(done.status()).as(key + ": " + done).isEqualTo(expected);
    }

    @Test
    void the_counter_lodges_on_behalf_the_person_gets_a_text_and_acceptance_waits_for_the_signed_record() {
        String phone = Registrations.phone();
        String id = Registrations.residentId();
        var r = lodgeAs("inspector", onBehalf("COUNTER", "赵敏", id, phone));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();
        String queryCode = r.json().path("queryCode").asText();
        assertThat(r.json().path("channel").asText()).isEqualTo("COUNTER");
        assertThat(r.json().path("joinedAccount").asBoolean()).isFalse();

        // the case number and query code by text message to the person's phone
        List<Notification> texts = toRecipient(caseNo, phone);
        assertThat(texts).hasSize(1);
        assertThat(texts.get(0).body()).contains(caseNo, queryCode);
        // and with them she follows it without an account
        var status = api.get("/api/v1/public/case-status?caseNo=" + caseNo + "&queryCode=" + queryCode);
        assertThat(status.status()).isEqualTo(200);

        JsonNode staff = api.as("inspector").get("/api/v1/complaints/" + caseNo).json();
        assertThat(staff.path("complaint").path("complainantName").asText()).isEqualTo("赵敏");
        assertThat(staff.path("complaint").path("complainantUsername").isNull()).isTrue();
        assertThat(staff.path("parties").path("channel").asText()).isEqualTo("COUNTER");
        assertThat(staff.path("parties").path("lodgedBy").asText()).isEqualTo("inspector");
        assertThat(staff.path("parties").path("intakeRecordAttached").asBoolean()).isFalse();
        assertThat(staff.path("timeline").toString()).contains("工作人员代为登记投诉（窗口受理）");

        // without an account of hers, her tasks would go to the inspectors; acceptance needs the signed record first
        complete("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "职工反映：单位仅批准98天产假，未依法给予60天生育假。"), 409);
        assertProblem(api.as("employee").upload("/api/v1/complaints/" + caseNo + "/intake-record", "笔录.pdf",
                "application/pdf", PDF), 403);
        var record = api.as("inspector").upload("/api/v1/complaints/" + caseNo + "/intake-record", "询问笔录.pdf",
                "application/pdf", PDF);
        assertThat(record.status()).as(record.toString()).isEqualTo(201);
        assertThat(api.as("inspector").get("/api/v1/complaints/" + caseNo).json().path("parties")
                .path("intakeRecordAttached").asBoolean()).isTrue();
        complete("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "职工反映：单位仅批准98天产假，未依法给予60天生育假。"), 204);
        assertThat(toRecipient(caseNo, phone)).hasSizeGreaterThan(1);
        assertThat(task(caseNo, "investigate")).isNotNull();
    }

    @Test
    void any_districts_inspector_takes_a_complaint_down_the_workplace_district_handles_it() {
        String phone = Registrations.phone();
        // a Xuhui inspector at the counter takes down a complaint about a Pudong workplace
        var r = lodgeAs("inspector-xuhui", onBehalf("COUNTER", "吴倩", Registrations.residentId(), phone));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();
        assertThat(jdbc.queryForObject("SELECT district FROM complaint WHERE case_no = ?", String.class, caseNo))
                .isEqualTo("310115");
        // from then on the case is Pudong's: the record is attached there, Xuhui no longer reads or adds to it
        assertProblem(api.as("inspector-xuhui").upload("/api/v1/complaints/" + caseNo + "/intake-record",
                "笔录.pdf", "application/pdf", PDF), 403);
        assertProblem(api.as("inspector-xuhui").get("/api/v1/complaints/" + caseNo), 403);
        assertThat(api.as("inspector").upload("/api/v1/complaints/" + caseNo + "/intake-record", "笔录.pdf",
                "application/pdf", PDF).status()).isEqualTo(201);
        // a complaint the employee lodged online has no intake record
        String web = Complaints.lodge(api);
        assertProblem(api.as("inspector").upload("/api/v1/complaints/" + web + "/intake-record", "笔录.pdf",
                "application/pdf", PDF), 409);
    }

    @Test
    void who_may_lodge_which_channel_and_bad_input_stores_nothing() {
        int before = complaints();
        String phone = Registrations.phone();
        // an employee does not lodge for someone else
        assertProblem(lodgeAs("employee", onBehalf("COUNTER", "赵敏", Registrations.residentId(), phone)), 403);
        // staff do not lodge as the person online
        Map<String, Object> web = ComplaintApiTest.complaint();
        assertProblem(lodgeAs("inspector", web), 400, "channel");
        // the person is required, with a resident ID whose check character is right
        Map<String, Object> nobody = onBehalf("HOTLINE_12333", "赵敏", Registrations.residentId(), phone);
        nobody.remove("onBehalfOf");
        assertProblem(lodgeAs("inspector", nobody), 400, "onBehalfOf");
        String id = Registrations.residentId();
        String wrong = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        assertProblem(lodgeAs("inspector", onBehalf("LETTER", "赵敏", wrong, phone)), 400, "onBehalfOf.residentId");
        Map<String, Object> twoPhones = onBehalf("LETTER", "赵敏", Registrations.residentId(), phone);
        twoPhones.put("phone", "13900000000");
        assertProblem(lodgeAs("inspector", twoPhones), 400, "phone");
        // the web form needs its phone
        Map<String, Object> noPhone = ComplaintApiTest.complaint();
        noPhone.remove("phone");
        assertProblem(lodgeAs("employee", noPhone), 400, "phone");
        // an employer or a union reviewer lodges nothing
        assertProblem(lodgeAs("union", onBehalf("COUNTER", "赵敏", Registrations.residentId(), phone)), 403);
        assertThat(complaints()).isEqualTo(before);
    }

    @Test
    void a_hotline_case_joins_the_account_the_person_registers_with_that_id_and_phone() {
        String phone = Registrations.phone();
        String id = Registrations.residentId();
        var r = lodgeAs("inspector", onBehalf("HOTLINE_12333", "钱琳", id, phone));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();
        assertThat(api.as("inspector").upload("/api/v1/complaints/" + caseNo + "/intake-record", "来电记录.pdf",
                "application/pdf", PDF).status()).isEqualTo(201);

        // someone else registering with her ID but another phone gets nothing (the phone is the second factor)
        // (resident IDs are unique per account, so that is tried with a different person's ID on her phone)
        String otherPhone = Registrations.phone();
        register(Registrations.residentId(), phone.equals(otherPhone) ? Registrations.phone() : otherPhone);
        assertThat(api.as(otherPhone, PASSWORD).get("/api/v1/complaints").text()).doesNotContain(caseNo);

        // she registers with that resident ID and confirms the phone: the case is hers
        register(id, phone);
        var mine = api.as(phone, PASSWORD).get("/api/v1/complaints");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.text()).contains(caseNo);
        JsonNode view = api.as(phone, PASSWORD).get("/api/v1/complaints/" + caseNo).json();
        assertThat(view.path("caseNo").asText()).isEqualTo(caseNo);
        assertThat(view.path("parties").path("channel").asText()).isEqualTo("HOTLINE_12333");
        assertThat(view.path("timeline").toString()).contains("投诉已关联至投诉人新注册的账户");
        // another employee still may not read it
        assertProblem(api.as("employee").get("/api/v1/complaints/" + caseNo), 403);

        // from now on her tasks go to her account, her notices too
        complete("inspector", caseNo, "triage", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请提供单位批准休假的书面材料。"), 204);
        assertThat(task(caseNo, "supplement").getAssignee()).isEqualTo(phone);
        assertThat(toRecipient(caseNo, phone).stream().map(Notification::template)).contains("COMPLAINT_SUPPLEMENT");
    }

    @Test
    void an_accountless_persons_supplement_is_taken_down_by_the_inspectors() {
        String phone = Registrations.phone();
        var r = lodgeAs("inspector", onBehalf("LETTER", "孙莉", Registrations.residentId(), phone));
        String caseNo = r.json().path("caseNo").asText();
        api.as("inspector").upload("/api/v1/complaints/" + caseNo + "/intake-record", "来信.pdf", "application/pdf",
                PDF);
        complete("inspector", caseNo, "triage", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", "请提供单位批准休假的书面材料。"), 204);
        Task supplement = task(caseNo, "supplement");
        assertThat(supplement.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(supplement.getId()).stream().map(l -> l.getGroupId()))
                .containsExactly("inspector-310115");
        assertThat(toRecipient(caseNo, phone).stream().map(Notification::template)).contains("COMPLAINT_SUPPLEMENT");
        complete("inspector", caseNo, "supplement", Map.of("supplement", "来访人补充：已提交单位请假审批单复印件。"), 204);
        assertThat(task(caseNo, "triage")).isNotNull();
    }

    private void register(String residentId, String phone) {
        var sent = api.post("/api/v1/public/accounts/phone-codes", Map.of("phone", phone, "purpose", "REGISTER"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(202);
        Map<String, Object> m = new HashMap<>();
        m.put("realName", "钱琳");
        m.put("residentId", residentId);
        m.put("phone", phone);
        m.put("code", Registrations.codeSentTo(jdbc, phone));
        m.put("password", PASSWORD);
        var r = api.post("/api/v1/public/accounts/employees", m);
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    // ------------------------------------------------------------------------------------------ collective

    static Map<String, Object> collective(List<Map<String, Object>> co, List<String> representatives) {
        Map<String, Object> m = ComplaintApiTest.complaint();
        m.put("facts", "本部门三名职工生育后，公司均只批准98天产假，拒绝60天生育假。");
        m.put("coComplainants", co);
        m.put("representatives", representatives);
        return m;
    }

    static Map<String, Object> person(String name, String residentId, String birth) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("residentId", residentId);
        if (birth != null) {
            m.put("childBirthDate", birth);
            m.put("daysGranted", 98);
        }
        return m;
    }

    @Test
    void a_collective_complaint_names_the_affected_and_its_representatives_act_for_them() {
        String third = Registrations.residentId();
        var r = lodgeAs("employee", collective(List.of(person("王芳", WANG_FANG_ID, "2026-04-20"),
                person("周琴", third, null)), List.of("employee", "employee2")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();

        // the representative reads the case as the complainant does, gets its notices, and sees every affected
        // employee's own entitlement (ID numbers masked)
        var asRep = api.as("employee2").get("/api/v1/complaints/" + caseNo);
        assertThat(asRep.status()).as(asRep.toString()).isEqualTo(200);
        JsonNode parties = asRep.json().path("parties");
        assertThat(parties.path("affectedEmployees").asInt()).isEqualTo(3);
        JsonNode wang = parties.path("coComplainants").get(0);
        assertThat(wang.path("name").asText()).isEqualTo("王芳");
        assertThat(wang.path("residentId").asText()).isEqualTo("3101**********0021");
        assertThat(wang.path("entitlement").path("entitledDays").asInt()).isGreaterThan(150);
        assertThat(wang.path("entitlement").path("gapDays").asInt()).isGreaterThan(50);
        assertThat(parties.path("coComplainants").get(1).path("entitlement").path("note").asText())
                .contains("未提供子女出生日期");
        assertThat(parties.path("representatives").toString()).contains("王芳");
        assertThat(api.as("employee2").get("/api/v1/complaints").text()).contains(caseNo);
        assertThat(toRecipient(caseNo, "employee2").stream().map(Notification::template))
                .contains("COMPLAINT_LODGED");
        // staff see the full IDs
        assertThat(api.as("inspector").get("/api/v1/complaints/" + caseNo).json().path("parties")
                .path("coComplainants").get(1).path("residentId").asText()).isEqualTo(third);

        // confidentiality holds for each affected employee: the allegation may name none of them
        Task triage = task(caseNo, "triage");
        api.as("inspector").post("/api/v1/tasks/" + triage.getId() + "/claim", null);
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + triage.getId() + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "职工周琴等三人反映：单位仅批准98天产假。"))),
                400, "allegation");
        assertProblem(api.as("inspector").post("/api/v1/tasks/" + triage.getId() + "/complete", Map.of("values",
                Map.of("triageDecision", "ACCEPT", "allegation", "身份证尾号" + third.substring(12)
                        + "的职工反映：单位仅批准98天产假。"))), 400, "allegation");
        complete("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "三名职工反映：单位仅批准98天产假，未依法给予60天生育假。"), 204);

        // the employer learns how many, never who
        var employer = api.as("employer").get("/api/v1/employer/complaints/" + caseNo);
        assertThat(employer.status()).isEqualTo(200);
        assertThat(employer.json().path("affectedEmployees").asInt()).isEqualTo(3);
        assertThat(employer.text()).doesNotContain("王芳", "周琴", "李娜", WANG_FANG_ID, third, "employee2");

        // the finding (and so the fine range per affected employee) starts from the three of them
        complete("employer", caseNo, "employerResponse", Map.of("employerPosition", "DISPUTES",
                "statement", "单位认为已按规定批准全部假期。"), 204);
        complete("union", caseNo, "unionOpinion", Map.of("unionPosition", "SUPPORT_COMPLAINT",
                "unionOpinion", "工会支持职工依法享受生育假的诉求。"), 204);
        complete("inspector", caseNo, "investigate", Map.of("investigationRecord", "调取考勤记录与请假审批单。",
                "investigationAction", "DONE"), 204);
        Task finding = task(caseNo, "finding");
        var detail = api.as("inspector").get("/api/v1/tasks/" + finding.getId());
        assertThat(detail.json().path("form").path("values").path("affectedEmployees").asInt()).as(detail.toString())
                .isEqualTo(3);
    }

    @Test
    void representatives_are_at_most_five_active_employee_accounts_of_the_affected() {
        int before = complaints();
        String other = Registrations.residentId();
        // not one of the affected employees
        assertProblem(lodgeAs("employee", collective(List.of(person("周琴", other, null)), List.of("employee2"))),
                400, "representatives[0]");
        // not an employee account
        assertProblem(lodgeAs("employee", collective(List.of(person("周琴", other, null)), List.of("inspector"))),
                400, "representatives[0]");
        // more than five
        assertProblem(lodgeAs("employee", collective(List.of(person("周琴", other, null)),
                List.of("a", "b", "c", "d", "e", "f"))), 400, "representatives");
        // representatives without anyone to represent
        assertProblem(lodgeAs("employee", collective(List.of(), List.of("employee"))), 400, "representatives");
        // the lodger herself, or the same person twice
        assertProblem(lodgeAs("employee", collective(List.of(person("李娜", "310101198808080025", null)),
                List.of())), 400, "coComplainants[0].residentId");
        assertProblem(lodgeAs("employee", collective(List.of(person("周琴", other, null), person("周琴", other, null)),
                List.of())), 400, "coComplainants[1].residentId");
        assertThat(complaints()).isEqualTo(before);
    }
}
