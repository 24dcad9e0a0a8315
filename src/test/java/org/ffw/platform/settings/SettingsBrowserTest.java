package org.ffw.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * 办理设置 in a real browser: the administrator opens it from the menu, enters a value out of bounds without a reason
 * (both problems beside their fields), then a good change, which the history lists. Screenshots at 1280 and 375 px
 * (target/screenshots/settings*.png).
 */
class SettingsBrowserTest extends BrowserTest {

    static final String KEY = "subsidy.review-days";

    @Test
    void the_administrator_changes_the_subsidy_review_period() {
        String before = SettingChanges.current(api, KEY);
        int next = Integer.parseInt(before) == 60 ? 59 : Integer.parseInt(before) + 1;
        try {
            login("admin");
            open("/");
            find(By.id("nav-settings")).click();
            waitFor(By.id("settings-history"));
            assertThat(find(By.id("setting-" + KEY)).getText()).contains("补贴审核期限", before + " 个工作日");
            assertThat(find(By.id("setting-complaint.acceptance-days")).getText()).contains("法定", "5 个工作日");
            screenshot("settings");
            assertAccessible();

            find(By.cssSelector("#setting-" + KEY.replace(".", "\\.") + " summary")).click();
            type(By.id("f-value-" + KEY), "99");
            clickAndWait(By.id("submit-" + KEY));
            assertThat(find(By.id("err-value-" + KEY)).getText()).isEqualTo("不能大于 60");
            assertThat(find(By.id("err-reason-" + KEY)).getText()).isEqualTo("此项必填");
            screenshot("settings-error");

            type(By.id("f-value-" + KEY), String.valueOf(next));
            type(By.id("f-reason-" + KEY), "年底申请集中，延长审核期限");
            clickAndWait(By.id("submit-" + KEY));
            assertThat(find(By.id("notice")).getText()).contains("补贴审核期限", next + " 个工作日");
            assertThat(find(By.id("settings-history")).getText()).contains("年底申请集中，延长审核期限", "系统管理员");
            assertThat(find(By.id("setting-" + KEY)).getText()).contains(next + " 个工作日", "系统管理员");
            screenshot("settings-changed");
        } finally {
            SettingChanges.restore(api, KEY, before);
        }
    }
}
