package org.ffw.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.EnglishPages;
import org.ffw.support.PageSession;
import org.ffw.support.TestCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The notes FFW writes on a complaint's timeline read in the reader's language: lodged, asked to supplement (with the
 * inspector's own words), supplemented, accepted. In English the timeline has no Chinese but what people wrote; in
 * Chinese it reads as it always did; the employer's timeline gains nothing of the complainant.
 */
class ComplaintTimelineLanguagesTest extends ApiTest {

    static final String REQUEST = "请补充休假审批记录";
    static final String SUPPLEMENT = "已上传人事部门的审批记录截图";
    private static final Pattern TIMELINE = Pattern.compile("(?s)<ol[^>]*id=\"timeline\"[^>]*>.*?</ol>");
    private static final String EN_DATE = "\\d{1,2} [A-Z][a-z]{2} \\d{4}";

    @Autowired
    TaskService tasks;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void calendar() {
        TestCalendars.ensureLoaded(calendars, 2027);
    }

    @Test
    void the_complainant_and_the_employer_read_the_timeline_notes_in_english() {
        String caseNo = acceptedAfterASupplement();

        String mine = timeline(new EnglishPages(port).login("employee", "demo").get("/complaints/" + caseNo).body());
        assertThat(mine).containsPattern("Complaint lodged: Birth leave; acceptance decision by " + EN_DATE)
                .contains("Please supplement the material: " + REQUEST)
                .containsPattern("Material supplemented; acceptance decision now by " + EN_DATE)
                .containsPattern("Accepted for investigation; investigation deadline " + EN_DATE);
        assertThat(EnglishPages.chinese(mine, REQUEST)).as("the complainant's timeline in English").isEmpty();

        String theirs = timeline(new EnglishPages(port).login("employer", "demo")
                .get("/employer/complaints/" + caseNo).body());
        assertThat(theirs).containsPattern("Accepted for investigation; investigation deadline " + EN_DATE)
                .doesNotContain("Complaint lodged", "supplement", REQUEST, SUPPLEMENT, ComplaintApiTest.NAME);
        assertThat(EnglishPages.chinese(theirs)).as("the employer's timeline in English").isEmpty();
    }

    @Test
    void in_chinese_the_notes_read_as_they_always_did() {
        String caseNo = acceptedAfterASupplement();
        String mine = timeline(new PageSession(port).login("employee", "demo").get("/complaints/" + caseNo).body());
        assertThat(mine).containsPattern("投诉已提交：生育假，受理期限 \\d{4}-\\d{2}-\\d{2}")
                .contains("请补正材料：" + REQUEST)
                .containsPattern("已补正材料，受理期限重新计算至 \\d{4}-\\d{2}-\\d{2}")
                .containsPattern("已立案调查，调查期限至 \\d{4}-\\d{2}-\\d{2}")
                .doesNotContain("Complaint lodged", "Birth leave");
        // the API keeps the Chinese note, whatever the caller's language, and not the key and arguments
        var entries = api.as("employee").get("/api/v1/complaints/" + caseNo).json().path("timeline");
        assertThat(entries.findValuesAsText("note")).contains("请补正材料：" + REQUEST)
                .anySatisfy(n -> assertThat(n).startsWith("投诉已提交：生育假，受理期限 "));
        assertThat(entries.findValues("noteKey")).isEmpty();
        assertThat(entries.findValues("noteArgs")).isEmpty();
    }

    private String acceptedAfterASupplement() {
        String caseNo = Complaints.lodge(api);
        work("inspector", caseNo, "triage", Map.of("triageDecision", "REQUEST_SUPPLEMENT",
                "supplementRequest", REQUEST));
        work("employee", caseNo, "supplement", Map.of("supplement", SUPPLEMENT));
        work("inspector", caseNo, "triage", Map.of("triageDecision", "ACCEPT",
                "allegation", "单位未依法给予职工60天生育假。"));
        return caseNo;
    }

    private void work(String user, String caseNo, String key, Map<String, Object> values) {
        String id = Complaints.taskId(tasks, caseNo, key);
        Api as = api.as(user);
        if (as.get("/api/v1/tasks/" + id).json().path("task").path("assignee").isNull()) {
            assertThat(as.post("/api/v1/tasks/" + id + "/claim", null).status()).isEqualTo(204);
        }
        var done = as.post("/api/v1/tasks/" + id + "/complete", Map.of("values", values));
        assertThat(done.status()).as(key + ": " + done).isEqualTo(204);
    }

    private static String timeline(String html) {
        Matcher m = TIMELINE.matcher(html);
        assertThat(m.find()).as("the page has a timeline").isTrue();
        return m.group();
    }
}
