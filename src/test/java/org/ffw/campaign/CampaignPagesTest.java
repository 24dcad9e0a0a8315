package org.ffw.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.identity.UserService;
import org.ffw.inspection.InspectionCases.InspectionClosed;
import org.ffw.platform.security.FfwUser;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.RawStrings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The campaign pages without a browser: Pudong's supervisor previews and draws through the form (twice with the same
 * token: one campaign), bad input is a 400 that stores nothing, the list and the campaign page read in words, an
 * inspector reads without the new button, an employer is refused, and the public page is a 404 until the campaign
 * closes, then the results without inspectors.
 */
class CampaignPagesTest extends ApiTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern CAMPAIGN = Pattern.compile("/campaigns/(\\d+)");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    UserService users;

    static String text(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("<[^>]+>", " ");
    }

    static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("a one-time token on the form").isTrue();
        return m.group(1);
    }

    static String form(String page, String title, String action, String... more) {
        List<String> pairs = new java.util.ArrayList<>(List.of("token", token(page), "title", title,
                "leaveTypes", "MATERNITY", "leaveTypes", "BIRTH", "periodFrom", "2026-01-01", "periodTo", "2026-09-30",
                "sampleSize", "5", "riskPercent", "40", "action", action, "_csrf", PageSession.token(page)));
        pairs.addAll(List.of(more));
        return PageSession.form(pairs.toArray(String[]::new));
    }

    int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM campaign", Integer.class);
    }

    @Test
    void a_supervisor_previews_then_draws_through_the_form_once_and_reads_it_in_words() {
        var supervisor = new PageSession(port).login("supervisor", "demo");
        String list = supervisor.get("/campaigns").body();
        assertThat(list).contains("id=\"new-campaign\"", "id=\"nav-campaigns\"");
        String page = supervisor.get("/campaigns/new").body();
        assertThat(page).contains("id=\"own-district\"", "浦东新区", "孕期哺乳期特殊保护");
        String title = CampaignApiTest.title();
        int before = count();

        var preview = supervisor.postForm("/campaigns/new", form(page, title, "preview"));
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"preview\"", "符合条件的单位共", "id=\"preview-split\"", "随机抽取",
                "value=\"" + title + "\"");
        assertThat(RawStrings.find(text(preview.body()))).isEmpty();
        assertThat(count()).isEqualTo(before);
        // the ticked boxes stay ticked, the others not
        assertThat(preview.body()).containsPattern("value=\"BIRTH\"[^>]*checked")
                .doesNotContainPattern("value=\"PATERNITY\"[^>]*checked");

        // the preview keeps the form's token: the draw after it, and a second submit, make one campaign
        String body = form(preview.body(), title, "draw");
        var drawn = supervisor.postForm("/campaigns/new", body);
        assertThat(drawn.statusCode()).as(drawn.body()).isEqualTo(302);
        String location = PageSession.location(drawn);
        assertThat(location).matches("/campaigns/\\d+");
        assertThat(PageSession.location(supervisor.postForm("/campaigns/new", body))).isEqualTo(location);
        assertThat(count()).isEqualTo(before + 1);

        String detail = supervisor.get(location).body();
        assertThat(detail).contains(title, "抽取记录", "抽取种子", "产假、生育假", "浦东新区", "待单位报送", "检查组",
                "一致：按记录的种子", "href=\"/inspections/LI", "申报回避");
        assertThat(RawStrings.find(text(detail))).as(text(detail)).isEmpty();
        assertThat(supervisor.get("/campaigns").body()).contains(title, "0 / 5 件已办结");
        assertThat(RawStrings.find(text(supervisor.get("/campaigns").body()))).isEmpty();
        String english = supervisor.get(location + "?lang=en").body();
        assertThat(english).contains("Draw seed", "Inspector pairs", "Maternity leave", "Pudong");
        assertThat(RawStrings.find(text(english), true)).isEmpty();
        assertThat(RawStrings.find(text(supervisor.get("/campaigns/new").body()), true)).isEmpty();
        supervisor.get("/campaigns?lang=zh");
    }

    @Test
    void bad_input_is_a_400_with_the_fields_named_the_values_kept_and_nothing_stored() {
        var supervisor = new PageSession(port).login("supervisor", "demo");
        String page = supervisor.get("/campaigns/new").body();
        int before = count();
        String body = PageSession.form("token", token(page), "title", "", "periodFrom", "2026-10-01",
                "periodTo", "2026-09-30", "sampleSize", "abc", "riskPercent", "150", "action", "draw",
                "_csrf", PageSession.token(page));
        var bad = supervisor.postForm("/campaigns/new", body);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"error-summary\"", "至少选择一种假期", "开始日期不能晚于结束日期", "应为整数",
                "应在 0 至 100 之间", "此项必填", "value=\"2026-10-01\"", "value=\"150\"");
        assertThat(RawStrings.find(text(bad.body()))).isEmpty();
        // in English the same problems in English words, no field names
        String english = supervisor.get("/campaigns/new?lang=en").body();
        var badEnglish = supervisor.postForm("/campaigns/new", body.replace(PageSession.token(page), PageSession.token(english))
                .replace(token(page), token(english)));
        assertThat(badEnglish.statusCode()).isEqualTo(400);
        assertThat(text(badEnglish.body())).contains("Is after the end of the period").doesNotContain("periodTo");
        assertThat(RawStrings.find(text(badEnglish.body()), true)).isEmpty();
        supervisor.get("/campaigns?lang=zh");
        // a preview of bad input is the same 400
        assertThat(supervisor.postForm("/campaigns/new", body.replace("action=draw", "action=preview")).statusCode())
                .isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void an_inspector_reads_without_creating_an_employer_is_refused_and_the_public_waits_for_the_close() {
        String title = CampaignApiTest.title();
        var created = api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/campaigns", CampaignApiTest.body(title, List.of("310115"), 1, 0));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String caseNo = created.json().path("picks").get(0).path("caseNo").asText();
        String employerName = created.json().path("picks").get(0).path("employerName").asText();
        List<String> pair = new java.util.ArrayList<>();
        created.json().path("picks").get(0).path("inspectors").forEach(u -> pair.add(u.asText()));

        var inspector = new PageSession(port).login(pair.get(0), "demo");
        String list = inspector.get("/campaigns").body();
        assertThat(list).contains(title, "id=\"nav-campaigns\"").doesNotContain("id=\"new-campaign\"");
        assertThat(inspector.get("/campaigns/new").statusCode()).isEqualTo(403);
        String detail = inspector.get("/campaigns/" + id).body();
        assertThat(detail).contains(title, caseNo, "申报回避").doesNotContain("name=\"inspector\" id=");
        assertThat(RawStrings.find(text(detail))).isEmpty();

        // an admin picks the districts; the form offers each by name
        String adminForm = new PageSession(port).login("admin", "demo").get("/campaigns/new").body();
        assertThat(adminForm).contains("id=\"f-district-310115\"", "浦东新区", "静安区").doesNotContain("id=\"own-district\"");
        assertThat(RawStrings.find(text(adminForm))).isEmpty();

        var employer = new PageSession(port).login("employer", "demo");
        assertThat(employer.get("/campaigns").statusCode()).isEqualTo(403);
        assertThat(employer.get("/campaigns/" + id).statusCode()).isEqualTo(403);
        assertThat(employer.get("/campaigns").body()).doesNotContain("id=\"nav-campaigns\"");

        var anonymous = new PageSession(port);
        assertThat(anonymous.get("/public/campaigns/" + id).statusCode()).isEqualTo(404);
        tx.executeWithoutResult(s -> events.publishEvent(new InspectionClosed(id, caseNo)));
        var published = anonymous.get("/public/campaigns/" + id);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains(title, employerName, "抽取种子", "专项检查结果公开", "产假、生育假");
        assertThat(RawStrings.find(text(published.body()))).isEmpty();
        for (String u : pair) {
            String name = users.find(u).map(FfwUser::displayName).orElseThrow();
            assertThat(published.body()).doesNotContain(name);
        }
        assertThat(published.body()).doesNotContain(users.find("supervisor").map(FfwUser::displayName).orElseThrow());
        assertThat(inspector.get("/campaigns/" + id).body()).contains("已结束", "id=\"public-link\"")
                .doesNotContain("申报回避");
    }

    @Test
    void an_inspector_declares_their_own_recusal_from_the_campaign_page() {
        var created = api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/campaigns", CampaignApiTest.body(CampaignApiTest.title(), List.of("310115"), 1, 0));
        long id = created.json().path("id").asLong();
        String caseNo = created.json().path("picks").get(0).path("caseNo").asText();
        String first = created.json().path("picks").get(0).path("inspectors").get(0).asText();
        var inspector = new PageSession(port).login(first, "demo");
        String page = inspector.get("/campaigns/" + id).body();
        var r = inspector.postForm("/campaigns/" + id + "/cases/" + caseNo + "/recusal",
                PageSession.form("inspector", first, "reason", "与该单位负责人系亲属关系", "_csrf", PageSession.token(page)));
        assertThat(r.statusCode()).isEqualTo(302);
        String after = inspector.get(PageSession.location(r).replaceFirst("#.*", "")).body();
        assertThat(after).contains("id=\"notice\"", "已回避，随机选派");
        assertThat(RawStrings.find(text(after))).isEmpty();
        // the second of the pair: Pudong has no third inspector left for this case
        String second = created.json().path("picks").get(0).path("inspectors").get(1).asText();
        var other = new PageSession(port).login(second, "demo");
        String otherPage = other.get("/campaigns/" + id).body();
        var refused = other.postForm("/campaigns/" + id + "/cases/" + caseNo + "/recusal",
                PageSession.form("inspector", second, "reason", "曾在该单位任职", "_csrf", PageSession.token(otherPage)));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(other.get("/campaigns/" + id).body()).contains("id=\"flash-error\"", "无法回避");
    }
}
