package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.ffw.support.ApiTest;
import org.junit.jupiter.api.Test;

class OpenApiDescriptionTest extends ApiTest {

    @Test
    void description_is_written_for_the_lint() throws Exception {
        var r = api.get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/openapi.json"), r.bytes());
    }
}
