package org.ffw.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The accounts pages through the browser's door: who may open them, bad input answered on the page storing nothing. */
class AccountPagesTest extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void registration_and_reset_pages_are_public_and_the_login_page_links_them() {
        var s = new PageSession(port);
        assertThat(s.get("/login").body()).contains("/public/register/employee").contains("/public/password-reset");
        for (String path : new String[] {"/public/register/employee", "/public/register/employer",
                "/public/password-reset"}) {
            var r = s.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).contains("for=\"f-phone\"").contains("id=\"f-phone\"");
        }
    }

    @Test
    void the_employee_form_shows_each_problem_by_its_field_and_stores_nothing() {
        var s = new PageSession(port);
        String token = PageSession.token(s.get("/public/register/employee").body());
        String phone = Registrations.phone();
        var r = s.postForm("/public/register/employee", "realName=&residentId=123&phone=" + phone
                + "&code=12&password=short&action=register&_csrf=" + enc(token));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"err-realName\"").contains("id=\"err-residentId\"")
                .contains("id=\"err-code\"").contains("密码至少 10 个字符").contains("aria-invalid=\"true\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, phone))
                .isZero();
        // "send code" through the same form
        var sent = s.postForm("/public/register/employee", "phone=" + phone + "&action=code&_csrf=" + enc(token));
        assertThat(sent.body()).contains("验证码已发送");
        String code = Registrations.codeSentTo(jdbc, phone);
        var ok = s.postForm("/public/register/employee", "realName=" + enc("李梅") + "&residentId="
                + Registrations.residentId() + "&phone=" + phone + "&code=" + code
                + "&password=Ziyou-Lvse-2026&action=register&_csrf=" + enc(token));
        assertThat(ok.headers().firstValue("Location").orElse("")).contains("/login?registered");
    }

    @Test
    void the_staff_pages_are_for_their_roles_only() {
        assertThat(new PageSession(port).login("inspector", "demo").get("/admin/accounts").statusCode())
                .isEqualTo(403);
        assertThat(new PageSession(port).login("employee", "demo").get("/account/employer-requests").statusCode())
                .isEqualTo(403);
        assertThat(new PageSession(port).login("employee", "demo").get("/account/invitations").statusCode())
                .isEqualTo(403);
        assertThat(new PageSession(port).login("supervisor", "demo").get("/account/employer-requests").statusCode())
                .isEqualTo(200);
        assertThat(new PageSession(port).get("/account").statusCode()).isEqualTo(302);
    }

    @Test
    void the_administrator_creates_a_staff_account_on_the_page() {
        var admin = new PageSession(port).login("admin", "demo");
        var page = admin.get("/admin/accounts");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("张伟（浦东监察）").contains("劳动监察员").doesNotContain(">INSPECTOR<");
        String token = csrf(page.body());
        String u = "page" + (System.nanoTime() % 100000);
        var bad = admin.postForm("/admin/accounts", "username=" + u + "&displayName=" + enc("测试")
                + "&role=INSPECTOR&district=&password=Strong-Staff-Pass-1&_csrf=" + enc(token));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"err-district\"");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, u)).isZero();
        var ok = admin.postForm("/admin/accounts", "username=" + u + "&displayName=" + enc("测试")
                + "&role=INSPECTOR&district=310120&password=Strong-Staff-Pass-1&_csrf=" + enc(token));
        assertThat(ok.headers().firstValue("Location").orElse("")).endsWith("/admin/accounts");
        assertThat(new PageSession(port).login(u, "Strong-Staff-Pass-1").get("/").statusCode()).isEqualTo(200);
    }

    private static String csrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
