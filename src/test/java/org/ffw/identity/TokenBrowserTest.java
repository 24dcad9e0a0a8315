package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The account page's API tokens in a real browser: make one, see its secret once, revoke it. Screenshots at 1280 and
 * 375 px (target/screenshots/account-tokens-*.png).
 */
class TokenBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void revoke() {
        jdbc.update("UPDATE api_token SET revoked_at = ? WHERE username = 'employee2' AND revoked_at IS NULL",
                Timestamp.from(Instant.now()));
    }

    @Test
    void a_user_makes_sees_once_and_revokes_a_token() {
        login("employee2");
        open("/account");
        waitFor(By.id("tokens"));
        type(By.id("f-name"), "个税申报助手");
        type(By.id("f-days"), "14");
        clickAndWait(By.id("token-create"));
        waitFor(By.id("token-issued"));
        String secret = find(By.id("token-secret")).getAttribute("value");
        assertThat(secret).startsWith("ffw_");
        assertThat(find(By.id("token-issued")).getText()).contains("无法再次查看");
        assertThat(find(By.id("token-list")).getText()).contains("个税申报助手", "有效", "从未使用");
        screenshot("account-tokens-issued");

        assertThat(api.bearer(secret).get("/api/v1/me").status()).isEqualTo(200);
        open("/account");
        assertThat(browser.getPageSource()).doesNotContain(secret);
        assertThat(find(By.id("token-list")).getText()).contains("个税申报助手").doesNotContain("从未使用");
        clickAndWait(By.cssSelector("#token-list button.revoke"));
        waitFor(By.id("notice"));
        assertThat(find(By.id("notice")).getText()).contains("已撤销访问令牌");
        assertThat(find(By.id("token-list")).getText()).contains("已撤销");
        screenshot("account-tokens");
        assertThat(api.bearer(secret).get("/api/v1/me").status()).isEqualTo(401);
    }
}
