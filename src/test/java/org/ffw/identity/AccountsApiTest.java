package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;

/** Staff accounts by ADMIN only; throttling and locking; sessions that end; the login page's words. */
class AccountsApiTest extends ApiTest {

    private static int seq = (int) (System.nanoTime() % 100000);

    private static String name(String prefix) {
        return prefix + (++seq);
    }

    private Map<String, Object> staff(String username, String role, String district) {
        Map<String, Object> m = new HashMap<>();
        m.put("username", username);
        m.put("displayName", "测试 " + username);
        m.put("role", role);
        m.put("district", district);
        m.put("password", "Strong-Staff-Pass-1");
        return m;
    }

    @Test
    void only_admin_creates_staff_accounts_with_role_and_district() {
        String u = name("insp");
        assertProblem(api.as("inspector").post("/api/v1/admin/accounts", staff(u, "INSPECTOR", "310120")), 403);
        assertProblem(api.post("/api/v1/admin/accounts", staff(u, "INSPECTOR", "310120")), 401);
        assertProblem(api.as("admin").post("/api/v1/admin/accounts", staff(u, "INSPECTOR", "999999")), 400,
                "district");
        assertProblem(api.as("admin").post("/api/v1/admin/accounts", staff(u, "EMPLOYEE", null)), 400, "role");
        var weak = staff(u, "INSPECTOR", "310120");
        weak.put("password", "qwertyuiop");
        assertProblem(api.as("admin").post("/api/v1/admin/accounts", weak), 400, "password");
        assertProblem(api.as("admin").post("/api/v1/admin/accounts", staff("Bad Name", "INSPECTOR", "310115")), 400,
                "username");
        assertProblem(api.as(u, "Strong-Staff-Pass-1").get("/api/v1/me"), 401); // nothing was stored
        var r = api.as("admin").post("/api/v1/admin/accounts", staff(u, "INSPECTOR", "310120"));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        var me = api.as(u, "Strong-Staff-Pass-1").get("/api/v1/me").json();
        assertThat(me.path("roles").get(0).asText()).isEqualTo("INSPECTOR");
        assertThat(me.path("district").asText()).isEqualTo("310120");
        assertProblem(api.as("admin").post("/api/v1/admin/accounts", staff(u, "INSPECTOR", "310120")), 400,
                "username");
    }

    @Test
    void disabling_an_account_ends_its_sessions_and_a_reset_gives_a_new_password() {
        String u = name("off");
        api.as("admin").post("/api/v1/admin/accounts", staff(u, "SUPERVISOR", "310120"));
        var page = new PageSession(port).login(u, "Strong-Staff-Pass-1");
        assertThat(page.get("/").statusCode()).isEqualTo(200);
        assertProblem(api.as("supervisor").post("/api/v1/admin/accounts/" + u + "/disable", Map.of()), 403);
        assertThat(api.as("admin").post("/api/v1/admin/accounts/" + u + "/disable", Map.of()).status())
                .isEqualTo(204);
        assertThat(page.get("/").headers().firstValue("Location").orElse("")).contains("/login?ended");
        assertProblem(api.as(u, "Strong-Staff-Pass-1").get("/api/v1/me"), 401);
        assertProblem(api.as("admin").post("/api/v1/admin/accounts/employee/disable", Map.of()), 404);

        api.as("admin").post("/api/v1/admin/accounts/" + u + "/enable", Map.of());
        String temp = api.as("admin").post("/api/v1/admin/accounts/" + u + "/password-reset", Map.of()).json()
                .path("temporaryPassword").asText();
        assertThat(temp).hasSizeGreaterThanOrEqualTo(10);
        assertThat(api.as(u, temp).get("/api/v1/me").status()).isEqualTo(200);
        assertProblem(api.as(u, "Strong-Staff-Pass-1").get("/api/v1/me"), 401);
    }

    @Test
    void logout_everywhere_ends_every_session_of_the_account() {
        String u = name("all");
        api.as("admin").post("/api/v1/admin/accounts", staff(u, "INSPECTOR", "310120"));
        var one = new PageSession(port).login(u, "Strong-Staff-Pass-1");
        var two = new PageSession(port).login(u, "Strong-Staff-Pass-1");
        String token = csrf(one.get("/account").body());
        var out = one.postForm("/account/logout-everywhere", "_csrf=" + token);
        assertThat(out.headers().firstValue("Location").orElse("")).contains("/login?everywhere");
        assertThat(two.get("/").headers().firstValue("Location").orElse("")).contains("/login?ended");
        // a page that needs a sign-in sends the ended session to the login page ("/" is the public home)
        assertThat(one.get("/tasks").statusCode()).isEqualTo(302);
        // a new sign-in works
        assertThat(new PageSession(port).login(u, "Strong-Staff-Pass-1").get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void repeated_failures_slow_down_then_lock_the_account_with_429_for_the_api() throws Exception {
        String u = name("lock");
        api.as("admin").post("/api/v1/admin/accounts", staff(u, "INSPECTOR", "310120"));
        for (int i = 0; i < 3; i++) {
            assertProblem(api.as(u, "wrong-" + i).get("/api/v1/me"), 401);
        }
        // slowed down: an immediate attempt, even with the right password, must wait
        var slow = api.as(u, "Strong-Staff-Pass-1").get("/api/v1/me");
        assertProblem(slow, 429);
        assertThat(slow.header("Retry-After")).isNotBlank();
        // the wait (1 s in the test profile, doubling per failure) has passed
        Thread.sleep(1100);
        assertProblem(api.as(u, "wrong-3").get("/api/v1/me"), 401);
        Thread.sleep(2100);
        assertProblem(api.as(u, "wrong-4").get("/api/v1/me"), 401);
        var locked = api.as(u, "Strong-Staff-Pass-1").get("/api/v1/me");
        assertThat(assertProblem(locked, 429).path("type").asText()).endsWith("account-locked");
        // the login page says so
        var s = new PageSession(port);
        String token = PageSession.token(s.get("/login").body());
        var r = s.postForm("/login", "username=" + u + "&password=Strong-Staff-Pass-1&_csrf=" + token);
        assertThat(r.headers().firstValue("Location").orElse("")).contains("/login?locked=");
        assertThat(s.get("/login?locked=15").body()).contains("已暂时锁定").contains("15 分钟");
        // the administrator's reset unlocks it
        String temp = api.as("admin").post("/api/v1/admin/accounts/" + u + "/password-reset", Map.of()).json()
                .path("temporaryPassword").asText();
        assertThat(api.as(u, temp).get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void the_session_api_tells_the_timeout_and_the_warning() {
        var s = new PageSession(port).login("employee", "demo");
        var r = s.get("/api/v1/session?lang=zh");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("timeoutSeconds").contains("warningSeconds").contains("继续使用");
        assertThat(s.get("/").body()).contains("js/session.js");
    }

    private static String csrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
