package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The account page's "API 访问令牌" section: list, make (the secret shown once), revoke — as a person uses it. */
class TokenPagesTest extends ApiTest {

    private static final String PASSWORD = "Strong-Token-Pass-1";
    private static final Pattern SECRET = Pattern.compile("id=\"token-secret\"[^>]*value=\"(ffw_[A-Za-z0-9_-]+)\"");

    @Autowired
    JdbcTemplate jdbc;


    @Test
    void the_account_page_lists_makes_and_revokes_tokens() {
        String u = NewStaff.create(api, "tokp", "SUPERVISOR", "310120", PASSWORD);
        PageSession page = new PageSession(port).login(u, PASSWORD);
        var empty = page.get("/account");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("API 访问令牌", "还没有访问令牌", "创建令牌");
        String csrf = PageSession.csrf(empty.body());

        // bad input: said on the page, nothing stored
        var bad = page.postForm("/account/tokens", PageSession.form("_csrf", csrf, "name", "", "days", "abc"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("请填写 1 到 90 之间的天数");
        var tooLong = page.postForm("/account/tokens", PageSession.form("_csrf", csrf, "name", "", "days", "91"));
        assertThat(tooLong.body()).contains("此项必填", "请填写 1 到 90 之间的天数");
        assertThat(count(u)).isZero();
        // without the page's CSRF token a form post is refused
        assertThat(page.postForm("/account/tokens", PageSession.form("name", "forged", "days", "7")).statusCode())
                .isEqualTo(403);
        assertThat(count(u)).isZero();

        var made = page.postForm("/account/tokens", PageSession.form("_csrf", csrf, "name", "报表同步程序", "days", "7"));
        assertThat(made.statusCode()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Matcher m = SECRET.matcher(made.body());
        assertThat(m.find()).as(made.body()).isTrue();
        String secret = m.group(1);
        assertThat(made.body()).contains("离开本页后将无法再次查看此令牌", "已创建访问令牌“报表同步程序”");
        assertThat(api.bearer(secret).get("/api/v1/me").json().path("username").asText()).isEqualTo(u);

        var list = page.get("/account");
        String body = list.body();
        assertThat(body).doesNotContain(secret).contains("报表同步程序", "有效");
        // dates as the pages write them, no ISO timestamps, no enum names
        assertThat(body).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}")
                .doesNotContain(">ACTIVE<", ">REVOKED<", ">EXPIRED<");
        long id = jdbc.queryForObject("SELECT id FROM api_token WHERE username = ?", Long.class, u);
        assertThat(body).contains("id=\"token-" + id + "\"");

        // another account's token: not found
        PageSession other = new PageSession(port).login("supervisor", "demo");
        String otherCsrf = PageSession.csrf(other.get("/account").body());
        assertThat(other.postForm("/account/tokens/" + id + "/revoke", PageSession.form("_csrf", otherCsrf))
                .statusCode()).isEqualTo(404);

        var revoked = page.postForm("/account/tokens/" + id + "/revoke", PageSession.form("_csrf", csrf));
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(PageSession.location(revoked)).startsWith("/account");
        var after = page.get("/account").body();
        assertThat(after).contains("已撤销访问令牌“报表同步程序”", "已撤销");
        assertThat(api.bearer(secret).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void the_section_speaks_english_too() {
        String u = NewStaff.create(api, "tokp", "SUPERVISOR", "310120", PASSWORD);
        PageSession page = new PageSession(port).login(u, PASSWORD);
        var en = page.get("/account?lang=en");
        assertThat(en.body()).contains("API tokens", "No API tokens yet.", "Make token");
        page.get("/account?lang=zh");
    }

    private int count(String u) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE username = ?", Integer.class, u);
    }
}
