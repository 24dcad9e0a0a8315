package org.ffw.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.RawStrings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The supervision pages without a browser: the union opens a case through its form (twice with the same token: one
 * case), reads its list and case page; the employer sees the case on its home page, on its own page and on its
 * answer's task page; the HRB finds the suggestion letter in its queue. Words only: no codes, accounts or ISO times.
 */
class SupervisionPagesTest extends ApiTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;

    static String text(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("<[^>]+>", " ");
    }

    static String[] opening(String token) {
        return new String[] {"token", token, "employerCreditCode", SupervisionApiTest.PUDONG_CO,
                "employerName", "上海示例科技有限公司", "leaveType", "BIRTH", "s1Name", "王建国", "s1Cert", "SH-JD-0012",
                "s2Name", "李秀英", "s2Cert", "SH-JD-0047", "s3Name", "", "s3Cert", "",
                "facts", "经两名工会劳动法律监督员调查，该单位未依法给予三名职工 60 天生育假。",
                "requiredCorrection", "依法为相关职工补足 60 天生育假。", "affectedEmployees", "3"};
    }

    static String withCsrf(String page, String... pairs) {
        String[] all = new String[pairs.length + 2];
        System.arraycopy(pairs, 0, all, 0, pairs.length);
        all[pairs.length] = "_csrf";
        all[pairs.length + 1] = PageSession.token(page);
        return PageSession.form(all);
    }

    @Test
    void the_union_opens_a_case_through_its_form_and_reads_it_in_words() {
        var union = new PageSession(port).login("union", "demo");
        String list = union.get("/union-supervision").body();
        assertThat(list).contains("工会劳动法律监督", "id=\"open-supervision\"");
        String page = union.get("/union-supervision/new").body();
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).isTrue();
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM union_supervision", Integer.class);

        // one supervisor only: 400 with the field, nothing stored, what was typed kept
        String[] one = opening(m.group(1));
        one[13] = "";
        one[15] = "";
        var bad = union.postForm("/union-supervision/new", withCsrf(page, one));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"error-summary\"", "未依法给予三名职工");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM union_supervision", Integer.class)).isEqualTo(before);

        String body = withCsrf(page, opening(m.group(1)));
        var first = union.postForm("/union-supervision/new", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
        String location = PageSession.location(first);
        assertThat(location).matches("/union-supervision/US-\\d{4}-\\d{6}");
        assertThat(PageSession.location(union.postForm("/union-supervision/new", body))).isEqualTo(location);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM union_supervision", Integer.class)).isEqualTo(before + 1);

        String html = union.get(location).body();
        assertThat(html).contains("待单位书面答复", "王建国（证号 SH-JD-0012）", "未依法给予三名职工", "补足 60 天生育假",
                "发出监督意见书", "书面答复", "id=\"upload-form\"");
        assertThat(RawStrings.find(text(html))).isEmpty();
        String english = union.get(location + "?lang=en").body();
        assertThat(english).contains("Waiting for the employer’s answer", "Union labour-law supervision opinion");
        union.get("/union-supervision?lang=zh");
        assertThat(union.get("/union-supervision").body()).contains(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void the_employer_sees_it_on_its_home_its_page_and_its_task_and_the_hrb_in_its_queue() {
        var r = api.as("union").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/union-supervision", SupervisionApiTest.opening(SupervisionApiTest.PUDONG_CO));
        String caseNo = r.json().path("caseNo").asText();
        var employer = new PageSession(port).login("employer", "demo");
        String home = employer.get("/employer/home").body();
        assertThat(home).contains("id=\"employer-supervisions\"", caseNo, "待本单位书面答复");
        String own = employer.get("/employer/union-supervision/" + caseNo).body();
        assertThat(own).contains("工会劳动法律监督意见书", "王建国", "补足 60 天生育假", "请在书面答复期限内通过待办任务答复");
        assertThat(own).doesNotContain("SH-JD-0012");
        // the opinion's PDF from the employer's page: served through the page
        Matcher letter = Pattern.compile("href=\"(/employer/union-supervision/" + caseNo + "/instruments/\\d+)\"")
                .matcher(own);
        assertThat(letter.find()).as("a link to the opinion's PDF").isTrue();
        var pdf = employer.get(letter.group(1));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(employer.get("/employer/union-supervision/" + caseNo).body()).contains("已送达");
        assertThat(RawStrings.find(text(own))).isEmpty();
        String taskId = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).singleResult().getId();
        String task = employer.get("/tasks/" + taskId).body();
        assertThat(task).contains("书面答复", "补足 60 天生育假", "/employer/union-supervision/" + caseNo + "/documents?back=/tasks/" + taskId);
        assertThat(RawStrings.find(text(task))).isEmpty();
        // another employer, an employee: not theirs
        var other = new PageSession(port).login("employer2", "demo");
        assertThat(other.get("/employer/union-supervision/" + caseNo).statusCode()).isEqualTo(404);
        assertThat(new PageSession(port).login("employee", "demo").get("/union-supervision/" + caseNo).statusCode())
                .isEqualTo(403);

        // answered, not corrected, the letter signed: the HRB's inspector has the task in the queue
        work("employer", caseNo, "employerAnswer", Map.of("answerPosition", "DISPUTES", "answer", "本单位认为已按规定批准全部假期。"));
        work("union", caseNo, "assess", Map.of("assessment", "NOT_CORRECTED", "assessmentNote", "单位至今未补足生育假。"));
        work("union-lead", caseNo, "suggestion", Map.of("suggestion", "单位拒不整改，建议贵局依法立案查处其未给予生育假的行为。"));
        var inspector = new PageSession(port).login("inspector", "demo");
        String queue = inspector.get("/tasks?process=union-supervision").body();
        assertThat(queue).contains("处理监督建议书", caseNo);
        String hrbTask = inspector.get("/tasks/" + tasks.createTaskQuery().processInstanceBusinessKey(caseNo)
                .singleResult().getId()).body();
        assertThat(hrbTask).contains("工会劳动法律监督建议书", "单位拒不整改", "立案调查", "书面说明不立案");
        assertThat(RawStrings.find(text(hrbTask))).isEmpty();
        assertThat(employer.get("/employer/union-supervision/" + caseNo).body()).contains("已送交区人力资源社会保障局")
                .doesNotContain("单位拒不整改");
    }

    void work(String user, String caseNo, String key, Map<String, Object> values) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(key).singleResult()
                .getId();
        var as = api.as(user);
        if (as.get("/api/v1/tasks/" + id).json().path("task").path("assignee").isNull()) {
            assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        }
        assertThat(as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values)).status()).isEqualTo(204);
    }
}
