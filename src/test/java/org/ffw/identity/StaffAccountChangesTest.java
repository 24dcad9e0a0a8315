package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator changes a staff account's roles and district (API and page): the rules refuse with a 400 beside
 * the field and store nothing; a change ends the account's sessions and is recorded with who made it, in words.
 */
class StaffAccountChangesTest extends ApiTest {

    private static final String PASSWORD = "Strong-Staff-Pass-1";
    private static int seq = (int) (System.nanoTime() % 100000);

    @Autowired
    JdbcTemplate jdbc;

    private String newInspector() {
        String u = "chg" + (++seq);
        Map<String, Object> m = new HashMap<>();
        m.put("username", u);
        m.put("displayName", "测试 " + u);
        m.put("role", "INSPECTOR");
        m.put("district", "310117"); // 松江: a district other tests do not list
        m.put("password", PASSWORD);
        assertThat(api.as("admin").post("/api/v1/admin/accounts", m).status()).isEqualTo(201);
        made.add(u);
        return u;
    }

    private final java.util.List<String> made = new java.util.ArrayList<>();

    /** Its accounts leave the lists of staff again. */
    @org.junit.jupiter.api.AfterEach
    void disableThem() {
        for (String u : made) {
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", u);
        }
    }

    private static Map<String, Object> change(List<String> roles, String district) {
        Map<String, Object> m = new HashMap<>();
        m.put("roles", roles);
        m.put("district", district);
        return m;
    }

    private int changes(String u) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM staff_account_change WHERE username = ?", Integer.class, u);
    }

    @Test
    void roles_and_district_change_end_the_sessions_and_are_recorded_in_words() {
        String u = newInspector();
        var before = api.as(u, PASSWORD).get("/api/v1/me").json();
        assertThat(before.path("district").asText()).isEqualTo("310117");
        var page = new PageSession(port).login(u, PASSWORD);
        assertThat(page.get("/").statusCode()).isEqualTo(200);
        int recorded = changes(u); // created, district

        var r = api.as("admin").put("/api/v1/admin/accounts/" + u,
                change(List.of("INSPECTOR", "SUPERVISOR"), "310118"));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
        var me = api.as(u, PASSWORD).get("/api/v1/me").json();
        assertThat(me.path("district").asText()).isEqualTo("310118");
        assertThat(me.path("roles").toString()).contains("INSPECTOR", "SUPERVISOR");
        assertThat(page.get("/").headers().firstValue("Location").orElse("")).contains("/login?ended");
        assertThat(changes(u)).isEqualTo(recorded + 2);

        var history = api.as("admin").get("/api/v1/admin/accounts/" + u + "/changes").json();
        assertThat(history.get(0).path("changedBy").asText()).isEqualTo("admin");
        assertThat(history.toString()).contains("ROLES", "DISTRICT", "CREATED")
                .contains("Roles changed from “Labour inspector” to “Labour inspector, Inspection supervisor”")
                .contains("District changed from “Songjiang” to “Qingpu”"); // the API speaks the caller's language
        assertThat(history.get(0).path("changedByName").asText()).isNotBlank().isNotEqualTo("admin");

        // the same set again changes nothing and records nothing
        assertThat(api.as("admin").put("/api/v1/admin/accounts/" + u,
                change(List.of("SUPERVISOR", "INSPECTOR"), "310118")).status()).isEqualTo(204);
        assertThat(changes(u)).isEqualTo(recorded + 2);

        // an administrator alone has no district; the account becomes one of the webapps' administrators too
        assertThat(api.as("admin").put("/api/v1/admin/accounts/" + u, change(List.of("ADMIN"), null)).status())
                .isEqualTo(204);
        assertThat(api.as(u, PASSWORD).get("/api/v1/admin/accounts").status()).isEqualTo(200);
    }

    @Test
    void bad_changes_are_refused_beside_the_field_and_store_nothing() {
        String u = newInspector();
        int recorded = changes(u);
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/" + u, change(List.of(), "310117")), 400, "roles");
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/" + u, change(List.of("EMPLOYEE"), "310117")),
                400, "roles");
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/" + u, change(List.of("SUPERVISOR"), null)),
                400, "district");
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/" + u, change(List.of("SUPERVISOR"), "999999")),
                400, "district");
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/" + u, change(List.of("ADMIN"), "310117")),
                400, "district");
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/admin", change(List.of("INSPECTOR"), "310117")),
                400, "roles"); // one's own administrator role
        assertProblem(api.as("supervisor").put("/api/v1/admin/accounts/" + u, change(List.of("SUPERVISOR"),
                "310117")), 403);
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/employee", change(List.of("INSPECTOR"),
                "310117")), 404);
        assertProblem(api.as("admin").put("/api/v1/admin/accounts/nobody-here", change(List.of("INSPECTOR"),
                "310117")), 404);
        assertProblem(api.as("inspector").get("/api/v1/admin/accounts/" + u + "/changes"), 403);
        assertThat(changes(u)).isEqualTo(recorded);
        var me = api.as(u, PASSWORD).get("/api/v1/me").json();
        assertThat(me.path("roles").toString()).isEqualTo("[\"INSPECTOR\"]");
        assertThat(me.path("district").asText()).isEqualTo("310117");
    }

    @Test
    void the_administrator_changes_an_account_on_the_page_and_reads_its_history() {
        String u = newInspector();
        var admin = new PageSession(port).login("admin", "demo");
        var page = admin.get("/admin/accounts");
        String token = PageSession.csrf(page.body());
        var bad = admin.postForm("/admin/accounts/" + u + "/roles", "district=310117&_csrf=" + enc(token));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("id=\"err-roles-" + u + "\"").contains("请至少选择一个角色");
        assertThat(changes(u)).isEqualTo(2);

        var ok = admin.postForm("/admin/accounts/" + u + "/roles",
                "roles=SUPERVISOR&district=310118&_csrf=" + enc(token));
        assertThat(PageSession.location(ok)).contains("/admin/accounts#account-" + u);
        var after = admin.get("/admin/accounts").body();
        assertThat(after).contains("角色由“劳动监察员”改为“监察科长”").contains("所在区由“松江区”改为“青浦区”")
                .doesNotContain(">SUPERVISOR<").doesNotContain("ROLES");
        assertThat(new PageSession(port).login("inspector", "demo").get("/admin/accounts").statusCode())
                .isEqualTo(403);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
