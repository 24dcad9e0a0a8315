package org.ffw.worktable;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.ffw.subsidy.Subsidies;
import org.ffw.support.ApiTest;
import org.ffw.support.EnglishPages;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The worktable for a reader whose browser asks for English: the queue names the tasks in English, and a task's page
 * shows its name and its form (the English of the form's custom properties) in English, and what is wrong with what
 * was submitted too — no Chinese besides the case's data (the employer, the employee, the case's summary); the notice
 * after completing it and the employer's home, with the task that follows, in English as well.
 */
class WorktablePagesEnglishTest extends ApiTest {

    @Autowired
    TaskService tasks;

    /** The case's one-line summary (names and amount, from the registry) and the people's names are data. */
    static String withoutData(String html) {
        return html.replaceAll("(?s)<td data-label=\"Summary\"[^>]*>.*?</td>", "")
                .replaceAll("(?s)<dt>Summary</dt><dd>[^<]*</dd>", "")
                .replaceAll("(?s)<td data-label=\"(Held by|Assigned to)\"[^>]*>[^<]*</td>", "");
    }

    @Test
    void the_queue_and_a_subsidy_review_read_in_english_with_the_forms_words_and_problems() {
        String caseNo = Subsidies.applyCase(api, Subsidies.application());
        String employerName = api.as("employer").get("/api/v1/subsidy-applications/" + caseNo).json()
                .path("employerName").asText();
        String[] data = {employerName, "王芳", "中国工商银行上海浦东分行", "上海示例科技有限公司", caseNo};
        Task review = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("review")
                .singleResult();
        EnglishPages officer = new EnglishPages(port).login("officer", "demo");

        HttpResponse<String> queue = officer.get("/tasks?view=group&caseNo=" + caseNo);
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(queue.body()).contains(">Review the application</a>").doesNotContain("审核申请");
        assertThat(EnglishPages.chinese(withoutData(queue.body()), data)).as("the queue in English").isEmpty();

        HttpResponse<String> page = officer.get("/tasks/" + review.getId());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1 id=\"task-name\">Review the application</h1>",
                "Review the application · ", // the title
                "Check the eligibility conditions", "Decision", "Approve", "Do not approve", "Request documents",
                "Reason for not approving (the employer is told)", "Internal review note");
        assertThat(EnglishPages.chinese(withoutData(page.body()), data)).as("the task page in English").isEmpty();

        // claimed, then sent without the reason a rejection needs: the problem in English, beside its field
        HttpResponse<String> claimed = officer.postForm("/tasks/" + review.getId() + "/claim",
                PageSession.form("_csrf", PageSession.csrf(page.body())));
        assertThat(claimed.statusCode()).isEqualTo(302);
        HttpResponse<String> mine = officer.get("/tasks/" + review.getId());
        assertThat(mine.body()).contains("Claimed. You can work on it now.", "id=\"task-form\"");
        HttpResponse<String> refused = officer.postForm("/tasks/" + review.getId() + "/complete",
                PageSession.form("_csrf", PageSession.csrf(mine.body()), "reviewDecision", "REJECT"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error-summary\"", "Reason for not approving (the employer is told)",
                "Required");
        assertThat(EnglishPages.chinese(withoutData(refused.body()), data)).as("the problems in English").isEmpty();

        // sent as it should be: done, in English; the employer's home names its new task in English
        HttpResponse<String> done = officer.postForm("/tasks/" + review.getId() + "/complete",
                PageSession.form("_csrf", PageSession.csrf(refused.body()), "reviewDecision", "REQUEST_SUPPLEMENT",
                        "supplementRequest", "请补充缴费凭证。"));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(officer.get("/tasks").body()).contains("Done: Review the application (" + caseNo + ")");
        // the case's timeline names the task claimed and completed in English; the choice stays the form's words
        String timeline = officer.get("/subsidies/" + caseNo).body();
        assertThat(timeline).containsPattern("data-action=\"TASK_CLAIMED\"(?s).*?Review the application")
                .containsPattern("data-action=\"TASK_COMPLETED\"(?s).*?Review the application — ");
        String home = new EnglishPages(port).login("employer", "demo").get("/employer/home").body();
        assertThat(home).contains(">Supply the documents</td>", "Supply the documents").doesNotContain(">补正材料<");

        // in Chinese, the default, the diagram's name
        Task supplement = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("supplement")
                .singleResult();
        assertThat(new PageSession(port).login("employer", "demo").get("/tasks/" + supplement.getId()).body())
                .contains("<h1 id=\"task-name\">补正材料</h1>", "补正说明");
        // the employer's case page links to that task itself
        assertThat(new PageSession(port).login("employer", "demo").get("/employer/subsidies/" + caseNo).body())
                .contains("href=\"/tasks/" + supplement.getId() + "\" id=\"to-tasks\"");
    }
}
