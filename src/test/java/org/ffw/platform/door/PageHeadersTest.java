package org.ffw.platform.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.ffw.support.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * Pages tell the browser not to leak the address to other sites, run only FFW's own script files
 * (Content-Security-Policy), and the session cookie is SameSite=Lax. Camunda's webapps keep their own policy.
 */
class PageHeadersTest extends ApiTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'self'; form-action 'self'";

    @Test
    void pages_send_a_referrer_policy() {
        var a = RawHttp.get(port, "/login", "Accept: text/html");
        assertThat(a.headers().get("referrer-policy")).as(a.headers().toString())
                .isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void the_session_cookie_is_same_site_lax() {
        var a = RawHttp.get(port, "/login", "Accept: text/html");
        String cookie = a.headers().getOrDefault("set-cookie", "");
        assertThat(cookie).as(a.headers().toString()).contains("SESSION=").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void the_login_page_sends_the_content_security_policy() {
        var a = RawHttp.get(port, "/login", "Accept: text/html");
        assertScriptsOnlyFromFiles(a.headers().get("content-security-policy"), a.headers().toString());
    }

    @Test
    void a_signed_in_page_and_the_error_page_send_it_too() {
        var s = new PageSession(port).login("inspector", "demo");
        HttpResponse<String> tasks = s.get("/tasks");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertScriptsOnlyFromFiles(tasks.headers().firstValue("content-security-policy").orElse(null),
                tasks.headers().map().toString());
        HttpResponse<String> missing = s.get("/complaints/NO-SUCH-CASE-" + System.nanoTime());
        assertThat(missing.statusCode()).isGreaterThanOrEqualTo(400);
        assertScriptsOnlyFromFiles(missing.headers().firstValue("content-security-policy").orElse(null),
                missing.headers().map().toString());
    }

    @Test
    void swagger_ui_runs_under_the_same_policy() {
        var a = RawHttp.get(port, "/swagger-ui/index.html", "Accept: text/html");
        assertThat(a.status()).isEqualTo(200);
        assertScriptsOnlyFromFiles(a.headers().get("content-security-policy"), a.headers().toString());
        // nothing inline for the policy to stop: only script files
        assertThat(a.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)");
    }

    @Test
    void camundas_webapps_do_not_get_ours() {
        var admin = new PageSession(port).login("admin", "demo");
        HttpResponse<String> cockpit = admin.get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        // Camunda's HttpHeaderSecurityFilter sends its own (nonce, 'unsafe-eval'); ours would be enforced on top
        assertThat(cockpit.headers().allValues("content-security-policy")).as(cockpit.headers().map().toString())
                .hasSize(1)
                .noneMatch(POLICY::equals)
                .allSatisfy(p -> assertThat(p).contains("'strict-dynamic'").doesNotContain("script-src 'self';"));
    }

    private static void assertScriptsOnlyFromFiles(String policy, String headers) {
        assertThat(policy).as(headers).isEqualTo(POLICY);
        String scriptSrc = policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src")));
        assertThat(scriptSrc).isEqualTo("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }
}
