package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ffw.support.Api;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * API tokens through the same door an API client uses: made with Basic (or a session), used with
 * {@code Authorization: Bearer …} alone, refused when unknown, expired, revoked or of a disabled account.
 */
class TokenApiTest extends ApiTest {

    private static final String PASSWORD = "Strong-Token-Pass-1";

    @Autowired
    JdbcTemplate jdbc;

    /** Tokens made by a test for a demo account, revoked after it (tests share one database). */
    private final List<String> demoUsers = new ArrayList<>();

    @AfterEach
    void revokeDemoTokens() {
        for (String u : demoUsers) {
            jdbc.update("UPDATE api_token SET revoked_at = ? WHERE username = ? AND revoked_at IS NULL",
                    Timestamp.from(Instant.now()), u);
        }
    }

    private JsonNode mint(String user, String name) {
        return mint(api.as(user), user, name);
    }

    private JsonNode mint(Api as, String user, String name) {
        if (DemoAccounts.USERNAMES.contains(user)) {
            demoUsers.add(user);
        }
        var r = as.post("/api/v1/tokens", Map.of("name", name, "days", 30));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    private int rows(String user) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE username = ?", Integer.class, user);
    }


    @Test
    void a_token_made_with_basic_authenticates_as_its_account_and_is_stored_as_a_hash_only() {
        JsonNode made = mint("employee", "报表同步");
        String token = made.path("token").asText();
        assertThat(token).startsWith("ffw_").hasSizeGreaterThanOrEqualTo(40);
        assertThat(made.path("name").asText()).isEqualTo("报表同步");
        Instant created = Instant.parse(made.path("createdAt").asText());
        Instant expires = Instant.parse(made.path("expiresAt").asText());
        assertThat(java.time.Duration.between(created, expires).toDays()).isEqualTo(30);

        var me = api.bearer(token).get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo("employee");
        assertThat(me.json().path("roles").get(0).asText()).isEqualTo("EMPLOYEE");
        // the scheme in any case, as RFC 6750 allows
        assertThat(api.anonymous().header("Authorization", "bearer " + token).get("/api/v1/me").status())
                .isEqualTo(200);

        long id = made.path("id").asLong();
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM api_token WHERE id = ?", id);
        assertThat(row.get("TOKEN_HASH")).isEqualTo(ApiTokens.hash(token));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token.substring(4)));
        assertThat(row.get("LAST_USED_AT")).as("used, so stamped").isNotNull();

        // the list: no secret, no hash, the status in words a program reads
        var list = api.as("employee").get("/api/v1/tokens");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).doesNotContain(token.substring(4)).doesNotContain(ApiTokens.hash(token))
                .doesNotContain("tokenHash");
        JsonNode mine = find(list.json(), id);
        assertThat(mine.path("status").asText()).isEqualTo("active");
        assertThat(mine.path("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void last_use_is_written_at_most_once_a_minute() {
        JsonNode made = mint("employee2", "once a minute");
        String token = made.path("token").asText();
        long id = made.path("id").asLong();
        assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        Timestamp first = jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?", Timestamp.class, id);
        assertThat(first).isNotNull();
        for (int i = 0; i < 3; i++) {
            assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        }
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?", Timestamp.class, id))
                .isEqualTo(first);
        // a minute later it is written again
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?",
                Timestamp.from(Instant.now().minusSeconds(120)), id);
        assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT last_used_at FROM api_token WHERE id = ?", Timestamp.class, id)
                .toInstant()).isAfter(Instant.now().minusSeconds(60));
    }

    @Test
    void a_bearer_write_needs_no_csrf_token_but_a_token_cannot_make_another() {
        String token = mint("employer", "ERP").path("token").asText();
        var again = api.bearer(token).post("/api/v1/tokens", Map.of("name", "second"));
        assertProblem(again, 403);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE username = 'employer' AND name = 'second'",
                Integer.class)).isZero();

        // a write with the bearer alone, no session, no CSRF token: revoking another of its own tokens
        long other = mint("employer", "to revoke").path("id").asLong();
        var del = api.bearer(token).delete("/api/v1/tokens/" + other);
        assertThat(del.status()).as(del.toString()).isEqualTo(204);
        assertThat(find(api.as("employer").get("/api/v1/tokens").json(), other).path("status").asText())
                .isEqualTo("revoked");
        // a session cookie riding along is not read: the token alone decides
        var page = new PageSession(port).login("employer", "demo");
        var withSession = page.postJson("/api/v1/me/logout-everywhere", "{}", false, "Authorization",
                "Bearer ffw_forged");
        assertProblem(withSession, 401);
        assertThat(page.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void unknown_garbage_expired_and_revoked_tokens_are_refused_in_the_callers_language() {
        for (String bad : new String[] {"ffw_nope", "garbage", "ffw_" + "A".repeat(43), "!!!", ""}) {
            var r = api.anonymous().header("Authorization", "Bearer " + bad).header("Accept-Language", "en")
                    .get("/api/v1/me");
            JsonNode p = assertProblem(r, 401);
            assertThat(p.path("detail").asText()).as(bad).contains("token");
            assertThat(r.raw().headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        }
        JsonNode zh = assertProblem(api.bearer("ffw_nope").header("Accept-Language", "zh-CN").get("/api/v1/me"), 401);
        assertThat(zh.path("detail").asText()).contains("令牌");
        // a public path is no way around it: a refused token is a 401 there too
        assertProblem(api.bearer("ffw_nope").get("/api/v1/districts"), 401);

        JsonNode expired = mint("employee", "expired");
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(1)),
                expired.path("id").asLong());
        assertProblem(api.bearer(expired.path("token").asText()).get("/api/v1/me"), 401);
        assertThat(find(api.as("employee").get("/api/v1/tokens").json(), expired.path("id").asLong())
                .path("status").asText()).isEqualTo("expired");

        JsonNode revoked = mint("employee", "revoked");
        assertThat(api.bearer(revoked.path("token").asText()).get("/api/v1/me").status()).isEqualTo(200);
        assertThat(api.as("employee").delete("/api/v1/tokens/" + revoked.path("id").asLong()).status())
                .isEqualTo(204);
        assertProblem(api.bearer(revoked.path("token").asText()).get("/api/v1/me"), 401);
        // revoking again changes nothing
        assertThat(api.as("employee").delete("/api/v1/tokens/" + revoked.path("id").asLong()).status())
                .isEqualTo(204);
    }

    @Test
    void disabling_the_account_refuses_and_revokes_its_tokens() {
        String u = NewStaff.create(api, "tok", "INSPECTOR", "310120", PASSWORD);
        JsonNode made = mint(api.as(u, PASSWORD), u, "disabled");
        String token = made.path("token").asText();
        assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        try {
            assertThat(api.as("admin").post("/api/v1/admin/accounts/" + u + "/disable", Map.of()).status())
                    .isEqualTo(204);
            assertProblem(api.bearer(token).get("/api/v1/me"), 401);
        } finally {
            api.as("admin").post("/api/v1/admin/accounts/" + u + "/enable", Map.of());
        }
        // enabling the account again does not bring its tokens back
        assertProblem(api.bearer(token).get("/api/v1/me"), 401);
        assertThat(find(api.as(u, PASSWORD).get("/api/v1/tokens").json(), made.path("id").asLong())
                .path("status").asText()).isEqualTo("revoked");
    }

    @Test
    void a_disabled_account_is_refused_even_before_its_tokens_are_revoked() {
        String u = NewStaff.create(api, "tok", "INSPECTOR", "310120", PASSWORD);
        String token = mint(api.as(u, PASSWORD), u, "raw").path("token").asText();
        try {
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", u);
            assertProblem(api.bearer(token).get("/api/v1/me"), 401);
        } finally {
            jdbc.update("UPDATE app_user SET enabled = TRUE WHERE username = ?", u);
        }
        assertThat(api.bearer(token).get("/api/v1/me").status()).isEqualTo(200);
        api.as(u, PASSWORD).post("/api/v1/me/logout-everywhere", Map.of());
    }

    @Test
    void logout_everywhere_revokes_every_token_of_the_account() {
        String u = NewStaff.create(api, "tok", "INSPECTOR", "310120", PASSWORD);
        String one = mint(api.as(u, PASSWORD), u, "one").path("token").asText();
        String two = mint(api.as(u, PASSWORD), u, "two").path("token").asText();
        // with the bearer alone, no CSRF token: a write that goes through
        assertThat(api.bearer(one).post("/api/v1/me/logout-everywhere", Map.of()).status()).isEqualTo(204);
        assertProblem(api.bearer(one).get("/api/v1/me"), 401);
        assertProblem(api.bearer(two).get("/api/v1/me"), 401);
        assertThat(api.as(u, PASSWORD).get("/api/v1/tokens").json().findValuesAsText("status"))
                .containsOnly("revoked");
    }

    @Test
    void a_password_reset_revokes_the_accounts_tokens() {
        String u = NewStaff.create(api, "tok", "INSPECTOR", "310120", PASSWORD);
        String token = mint(api.as(u, PASSWORD), u, "before reset").path("token").asText();
        var reset = api.as("admin").post("/api/v1/admin/accounts/" + u + "/password-reset", Map.of());
        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertProblem(api.bearer(token).get("/api/v1/me"), 401);
    }

    @Test
    void makers_at_once_cannot_pass_the_limit_together() throws Exception {
        String u = NewStaff.create(api, "tok", "INSPECTOR", "310120", PASSWORD);
        Api as = api.as(u, PASSWORD);
        for (int i = 1; i <= 7; i++) {
            mint(as, u, "pre" + i);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String name = "race" + i;
                calls.add(pool.submit(() -> as.post("/api/v1/tokens", Map.of("name", name)).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (var c : calls) {
                statuses.add(c.get());
            }
            assertThat(statuses).as(statuses.toString()).containsOnly(201, 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(3);
        } finally {
            pool.shutdown();
        }
        assertThat(rows(u)).isEqualTo(10);
        as.post("/api/v1/me/logout-everywhere", Map.of());
    }

    @Test
    void another_accounts_token_cannot_be_revoked_or_seen() {
        JsonNode made = mint("employee", "mine");
        long id = made.path("id").asLong();
        demoUsers.add("employee2");
        assertProblem(api.as("employee2").delete("/api/v1/tokens/" + id), 404);
        assertProblem(api.as("employee2").delete("/api/v1/tokens/999999999"), 404);
        assertProblem(api.as("employee2").delete("/api/v1/tokens/abc"), 400);
        assertThat(api.as("employee2").get("/api/v1/tokens").json().findValuesAsText("id"))
                .doesNotContain(String.valueOf(id));
        assertThat(api.bearer(made.path("token").asText()).get("/api/v1/me").status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/tokens"), 401);
        assertProblem(api.post("/api/v1/tokens", Map.of("name", "anonymous")), 401);
    }

    @Test
    void bad_input_is_a_400_that_stores_nothing() {
        String u = NewStaff.create(api, "tok", "INSPECTOR", "310120", PASSWORD);
        Api as = api.as(u, PASSWORD);
        assertProblem(as.post("/api/v1/tokens", Map.of("days", 30)), 400, "name");
        assertProblem(as.post("/api/v1/tokens", Map.of("name", "   ")), 400, "name");
        assertProblem(as.post("/api/v1/tokens", Map.of("name", "x".repeat(61))), 400, "name");
        assertProblem(as.post("/api/v1/tokens", Map.of("name", "ok", "days", 0)), 400, "days");
        assertProblem(as.post("/api/v1/tokens", Map.of("name", "ok", "days", 91)), 400, "days");
        assertProblem(as.post("/api/v1/tokens", "{\"name\":\"ok\",\"days\":\"x\"}"), 400, "days");
        assertProblem(as.post("/api/v1/tokens", "{\"name\":\"ok\",\"scope\":\"all\"}"), 400, "scope");
        assertProblem(as.post("/api/v1/tokens", "not json"), 400);
        assertThat(rows(u)).isZero();
        // the edges are allowed; days left out is 30
        var sixty = as.post("/api/v1/tokens", Map.of("name", "x".repeat(60), "days", 90));
        assertThat(sixty.status()).as(sixty.toString()).isEqualTo(201);
        var plain = as.post("/api/v1/tokens", Map.of("name", "default")).json();
        assertThat(java.time.Duration.between(Instant.parse(plain.path("createdAt").asText()),
                Instant.parse(plain.path("expiresAt").asText())).toDays()).isEqualTo(30);
        as.post("/api/v1/me/logout-everywhere", Map.of());
    }

    @Test
    void an_account_holds_at_most_ten_live_tokens() {
        String u = NewStaff.create(api, "tok", "INSPECTOR", "310120", PASSWORD);
        Api as = api.as(u, PASSWORD);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            ids.add(mint(as, u, "t" + i).path("id").asLong());
        }
        assertProblem(as.post("/api/v1/tokens", Map.of("name", "t11")), 409);
        assertThat(rows(u)).isEqualTo(10);
        // an expired or revoked one no longer counts
        assertThat(as.delete("/api/v1/tokens/" + ids.get(0)).status()).isEqualTo(204);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?", Timestamp.from(Instant.now().minusSeconds(5)),
                ids.get(1));
        mint(as, u, "t11");
        mint(as, u, "t12");
        assertProblem(as.post("/api/v1/tokens", Map.of("name", "t13")), 409);
        as.post("/api/v1/me/logout-everywhere", Map.of());
    }

    private static JsonNode find(JsonNode list, long id) {
        for (JsonNode t : list) {
            if (t.path("id").asLong() == id) {
                return t;
            }
        }
        throw new AssertionError("no token " + id + " in " + list);
    }

    @Autowired
    ApiTokenPruning pruning;
    @Autowired
    org.springframework.scheduling.config.ScheduledTaskHolder scheduled;

    @Test
    void the_pruning_runs_every_night() {
        assertThat(scheduled.getScheduledTasks()).anySatisfy(t -> {
            assertThat(t.getTask()).isInstanceOf(org.springframework.scheduling.config.CronTask.class);
            assertThat(t.getTask().getRunnable().toString()).contains("ApiTokenPruning.prune");
            assertThat(((org.springframework.scheduling.config.CronTask) t.getTask()).getExpression())
                    .isEqualTo("0 40 3 * * *");
        });
    }

    @Test
    void tokens_that_ended_more_than_ninety_days_ago_are_pruned_and_the_others_kept() {
        long revokedLongAgo = mint("employee2", "旧的已撤销").path("id").asLong();
        long expiredLongAgo = mint("employee2", "旧的已过期").path("id").asLong();
        long expiredLately = mint("employee2", "最近过期").path("id").asLong();
        long live = mint("employee2", "仍有效").path("id").asLong();
        Instant now = Instant.now();
        jdbc.update("UPDATE api_token SET revoked_at = ? WHERE id = ?",
                Timestamp.from(now.minus(java.time.Duration.ofDays(91))), revokedLongAgo);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?",
                Timestamp.from(now.minus(java.time.Duration.ofDays(95))), expiredLongAgo);
        jdbc.update("UPDATE api_token SET expires_at = ? WHERE id = ?",
                Timestamp.from(now.minus(java.time.Duration.ofDays(3))), expiredLately);

        try {
            assertThat(pruning.prune()).isGreaterThanOrEqualTo(2);

            List<Long> left = jdbc.queryForList("SELECT id FROM api_token WHERE username = 'employee2'", Long.class);
            assertThat(left).doesNotContain(revokedLongAgo, expiredLongAgo).contains(expiredLately, live);
            JsonNode list = api.as("employee2").get("/api/v1/tokens").json();
            assertThat(list.toString()).contains("最近过期").doesNotContain("旧的已撤销");
        } finally { // the demo account's token list is another test's page (TokenBrowserTest)
            for (long id : new long[] {revokedLongAgo, expiredLongAgo, expiredLately, live}) {
                jdbc.update("DELETE FROM api_token WHERE id = ?", id);
            }
        }
    }
}
