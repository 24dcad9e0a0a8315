package org.ffw.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator's pages in a real browser: the outbox with a failed notice sent again, and a staff account's
 * roles changed with a refused attempt first (screenshots admin-outbox*.png, admin-account-change*.png).
 */
class AdminPagesBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_administrator_sends_a_failed_notice_again() {
        String subject = "投诉 LC-2026-999002 已受理 " + System.nanoTime();
        jdbc.update("""
                INSERT INTO notification_outbox (recipient, case_no, template, subject, body, status, attempts,
                    created_at, next_attempt_at, last_error)
                VALUES ('employee', 'LC-2026-999002', 'test', ?, 'body', 'FAILED', 5, ?, ?,
                    'java.net.SocketTimeoutException: connect timed out')""",
                subject, Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
        login("admin");
        open("/");
        find(By.id("nav-outbox")).click();
        waitFor(By.id("notices"));
        assertThat(find(By.id("notices")).getText()).contains(subject, "李娜");
        screenshot("admin-outbox");
        assertAccessible();
        long id = jdbc.queryForObject("SELECT id FROM notification_outbox WHERE subject = ?", Long.class, subject);
        clickAndWait(By.cssSelector("#notice-" + id + " button.retry"));
        assertThat(find(By.id("notice")).getText()).contains("重新发送");
        assertThat(jdbc.queryForObject("SELECT status FROM notification_outbox WHERE id = ?", String.class, id))
                .isIn("PENDING", "SENT");
    }

    @Test
    void the_administrator_changes_an_inspectors_roles() {
        login("admin");
        open("/admin/accounts");
        By card = By.id("account-inspector3");
        find(By.cssSelector("#account-inspector3 details.account-change summary")).click();
        for (var box : findAll(By.cssSelector("#account-inspector3 input[name=roles]"))) {
            if (box.isSelected()) {
                box.click();
            }
        }
        clickAndWait(By.cssSelector("#account-inspector3 .change-submit"));
        assertThat(find(By.id("err-roles-inspector3")).getText()).isEqualTo("请至少选择一个角色");
        screenshot("admin-account-change-error");
        find(By.cssSelector("#account-inspector3 input[value=INSPECTOR]")).click();
        find(By.cssSelector("#account-inspector3 input[value=SUPERVISOR]")).click();
        clickAndWait(By.cssSelector("#account-inspector3 .change-submit"));
        assertThat(find(By.id("notice")).getText()).contains("下次登录起生效");
        find(By.cssSelector("#account-inspector3 details.account-history summary")).click();
        assertThat(find(card).getText()).contains("角色由“劳动监察员”改为“劳动监察员、监察科长”");
        screenshot("admin-account-change");
        // put the demo account back as it was for the other tests
        find(By.cssSelector("#account-inspector3 details.account-change summary")).click();
        find(By.cssSelector("#account-inspector3 input[value=SUPERVISOR]")).click();
        clickAndWait(By.cssSelector("#account-inspector3 .change-submit"));
    }
}
