package org.ffw.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Base of tests that go through the API as the demo users, against the whole application on a random port. All such
 * tests share one application context (and one database): create your own data, never assume an empty table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    protected Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    /** Asserts an RFC 9457 problem with the status and, for validation problems, the named fields. */
    protected static JsonNode assertProblem(Api.Response r, int status, String... fields) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode body = r.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("type").asText()).isNotBlank();
        assertThat(r.text()).doesNotContain("at org.", "Exception", "java.lang");
        if (fields.length > 0) {
            List<String> named = body.path("errors").findValuesAsText("field");
            assertThat(named).as(r.toString()).contains(fields);
        }
        return body;
    }
}
