package org.ffw.certification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.ffw.employer.EmployerService;
import org.ffw.identity.UserService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The certification API through the doors its users use: the employer applies and follows (REST), the HRB and the
 * union review on the worktable, each reader sees what is theirs and nothing else.
 */
class CertificationApiTest extends ApiTest {

    static final String BASE = CertificationController.BASE;

    @Autowired
    EmployerService employers;
    @Autowired
    UserService users;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.ffw.rules.WorkCalendarService calendars;

    CertificationEmployers.Fresh employer;
    Api holder;

    @BeforeEach
    void freshEmployer() {
        org.ffw.support.TestCalendars.ensureLoaded(calendars, 2027);
        employer = CertificationEmployers.create(employers, users);
        holder = api.as(employer.username(), CertificationEmployers.PASSWORD);
    }

    int storedFor(String creditCode) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM certification_application WHERE employer_credit_code = ?",
                Integer.class, creditCode);
    }

    @Test
    void the_employer_applies_and_reads_its_application_and_only_its_own() {
        Api.Response r = Certifications.apply(holder, Certifications.application());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        String caseNo = r.json().path("caseNo").asText();
        assertThat(caseNo).startsWith("FP-");
        assertThat(r.header("Location")).endsWith(BASE + "/" + caseNo);
        assertThat(r.json().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(r.json().path("queryCode").asText()).isNotBlank();

        JsonNode mine = holder.get(BASE + "/" + caseNo).json();
        assertThat(mine.path("statusLabel").asText()).isEqualTo("审核中");
        assertThat(mine.path("posts").get(0).path("measureLabels").toString()).contains("弹性上下班", "居家或远程办公");
        assertThat(mine.path("consultationBody").asText()).isEqualTo("职工代表大会");
        assertThat(mine.path("contactPhone").asText()).isEqualTo("13900000000");
        assertThat(mine.path("waitingFor").findValuesAsText("by")).containsExactlyInAnyOrder("区人社局", "区总工会");
        assertThat(mine.has("hrb")).as("the employer's view has no reviews in progress").isFalse();
        assertThat(holder.get(BASE).json().findValuesAsText("caseNo")).containsExactly(caseNo);

        // the district's HRB and union staff read the staff view; everyone else is refused
        JsonNode staff = api.as("inspector").get(BASE + "/" + caseNo).json();
        assertThat(staff.path("compliance").path("words").asText()).contains("无查实的休假违法");
        assertThat(api.as("union").get(BASE + "/" + caseNo).status()).isEqualTo(200);
        assertThat(api.as("inspector").get(BASE).json().findValuesAsText("caseNo")).contains(caseNo);
        assertProblem(api.as("employer").get(BASE + "/" + caseNo), 403);
        assertProblem(api.as("inspector-xuhui").get(BASE + "/" + caseNo), 403);
        assertProblem(api.as("officer").get(BASE + "/" + caseNo), 403);
        assertProblem(api.as("employee").get(BASE + "/" + caseNo), 403);
        assertThat(api.anonymous().get(BASE + "/" + caseNo).status()).isEqualTo(401);
        assertProblem(api.as("employer").get(BASE + "/FP-2026-999999"), 404);
        assertThat(api.as("employer").get(BASE).json().findValuesAsText("caseNo")).doesNotContain(caseNo);
        // only an employer applies
        assertThat(api.as("inspector").header("Idempotency-Key", UUID.randomUUID().toString())
                .post(BASE, Certifications.application()).status()).isEqualTo(403);
    }

    @Test
    void bad_input_is_refused_naming_the_field_and_nothing_is_stored() {
        assertProblem(Certifications.apply(holder, with("posts", List.of())), 400, "posts");
        Map<String, Object> noHeadcount = Certifications.post("测试岗");
        noHeadcount.put("headcount", 0);
        assertProblem(Certifications.apply(holder, with("posts", List.of(noHeadcount))), 400, "posts[0].headcount");
        Map<String, Object> noMeasure = Certifications.post("测试岗");
        noMeasure.put("measures", List.of());
        assertProblem(Certifications.apply(holder, with("posts", List.of(noMeasure))), 400, "posts[0].measures");
        Map<String, Object> other = Certifications.post("测试岗");
        other.put("measures", List.of("OTHER"));
        assertProblem(Certifications.apply(holder, with("posts", List.of(other))), 400, "posts[0].otherMeasure");
        Map<String, Object> unknown = Certifications.post("测试岗");
        unknown.put("measures", List.of("FOUR_DAY_WEEK"));
        assertProblem(Certifications.apply(holder, with("posts", List.of(unknown))), 400);
        assertProblem(Certifications.apply(holder, with("writtenInContract", false)), 400, "writtenInContract");
        assertProblem(Certifications.apply(holder, with("consultation", Map.of("date", "2099-01-01",
                "body", "职工代表大会", "summary", "审议通过。"))), 400, "consultation.date");
        assertProblem(Certifications.apply(holder, with("contact", Map.of("name", "张敏", "phone", "12345"))), 400,
                "contact.phone");
        assertThat(storedFor(employer.creditCode())).isZero();
    }

    @Test
    void one_open_application_at_a_time_and_a_retry_is_the_same_application() {
        String key = UUID.randomUUID().toString();
        Api.Response first = holder.header("Idempotency-Key", key).post(BASE, Certifications.application());
        Api.Response retry = holder.header("Idempotency-Key", key).post(BASE, Certifications.application());
        assertThat(retry.json().path("caseNo").asText()).isEqualTo(first.json().path("caseNo").asText());
        JsonNode conflict = assertProblem(Certifications.apply(holder, Certifications.application()), 409);
        assertThat(conflict.path("detail").asText()).contains(first.json().path("caseNo").asText());
        assertThat(storedFor(employer.creditCode())).isEqualTo(1);
    }

    @Test
    void the_reviewers_see_the_posts_the_warning_and_the_other_sides_answer_and_the_employer_revises() {
        String caseNo = Certifications.applyCase(holder);
        Certifications.complete(api.as("inspector"), tasks, caseNo, "hrbReview", Map.of("decision", "REQUEST_CHANGES",
                "comments", "请写明每个岗位居家办公的天数和申请方式。"));
        JsonNode unionTask = api.as("union").get("/api/v1/tasks/" + Certifications.taskId(tasks, caseNo,
                "unionReview")).json().path("caseDetails").path("certification");
        assertThat(unionTask.path("hrb").path("decisionLabel").asText()).isEqualTo("要求修改");
        assertThat(unionTask.path("hrb").path("text").asText()).contains("居家办公的天数");
        assertThat(unionTask.path("union").path("decisionLabel").asText()).isEqualTo("尚未审核");
        assertThat(unionTask.path("application").path("posts").size()).isEqualTo(1);
        assertThat(unionTask.path("compliance").path("warning").asBoolean()).isFalse();

        // posts can be changed only while a change is asked for, and only by the employer
        Map<String, Object> posts = Map.of("posts", List.of(Certifications.post("软件测试工程师"),
                Certifications.post("数据分析师")));
        assertProblem(holder.put(BASE + "/" + caseNo + "/posts", posts), 409);
        Certifications.complete(api.as("union"), tasks, caseNo, "unionReview", Map.of("decision", "APPROVE"));
        assertThat(holder.get(BASE + "/" + caseNo).json().path("changeRequest").asText()).contains("区人社局：");
        assertProblem(api.as("employer").put(BASE + "/" + caseNo + "/posts", posts), 403);
        assertProblem(holder.put(BASE + "/" + caseNo + "/posts", Map.of("posts", List.of())), 400, "posts");
        assertThat(holder.put(BASE + "/" + caseNo + "/posts", posts).status()).isEqualTo(200);
        Certifications.complete(holder, tasks, caseNo, "revise", Map.of("reviseAction", "RESUBMIT",
                "changeNote", "补充了居家办公天数，新增数据分析师岗位。"));
        JsonNode after = holder.get(BASE + "/" + caseNo).json();
        assertThat(after.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(after.path("posts").size()).isEqualTo(2);
        assertThat(after.path("reviewRound").asInt()).isEqualTo(2);
        // another employer cannot work the employer's task
        String revise = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("hrbReview")
                .singleResult().getId();
        assertThat(api.as("employer").post("/api/v1/tasks/" + revise + "/claim", null).status()).isIn(403, 404);
    }

    @Test
    void certificates_are_read_by_their_holder_and_the_districts_staff_and_may_be_surrendered() {
        String number = Certifications.certify(api, holder, tasks, runtime, management);
        JsonNode mine = holder.get(CertificationController.CERTIFICATES).json();
        assertThat(mine.findValuesAsText("number")).containsExactly(number);
        JsonNode c = holder.get(CertificationController.CERTIFICATES + "/" + number).json();
        assertThat(c.path("statusLabel").asText()).isEqualTo("有效");
        assertThat(c.path("posts").size()).isEqualTo(1);
        assertThat(c.path("verifyUrl").asText()).endsWith("/public/certificates/" + number);
        assertThat(api.as("supervisor").get(CertificationController.CERTIFICATES + "/" + number).status())
                .isEqualTo(200);
        assertProblem(api.as("employer").get(CertificationController.CERTIFICATES + "/" + number), 403);
        assertProblem(api.as("inspector-xuhui").get(CertificationController.CERTIFICATES + "/" + number), 403);
        assertProblem(api.as("employer").post(CertificationController.CERTIFICATES + "/" + number + "/surrender",
                Map.of("reason", "不是我的证书")), 403);
        assertProblem(holder.post(CertificationController.CERTIFICATES + "/" + number + "/surrender", Map.of()), 400,
                "reason");
        JsonNode surrendered = holder.post(CertificationController.CERTIFICATES + "/" + number + "/surrender",
                Map.of("reason", "岗位调整，暂不保留生育友好岗。")).json();
        assertThat(surrendered.path("status").asText()).isEqualTo("SURRENDERED");
        assertProblem(holder.post(CertificationController.CERTIFICATES + "/" + number + "/surrender",
                Map.of("reason", "再交一次")), 409);
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> a = new LinkedHashMap<>(Certifications.application());
        a.put(field, value instanceof List<?> l ? new ArrayList<>(l) : value);
        return a;
    }
}
