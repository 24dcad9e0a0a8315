package org.ffw.platform.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.ffw.support.ApiTest;
import org.ffw.support.PageSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * CSRF is skipped only for a request that really authenticated with HTTP Basic: an Authorization header that does
 * not authenticate (another scheme, a wrong password, garbage) next to a browser session does not spare the CSRF
 * token — the request is refused and changes nothing. Probed with POST /api/v1/me/logout-everywhere, which ends the
 * session when it runs.
 */
class SessionRidingTest extends ApiTest {

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer forged", "Basic !!not-base64!!", "Basic Ym9ndXM=", "BASIC-PASSWORD",
            "employee2:wrong-password", "nobody-at-all:demo"})
    void an_authorization_header_that_does_not_authenticate_needs_the_token(String authorization) {
        String header = authorization.contains(":") ? basic(authorization) : authorization;
        PageSession session = new PageSession(port).login("employee2", "demo");
        var r = session.postJson("/api/v1/me/logout-everywhere", "{}", false, "Authorization", header,
                "Accept-Language", "en");
        assertThat(r.status()).as(r.toString()).isIn(401, 403);
        assertThat(r.contentType()).startsWith("application/problem+json");
        // nothing changed: the session still works
        assertThat(session.get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void real_basic_credentials_need_no_token() {
        PageSession session = new PageSession(port).login("employee", "demo");
        var r = session.postJson("/api/v1/me/logout-everywhere", "{}", false, "Authorization",
                basic("employee2:demo"));
        assertThat(r.status()).as(r.toString()).isEqualTo(204);
    }

    @Test
    void the_session_with_its_token_still_works() {
        PageSession session = new PageSession(port).login("employee2", "demo");
        assertThat(session.postJson("/api/v1/me/logout-everywhere", "{}", true).status()).isEqualTo(204);
        assertThat(session.get("/api/v1/me").statusCode()).isNotEqualTo(200);
    }

    @Test
    void no_session_and_no_credentials_is_401() {
        var r = api.header("Accept-Language", "en").post("/api/v1/me/logout-everywhere", "{}");
        assertProblem(r, 401);
    }
}
