package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;

/** The pages' door: form login with CSRF, the home page, logout, and the Camunda webapps behind the same login. */
class LoginPageTest extends ApiTest {

    @Test
    void login_page_is_chinese_first_and_carries_a_csrf_token() {
        var page = new PageSession(port).get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("登录").contains("name=\"_csrf\"");
    }

    @Test
    void pages_redirect_anonymous_users_to_login() {
        // (the root is the public home for visitors: portal.PortalPagesTest)
        var r = new PageSession(port).get("/tasks");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void login_without_csrf_token_is_refused() {
        var r = new PageSession(port).postForm("/login", "username=employee&password=demo");
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void wrong_password_returns_to_login_with_an_error() {
        var s = new PageSession(port);
        String token = PageSession.token(s.get("/login").body());
        var r = s.postForm("/login", "username=employee&password=nope&_csrf=" + token);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/login?error");
    }

    @Test
    void home_shows_who_is_signed_in() {
        var s = new PageSession(port).login("inspector", "demo");
        String home = s.get("/").body();
        assertThat(home).contains("张伟").contains("劳动监察员").contains("浦东新区");
    }

    @Test
    void the_session_also_opens_the_api() {
        var s = new PageSession(port).login("employer", "demo");
        assertThat(s.get("/api/v1/me").body()).contains("91310115MA1H8R7C41");
    }

    @Test
    void logout_ends_the_session() {
        var s = new PageSession(port).login("employee", "demo");
        String token = csrfMeta(s.get("/").body());
        var out = s.postForm("/logout", "_csrf=" + token);
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?logout");
        assertThat(s.get("/tasks").statusCode()).isEqualTo(302);
    }

    @Test
    void camunda_webapps_are_for_admin_only_without_a_second_login() {
        var inspector = new PageSession(port).login("inspector", "demo");
        assertThat(inspector.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);

        var admin = new PageSession(port).login("admin", "demo");
        assertThat(admin.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        var user = admin.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"admin\"").contains("cockpit");

        assertThat(new PageSession(port).get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(302);
    }

    private static String csrfMeta(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
