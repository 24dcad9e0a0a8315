package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.ffw.platform.outbox.Outbox;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator's outbox (/admin/outbox, /api/v1/admin/outbox): failed and waiting notices listed in words, a
 * retry makes one due now and the sender then delivers it; bad paging is a 400, others than ADMIN get a 403.
 */
class OutboxPagesTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Outbox outbox;

    private long notice(String status, String subject, int attempts) {
        Instant created = Instant.now().minus(2, ChronoUnit.HOURS);
        jdbc.update("""
                INSERT INTO notification_outbox (recipient, case_no, template, subject, body, status, attempts,
                    created_at, next_attempt_at, last_error)
                VALUES ('inspector', 'LC-2026-999001', 'test', ?, 'body', ?, ?, ?, ?, ?)""",
                subject, status, attempts, Timestamp.from(created),
                Timestamp.from(Instant.now().plus(1, ChronoUnit.HOURS)),
                status.equals("SENT") ? null : "java.net.ConnectException: refused");
        return jdbc.queryForObject("SELECT MAX(id) FROM notification_outbox WHERE subject = ?", Long.class, subject);
    }

    private String status(long id) {
        return jdbc.queryForObject("SELECT status FROM notification_outbox WHERE id = ?", String.class, id);
    }

    @Test
    void the_administrator_lists_failed_notices_and_a_retry_delivers_one() {
        String subject = "测试失败通知 " + System.nanoTime();
        long failed = notice("FAILED", subject, 5);
        var list = api.as("admin").get("/api/v1/admin/outbox?status=FAILED&size=200").json();
        assertThat(list.path("items").toString()).contains(subject);
        assertThat(list.path("counts").path("FAILED").asLong()).isGreaterThanOrEqualTo(1);

        var r = api.as("admin").post("/api/v1/admin/outbox/" + failed + "/retry", java.util.Map.of());
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        assertThat(status(failed)).isEqualTo("PENDING");
        assertThat(jdbc.queryForObject("SELECT retried_by FROM notification_outbox WHERE id = ?", String.class,
                failed)).isEqualTo("admin");
        // the scheduled sender may take it first, and other tests' notices may be due before it: a few rounds
        for (int round = 0; round < 50 && !"SENT".equals(status(failed)); round++) {
            outbox.deliverDue();
        }
        assertThat(status(failed)).isEqualTo("SENT");
        assertProblem(api.as("admin").post("/api/v1/admin/outbox/" + failed + "/retry", java.util.Map.of()), 409);
        assertProblem(api.as("admin").post("/api/v1/admin/outbox/99999999/retry", java.util.Map.of()), 404);
    }

    @Test
    void bad_paging_is_a_400_and_only_the_administrator_sees_the_outbox() {
        assertProblem(api.as("admin").get("/api/v1/admin/outbox?status=SENT"), 400, "status");
        assertProblem(api.as("admin").get("/api/v1/admin/outbox?page=-1"), 400, "page");
        assertProblem(api.as("admin").get("/api/v1/admin/outbox?page=2147483647"), 400, "page");
        assertProblem(api.as("admin").get("/api/v1/admin/outbox?size=0"), 400, "size");
        assertProblem(api.as("admin").get("/api/v1/admin/outbox?size=201"), 400, "size");
        assertProblem(api.as("supervisor").get("/api/v1/admin/outbox"), 403);
        long waiting = notice("PENDING", "测试等待通知 " + System.nanoTime(), 1);
        assertProblem(api.as("inspector").post("/api/v1/admin/outbox/" + waiting + "/retry", java.util.Map.of()), 403);
        assertThat(new PageSession(port).login("supervisor", "demo").get("/admin/outbox").statusCode()).isEqualTo(403);
    }

    @Test
    void the_page_shows_the_notices_in_words_and_retries_them_all() {
        String subject = "页面失败通知 " + System.nanoTime();
        long failed = notice("FAILED", subject, 5);
        var admin = new PageSession(port).login("admin", "demo");
        var page = admin.get("/admin/outbox");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(subject).contains("张伟").contains("发送失败（")
                .doesNotContain(">inspector<").doesNotContain(">FAILED<").doesNotContain("T0");
        String token = PageSession.csrf(page.body());
        var all = admin.postForm("/admin/outbox/retry-failed", "_csrf=" + token);
        assertThat(PageSession.location(all)).contains("/admin/outbox?status=PENDING");
        assertThat(status(failed)).isIn("PENDING", "SENT");
        var waiting = admin.get("/admin/outbox?status=PENDING").body();
        assertThat(waiting).contains("条失败通知立即重新发送").contains("等待发送（");
    }
}
