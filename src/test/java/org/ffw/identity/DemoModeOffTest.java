package org.ffw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.ffw.support.ChildApp;
import org.ffw.support.PageSession;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The demo password with demo mode off, through the real doors: the application in a child JVM on the embedded H2
 * file database with {@code --ffw.demo.enabled=false}, on a database prepared with accounts that an operator
 * created (not flagged as demo accounts, no demo usernames). Any database works here — the child always runs on
 * its own embedded one, so this test runs on both legs of the suite.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DemoModeOffTest {

    static final Duration START = Duration.ofSeconds(150);
    static final String ADMIN_PASSWORD = "first admin password 2026";
    static final String OWN_PASSWORD = "li own password 1";

    @Test
    void no_account_signs_in_with_the_demo_password_and_staff_with_it_stop_the_start(@TempDir Path dir)
            throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data/ffw").toAbsolutePath() + ";MODE=MySQL";
        // FFW's own tables as the application creates them, and two employees: one still with the demo password
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        addAccount(url, "wang-demo", "demo", "EMPLOYEE", null);
        addAccount(url, "li-own", OWN_PASSWORD, "EMPLOYEE", null);

        try (ChildApp app = ChildApp.start(dir, "--ffw.demo.enabled=false",
                "--ffw.admin.initial-password=" + ADMIN_PASSWORD)) {
            app.awaitHealthy(START);

            // the first administrator, created from FFW_ADMIN_PASSWORD on a database without one
            assertThat(app.get("/api/v1/me", "admin", ADMIN_PASSWORD).statusCode()).isEqualTo(200);
            assertThat(app.get("/api/v1/me", "admin", "demo").statusCode()).isEqualTo(401);
            // HTTP Basic: an ordinary password works, the demo password does not, although it is the right one
            assertThat(app.get("/api/v1/me", "li-own", OWN_PASSWORD).statusCode()).isEqualTo(200);
            var refused = app.get("/api/v1/me", "wang-demo", "demo");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

            // form login: the same
            assertThat(formLogin(app.port(), "li-own", OWN_PASSWORD)).isEqualTo("/");
            assertThat(formLogin(app.port(), "wang-demo", "demo")).startsWith("/login?error");
            assertThat(app.log()).contains("refused a sign-in with the demo password");
            app.stop();
        }

        // an inspector an operator created with the demo password: the start is refused, naming it
        addAccount(url, "zhou-inspector", "demo", "INSPECTOR", "310115");
        try (ChildApp app = ChildApp.start(dir, "--ffw.demo.enabled=false",
                "--ffw.admin.initial-password=" + ADMIN_PASSWORD)) {
            assertThat(app.awaitRefusedStart(START)).isNotZero();
            assertThat(app.log()).contains("Refusing to start: these accounts still have the demo password")
                    .contains("zhou-inspector");
        }
    }

    /** POST /login with the page's CSRF token; the redirect's target. */
    private static String formLogin(int port, String user, String password) {
        PageSession session = new PageSession(port);
        String token = PageSession.csrf(session.get("/login").body());
        var r = session.postForm("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
                + enc(token));
        assertThat(r.statusCode()).isEqualTo(302);
        return PageSession.location(r);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void addAccount(String url, String username, String password, String role, String district)
            throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            try (PreparedStatement u = c.prepareStatement("""
                    INSERT INTO app_user (username, password_hash, display_name, district_code, enabled, demo_account,
                                          created_at)
                    VALUES (?, ?, ?, ?, TRUE, FALSE, ?)""")) {
                u.setString(1, username);
                u.setString(2, new BCryptPasswordEncoder().encode(password));
                u.setString(3, username);
                u.setString(4, district);
                u.setTimestamp(5, Timestamp.from(Instant.now()));
                u.executeUpdate();
            }
            try (PreparedStatement r = c.prepareStatement("INSERT INTO app_user_role (username, role) VALUES (?, ?)")) {
                r.setString(1, username);
                r.setString(2, role);
                r.executeUpdate();
            }
        }
    }
}
