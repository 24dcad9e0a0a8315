package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.ffw.platform.security.FfwUser;
import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Sessions live in the database (Spring Session JDBC), not in one node's memory: a sign-in leaves a row any node
 * can load (the signed-in user deserializes), a client that brings only the session cookie is served as that user
 * (as by another node behind a load balancer), a session-riding API call needs the session's CSRF token, and logout
 * or an administrator's change of the account ends the session for every node.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharedSessionsTest extends ApiTest {

    private static final String PASSWORD = "Strong-Shared-Pass-1";

    @Autowired
    FindByIndexNameSessionRepository<? extends Session> sessions;
    @Autowired
    JdbcTemplate jdbc;

    private String made;

    @AfterEach
    void disableIt() {
        if (made != null) {
            jdbc.update("UPDATE app_user SET enabled = FALSE WHERE username = ?", made);
        }
    }

    private String newInspector() {
        // 松江: a district other tests do not list
        String u = NewStaff.create(api, "shs", "INSPECTOR", "310117", PASSWORD);
        made = u;
        return u;
    }

    /** A client with no state of its own but the session cookie, as another node sees the browser. */
    private HttpResponse<String> withCookie(String cookie, String method, String path, String csrf) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Cookie", "SESSION=" + cookie).header("Accept", "application/json, text/html");
        if (csrf != null) {
            b.header("X-CSRF-TOKEN", csrf);
        }
        b.method(method, HttpRequest.BodyPublishers.noBody());
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(String username) {
        var found = sessions.findByPrincipalName(username);
        assertThat(found).as("sessions of " + username + " in SPRING_SESSION").hasSize(1);
        Session s = found.values().iterator().next();
        SecurityContext ctx = s.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(ctx.getAuthentication().getPrincipal()).isInstanceOfSatisfying(FfwUser.class,
                u -> assertThat(u.getUsername()).isEqualTo(username));
        // the cookie carries the id Base64-encoded (Spring Session's DefaultCookieSerializer)
        return java.util.Base64.getEncoder().encodeToString(s.getId().getBytes());
    }

    @Test
    void a_session_is_a_database_row_that_any_client_with_its_cookie_is_served_by() throws Exception {
        String u = newInspector();
        PageSession browser = new PageSession(port).login(u, PASSWORD);
        String cookie = cookie(u);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM SPRING_SESSION WHERE PRINCIPAL_NAME = ?", Integer.class,
                u)).isEqualTo(1);

        var page = withCookie(cookie, "GET", "/account", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(u);
        String csrf = PageSession.csrf(browser.get("/").body());
        var me = withCookie(cookie, "GET", "/api/v1/session", null);
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);

        // a session-riding write without the session's token is refused; with it, it goes through
        assertThat(withCookie(cookie, "POST", "/api/v1/me/logout-everywhere", null).statusCode()).isEqualTo(403);
        assertThat(sessions.findByPrincipalName(u)).hasSize(1);
        assertThat(withCookie(cookie, "POST", "/api/v1/me/logout-everywhere", csrf).statusCode()).isEqualTo(204);
        assertThat(sessions.findByPrincipalName(u)).as("the session row is gone").isEmpty();
        assertThat(PageSession.location(browser.get("/account"))).startsWith("/login");
    }

    @Test
    void logout_and_an_administrators_change_end_the_session_for_every_node() throws Exception {
        String u = newInspector();
        PageSession browser = new PageSession(port).login(u, PASSWORD);
        String csrf = PageSession.csrf(browser.get("/").body());
        assertThat(browser.postForm("/logout", "_csrf=" + csrf).statusCode()).isEqualTo(302);
        assertThat(sessions.findByPrincipalName(u)).as("logout removes the row").isEmpty();

        PageSession again = new PageSession(port).login(u, PASSWORD);
        String cookie = cookie(u);
        assertThat(api.as("admin").post("/api/v1/admin/accounts/" + u + "/disable", Map.of()).status())
                .isEqualTo(204);
        // the next request on the session, whichever node serves it, is signed out
        var ended = withCookie(cookie, "GET", "/api/v1/session", null);
        assertThat(ended.statusCode()).isEqualTo(401);
        assertThat(PageSession.location(again.get("/account"))).startsWith("/login");
    }
}
