package org.ffw.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A generated request sent over real HTTP with an {@code Authorization} header (null for none) in a language,
 * redirects not followed; a write carries a fresh Idempotency-Key. {@link #basic} gives a demo account's header.
 */
final class Calls {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** HTTP Basic for a demo account (password "demo"). */
    static String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<byte[]> send(int port, Fuzzer.Request req, String authorization, String language)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + req.path()))
                .header("Accept", "application/json").header("Accept-Language", language);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (req.write() && !req.method().equals("DELETE")) {
            b.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (req.contentType() != null) {
            b.header("Content-Type", req.contentType());
        }
        b.method(req.method(), req.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(req.body()));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Calls() {
    }
}
