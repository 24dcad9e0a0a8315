package org.ffw.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ffw.rules.WorkCalendarService;
import org.ffw.support.Api;
import org.ffw.support.TestCalendars;
import org.ffw.worktable.WorktableService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign's real case carried to its end through the inspection procedure (the employer does not report in time,
 * the pair checks on site and finds nothing): the campaign closes and publishes. When the close message was lost (a
 * crash between the case's commit and the campaign's), the sweep closes it all the same.
 */
class CampaignClosingTest extends org.ffw.support.ProcessTest {

    /** Monday 16 November 2026, 10:00 in Shanghai; its report is due at the end of 30 November. */
    static final Instant MONDAY = Instant.parse("2026-11-16T02:00:00Z");
    static final Instant TEN_WORKING_DAYS = Instant.parse("2026-11-30T15:59:59Z");

    @LocalServerPort
    int port;
    @Autowired
    CampaignClosing closing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TaskService tasks;
    @Autowired
    WorktableService worktable;
    @Autowired
    WorkCalendarService calendars;

    @BeforeEach
    void clock() {
        TestCalendars.ensureLoaded(calendars, 2027);
        ClockUtil.setCurrentTime(Date.from(MONDAY));
    }

    @Test
    void the_last_case_closing_closes_the_campaign_and_the_sweep_heals_a_lost_message() {
        Api api = new Api(port);
        var created = api.as("supervisor").header("Idempotency-Key", UUID.randomUUID().toString())
                .post("/api/v1/campaigns", CampaignApiTest.body(CampaignApiTest.title(), List.of("310115"), 1, 0));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        String caseNo = created.json().path("picks").get(0).path("caseNo").asText();

        fireTimer(caseNo, "reportDeadlinePassed", TEN_WORKING_DAYS, TEN_WORKING_DAYS.plusSeconds(60));
        for (var t : tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("pairReview")
                .list()) {
            worktable.complete(user(t.getAssignee()), t.getId(), Map.of("siteCheckNeeded", false,
                    "reviewNote", "单位未报送，按规定现场检查。"));
        }
        String lead = task(caseNo, "siteCheck").getAssignee();
        work(caseNo, "siteCheck", lead, Map.of("siteCheckedOn", "2026-12-01",
                "siteCheckRecord", "现场核对考勤和休假审批，期间内无职工生育。"));
        assertThat(api.anonymous().get("/api/v1/public/campaigns/" + id).status()).isEqualTo(404);
        work(caseNo, "inspectionFinding", lead, Map.of("finding", "NO_VIOLATION",
                "findingReason", "期间内无职工生育或休假，未发现违法。"));

        assertThat(status(id)).isEqualTo("CLOSED");
        var pub = api.anonymous().get("/api/v1/public/campaigns/" + id);
        assertThat(pub.status()).as(pub.toString()).isEqualTo(200);
        assertThat(pub.json().path("employers").get(0).path("finding").asText()).isEqualTo("NO_VIOLATION");
        // listed among the published campaigns, with its counts, for anyone; on the public page in words
        var list = api.anonymous().get("/api/v1/public/campaigns?size=200");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        var item = java.util.stream.StreamSupport.stream(list.json().spliterator(), false)
                .filter(n -> n.path("id").asLong() == id).findFirst().orElseThrow();
        assertThat(item.path("employersInspected").asInt()).isEqualTo(1);
        assertThat(item.path("violationsFound").asInt()).isZero();
        assertThat(api.anonymous().get("/api/v1/public/campaigns?size=0").status()).isEqualTo(400);
        String title = created.json().path("title").asText();
        String page = new org.ffw.support.PageSession(port).get("/public/campaigns").body();
        String words = page.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("<[^>]+>", " ");
        // the first page holds the 50 latest closed: the suite closes only a handful
        assertThat(words).contains(title);
        assertThat(page).contains("/public/campaigns/" + id);
        assertThat(words).contains("专项检查结果公开", "检查单位数");
        assertThat(org.ffw.support.RawStrings.find(words)).isEmpty();

        // as if the message had been lost: the campaign open again, its case not marked; the sweep closes it
        jdbc.update("UPDATE campaign SET status = 'DRAWN', closed_at = NULL WHERE id = ?", id);
        jdbc.update("UPDATE campaign_pick SET case_closed_at = NULL WHERE campaign_id = ?", id);
        assertThat(closing.sweepNow()).isGreaterThanOrEqualTo(1);
        assertThat(status(id)).isEqualTo("CLOSED");
    }

    String status(long id) {
        return jdbc.queryForObject("SELECT status FROM campaign WHERE id = ?", String.class, id);
    }
}
