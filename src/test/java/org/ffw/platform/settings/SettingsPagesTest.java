package org.ffw.platform.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.RawStrings;
import org.junit.jupiter.api.Test;

/** The administrator's settings page without a browser: access, the table in words, a refused and a good change. */
class SettingsPagesTest extends ApiTest {

    static final String PAGE = "/admin/settings";
    static final String KEY = "subsidy.review-days";

    @Test
    void only_admin_opens_the_page() {
        var anonymous = new PageSession(port).get(PAGE);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        for (String user : new String[] {"officer", "supervisor", "employer", "inspector"}) {
            var r = new PageSession(port).login(user, "demo").get(PAGE);
            assertThat(r.statusCode()).as(user).isEqualTo(403);
        }
        var admin = new PageSession(port).login("admin", "demo");
        var page = admin.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("办理设置", "产假及生育假期间社保补贴", "补贴审核期限", "5 个工作日 至 60 个工作日",
                "受理期限（自收到投诉）", "法定", "若干规定", "证书有效期", "id=\"nav-settings\"");
        String text = visible(page.body());
        assertThat(RawStrings.find(text)).isEmpty();
        assertThat(text).doesNotContain("subsidy.review-days", "WORKING_DAYS", "EMPLOYER_SUBSIDY");
        String english = admin.get(PAGE + "?lang=en").body();
        assertThat(english).contains("Procedure settings", "Review period of a subsidy application",
                "5 working days to 60 working days", "Set by law", "Validity of a certificate", "2 years");
        assertThat(RawStrings.find(visible(english), true)).isEmpty();
        assertThat(visible(english)).doesNotContain("补贴审核期限", "个工作日");
        admin.get(PAGE + "?lang=zh");
        assertThat(new PageSession(port).login("officer", "demo")
                .postForm(PAGE + "/" + KEY, PageSession.form("value", "30", "reason", "原因说明")).statusCode())
                .isIn(403, 302);
    }

    @Test
    void a_bad_change_is_shown_beside_its_field_and_a_good_one_in_the_history() {
        var admin = new PageSession(port).login("admin", "demo");
        String before = SettingChanges.current(api, KEY);
        int next = Integer.parseInt(before) == 60 ? 59 : Integer.parseInt(before) + 1;
        try {
            String csrf = PageSession.csrf(admin.get(PAGE).body());
            var bad = admin.postForm(PAGE + "/" + KEY, PageSession.form("_csrf", csrf, "value", "99", "reason", ""));
            assertThat(bad.statusCode()).isEqualTo(200);
            assertThat(bad.body()).contains("id=\"err-value-" + KEY + "\"", "不能大于 60",
                    "id=\"err-reason-" + KEY + "\"", "此项必填", "value=\"99\"");
            assertThat(RawStrings.find(visible(bad.body()))).isEmpty();
            assertThat(SettingChanges.current(api, KEY)).isEqualTo(before);

            var good = admin.postForm(PAGE + "/" + KEY, PageSession.form("_csrf", csrf, "value",
                    String.valueOf(next), "reason", "年底申请集中，延长审核期限"));
            assertThat(good.statusCode()).as(good.body()).isEqualTo(302);
            String after = admin.get(PAGE).body();
            assertThat(after).contains("已修改“补贴审核期限”为 " + next + " 个工作日", "年底申请集中，延长审核期限",
                    "系统管理员", before + " 个工作日 → " + next + " 个工作日");
            assertThat(RawStrings.find(visible(after))).isEmpty();
            assertThat(SettingChanges.current(api, KEY)).isEqualTo(String.valueOf(next));
        } finally {
            SettingChanges.restore(api, KEY, before);
        }
    }

    static String visible(String html) {
        return html.replaceAll("(?s)<head>.*?</head>", "").replaceAll("(?s)<[^>]+>", " ");
    }
}
