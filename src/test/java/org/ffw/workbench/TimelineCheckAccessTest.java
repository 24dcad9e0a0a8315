package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.ffw.platform.timeline.Timeline;
import org.ffw.platform.timeline.Visibility;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who may run the timeline check, and what a caller reads: ADMIN only (API and page); others get a 403, anonymous
 * callers a 401, both problem+json; a case number that cannot be one is a 400; a broken link is described in the
 * caller's language. (The chain itself: platform.timeline.TimelineChainTest.)
 */
class TimelineCheckAccessTest extends ApiTest {

    @Autowired
    Timeline timeline;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void only_an_administrator_runs_the_check() {
        for (String who : new String[] {"inspector", "supervisor", "employee", "employer", "union", "officer"}) {
            var r = api.as(who).get("/api/v1/admin/timeline-check");
            assertThat(r.status()).as(who).isEqualTo(403);
            assertThat(r.raw().headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        }
        var anonymous = api.anonymous().get("/api/v1/admin/timeline-check");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.as("admin").get("/api/v1/admin/timeline-check?caseNo=%27%20OR%201%3D1").status())
                .isEqualTo(400);

        PageSession inspector = new PageSession(port).login("inspector", "demo");
        assertThat(inspector.get("/admin/timeline-check").statusCode()).isEqualTo(403);
        PageSession admin = new PageSession(port).login("admin", "demo");
        var page = admin.get("/admin/timeline-check?lang=zh");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("办理记录核验");
    }

    @Test
    void a_broken_link_is_described_in_the_callers_language() {
        String caseNo = "AUDITX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        tx.executeWithoutResult(s -> timeline.recordAs(caseNo, "inspector", "INSPECTOR", "ACCEPTED", "SUBMITTED",
                "INVESTIGATING", Visibility.PUBLIC, "立案"));
        String note = jdbc.queryForObject("SELECT note FROM case_event WHERE case_no = ?", String.class, caseNo);
        jdbc.update("UPDATE case_event SET note = ? WHERE case_no = ?", "改过的备注", caseNo);
        try {
            var en = api.as("admin").header("Accept-Language", "en").get("/api/v1/admin/timeline-check?caseNo=" + caseNo)
                    .json();
            assertThat(en.path("intact").asBoolean()).isFalse();
            assertThat(en.path("firstBreak").path("caseNo").asText()).isEqualTo(caseNo);
            assertThat(en.path("firstBreak").path("kind").asText()).isEqualTo("ALTERED");
            assertThat(en.path("firstBreak").path("description").asText()).doesNotContainPattern("\\p{IsHan}")
                    .isNotBlank();
            var zh = api.as("admin").header("Accept-Language", "zh-CN")
                    .get("/api/v1/admin/timeline-check?caseNo=" + caseNo).json();
            assertThat(zh.path("firstBreak").path("description").asText()).contains("封印");
        } finally {
            jdbc.update("UPDATE case_event SET note = ? WHERE case_no = ?", note, caseNo);
        }
        assertThat(api.as("admin").get("/api/v1/admin/timeline-check?caseNo=" + caseNo).json().path("intact")
                .asBoolean()).isTrue();
    }
}
