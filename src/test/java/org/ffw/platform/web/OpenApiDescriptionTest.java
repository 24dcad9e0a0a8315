package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The OpenAPI description is complete enough to generate from (issue 16), and is written to
 * {@code target/openapi.json} for {@code npx redocly lint} (.ci/run).
 */
class OpenApiDescriptionTest extends ApiTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    @Test
    void description_states_security_errors_and_bounds_of_every_operation() throws Exception {
        var r = api.get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/openapi.json"), r.bytes());
        JsonNode doc = r.json();
        assertThat(doc.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(doc.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(doc.at("/components/securitySchemes/browserSession/in").asText()).isEqualTo("cookie");
        assertThat(doc.at("/components/securitySchemes/browserSession/name").asText()).isEqualTo("SESSION");
        assertThat(doc.at("/components/schemas/ProblemDetail").isObject()).isTrue();
        assertThat(doc.at("/info/license/name").asText()).isNotBlank();
        assertThat(doc.at("/info/contact").isObject()).isTrue();

        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        var paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            var ops = path.getValue().fields();
            while (ops.hasNext()) {
                var e = ops.next();
                if (!METHODS.contains(e.getKey())) {
                    continue;
                }
                operations++;
                String where = e.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = e.getValue();
                if (!op.has("security")) {
                    missing.add(where + ": no security (nor explicit none)");
                }
                if (!op.path("responses").path("400").path("content").has("application/problem+json")) {
                    missing.add(where + ": no problem+json 400");
                }
                if (op.path("security").size() > 0 && !op.path("responses").has("403")) {
                    missing.add(where + ": secured without 403");
                }
                if (!ids.add(op.path("operationId").asText())) {
                    missing.add(where + ": operationId " + op.path("operationId").asText() + " twice");
                }
                for (JsonNode p : op.path("parameters")) {
                    String name = p.path("name").asText();
                    if (name.matches("page|size|limit|offset|add") && p.path("schema").path("type").asText()
                            .equals("integer") && !p.path("schema").has("maximum")) {
                        missing.add(where + ": parameter " + name + " has no maximum");
                    }
                }
            }
        }
        assertThat(operations).isGreaterThan(100);
        assertThat(missing).isEmpty();
        assertThat(doc.at("/paths/~1api~1v1~1districts/get/security").isArray()).isTrue();
        assertThat(doc.at("/paths/~1api~1v1~1districts/get/security").size()).isZero();
    }
}
