package org.ffw.platform.door;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.ffw.support.ApiTest;
import org.ffw.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests refused at the door — a malformed address (refused by Spring Security's firewall or by Tomcat itself), a
 * request line or a header over 8 KB (refused by Tomcat before any servlet runs) — through real HTTP on a socket,
 * since MockMvc never meets Tomcat: under /api an RFC 9457 problem in the caller's language, elsewhere a page in
 * plain words; never Tomcat's own HTML page.
 */
class MalformedRequestsTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LONG = "a".repeat(9_000);

    /** Request target, extra header line (or null), what it exercises. */
    static Stream<String[]> apiRequests() {
        return Stream.of(
                new String[] {"/api/v1/districts/%00", null},             // NUL: Tomcat
                new String[] {"/api/v1/%2e%2e%2fdistricts", null},        // encoded slash: Tomcat
                new String[] {"/api/v1/%2e%2e/v1/districts", null},       // encoded dots: firewall
                new String[] {"/api/v1//districts", null},                // double slash: firewall
                new String[] {"/api/v1/districts;x=1", null},             // semicolon: firewall
                new String[] {"/api/v1/districts%5c", null},              // encoded backslash: firewall
                new String[] {"/api/v1/districts", "X-Filler: " + LONG}); // header over 8 KB: Tomcat
    }

    static Stream<String[]> pageRequests() {
        return Stream.of(
                new String[] {"/public/%00", null},
                new String[] {"/public/%2e%2e%2fstatus", null},
                new String[] {"/public//status", null},
                new String[] {"/public/status;x=1", null},
                new String[] {"/login", "X-Filler: " + LONG});
    }

    @ParameterizedTest
    @MethodSource("apiRequests")
    void api_answers_a_problem_in_chinese(String target, String header) throws Exception {
        var a = send(target, header, "Accept-Language: zh-CN,zh;q=0.9", "Accept: application/json");
        JsonNode body = assertProblem(a);
        assertThat(body.path("title").asText() + body.path("detail").asText()).as(a.toString())
                .containsPattern("\\p{IsHan}");
    }

    @ParameterizedTest
    @MethodSource("apiRequests")
    void api_answers_a_problem_in_english(String target, String header) throws Exception {
        var a = send(target, header, "Accept-Language: en", "Accept: application/json");
        JsonNode body = assertProblem(a);
        assertThat(body.path("title").asText() + body.path("detail").asText()).as(a.toString())
                .doesNotContainPattern("\\p{IsHan}");
    }

    @ParameterizedTest
    @MethodSource("pageRequests")
    void pages_answer_in_plain_words(String target, String header) {
        var a = send(target, header, "Accept-Language: zh-CN,zh;q=0.9",
                "Accept: text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(a.status()).as(a.toString()).isBetween(400, 431);
        assertThat(a.contentType()).as(a.toString()).startsWith("text/html");
        assertThat(a.body()).as(a.toString()).doesNotContain("Tomcat", "HTTP Status", "Exception", "java.")
                .containsPattern("\\p{IsHan}");
    }

    @Test
    void an_unreadable_request_line_answers_a_problem_in_both_languages() throws Exception {
        // over 8 KB Tomcat reads neither the path nor the headers: it cannot tell a page from the API, nor the language
        for (String target : new String[] {"/api/v1/districts?q=" + LONG, "/public?q=" + LONG}) {
            var a = send(target, null, "Accept-Language: en", "Accept: text/html");
            JsonNode body = assertProblem(a);
            assertThat(a.status()).isEqualTo(414);
            assertThat(body.path("title").asText()).containsPattern("\\p{IsHan}").contains("too long");
        }
    }

    @Test
    void headers_over_the_limit_are_431() throws Exception {
        var a = send("/api/v1/districts", "X-Filler: " + LONG, "Accept-Language: en");
        assertThat(assertProblem(a).path("type").asText()).endsWith("/headers-too-large");
        assertThat(a.status()).isEqualTo(431);
    }

    @Test
    void firewall_refusal_says_why() throws Exception {
        var a = send("/api/v1//districts", null, "Accept-Language: en");
        assertThat(assertProblem(a).path("detail").asText()).contains("not allowed");
    }

    private RawHttp.Answer send(String target, String header, String... more) {
        // the oversized header last: Tomcat has read the language before it gives up
        String[] lines = header == null ? more : Stream.concat(Stream.of(more), Stream.of(header)).toArray(String[]::new);
        return RawHttp.get(port, target, lines);
    }

    private static JsonNode assertProblem(RawHttp.Answer a) throws Exception {
        assertThat(a.status()).as(a.toString()).isBetween(400, 431);
        assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
        JsonNode body = JSON.readTree(a.body());
        assertThat(body.path("status").asInt()).as(a.toString()).isEqualTo(a.status());
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("type").asText()).startsWith("https://ffw.sh.gov.cn/problems/");
        assertThat(a.body()).doesNotContain("Tomcat", "Exception", "java.");
        return body;
    }
}
