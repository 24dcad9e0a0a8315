package org.ffw.reliability;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.support.ChildApp;

/**
 * The two-node harness's load balancer and clients: a round-robin over the live nodes (a node that does not answer is
 * skipped, as a proxy's health check would), HTTP Basic callers, and browser-like callers whose cookie jar is shared
 * by both nodes (cookies are not port-bound, so the session cookie node A set is sent to node B, as behind a proxy).
 */
public final class Nodes {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final List<ChildApp> nodes;
    private final AtomicInteger next = new AtomicInteger();

    Nodes(List<ChildApp> nodes) {
        this.nodes = nodes;
    }

    /** The next live node, in turn. */
    ChildApp next() {
        for (int i = 0; i < nodes.size(); i++) {
            ChildApp n = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
            if (n.isAlive()) {
                return n;
            }
        }
        throw new IllegalStateException("no node is alive");
    }

    ChildApp node(int i) {
        return nodes.get(i);
    }

    /** A call through the balancer with HTTP Basic; retried on the other node if the chosen one does not answer. */
    HttpResponse<String> basic(String method, String path, String json, String user, String idempotencyKey) {
        IOException last = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            ChildApp n = next();
            HttpRequest.Builder b = request(n, path).header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
            if (idempotencyKey != null) {
                b.header("Idempotency-Key", idempotencyKey);
            }
            try {
                return send(HTTP, body(b, method, json));
            } catch (IOException e) {
                last = e; // that node is gone: the balancer tries the next
            }
        }
        throw new IllegalStateException("no node answered " + method + " " + path, last);
    }

    static HttpResponse<String> basicOn(ChildApp n, String method, String path, String json, String user,
                                        String password) throws IOException {
        HttpRequest.Builder b = request(n, path).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return send(HTTP, body(b, method, json));
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpRequest.Builder request(ChildApp n, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + n.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
    }

    private static HttpRequest body(HttpRequest.Builder b, String method, String json) {
        if (json == null) {
            return b.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return b.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest r) throws IOException {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** A browser: one cookie jar for both nodes; each call names the node it goes to. */
    public static final class Browser {
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

        public HttpResponse<String> get(ChildApp n, String path) throws IOException {
            return send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + n.port() + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "text/html,application/json").GET().build());
        }

        /** The form sign-in on node n; true when it was accepted. */
        public boolean login(ChildApp n, String user, String password) throws IOException {
            String csrf = field(get(n, "/login").body());
            String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf);
            var r = send(http, HttpRequest.newBuilder(URI.create("http://localhost:" + n.port() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
            return r.statusCode() == 302 && !r.headers().firstValue("Location").orElse("").contains("error");
        }

        /** A session-riding API write on node n, with the CSRF token (or without, when null). */
        HttpResponse<String> post(ChildApp n, String path, String json, String csrf) throws IOException {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + n.port() + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept", "application/json")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json == null ? "{}" : json));
            if (csrf != null) {
                b.header("X-CSRF-TOKEN", csrf);
            }
            return send(http, b.build());
        }

        /** The CSRF token of a page served by node n. */
        String csrf(ChildApp n, String path) throws IOException {
            String html = get(n, path).body();
            Matcher m = CSRF_META.matcher(html);
            return m.find() ? m.group(1) : field(html);
        }

        private static String field(String html) {
            Matcher m = CSRF_FIELD.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token in the page");
            }
            return m.group(1);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
