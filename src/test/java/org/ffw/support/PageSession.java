package org.ffw.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like session for page tests: cookies, the login form with its CSRF token, redirects not followed. */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;

    public PageSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public PageSession login(String user, String password) {
        String page = get("/login").body();
        var r = postForm("/login", "username=" + enc(user) + "&password=" + enc(password) + "&_csrf="
                + enc(token(page)));
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed for " + user + ": " + r.statusCode() + " "
                    + r.headers().firstValue("Location").orElse(""));
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** multipart/form-data with the page's CSRF token as a form field and one file in the part "file". */
    public HttpResponse<String> postFile(String path, String csrf, String filename, String contentType, byte[] content) {
        String boundary = "----ffwpage" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    /** The CSRF token of a page (its meta tag or a form's hidden field). */
    public static String csrf(String html) {
        Matcher m = CSRF_META.matcher(html);
        return m.find() ? m.group(1) : token(html);
    }

    /** URL-encodes a form: name, value, name, value, … */
    public static String form(String... pairs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(enc(pairs[i])).append('=').append(enc(pairs[i + 1]));
        }
        return sb.toString();
    }

    /** The Location of a redirect, without the scheme and host. */
    public static String location(HttpResponse<?> r) {
        String l = r.headers().firstValue("Location").orElse("");
        return l.replaceFirst("^https?://[^/]+", "");
    }

    /** POST JSON riding on the session, with or without the CSRF token of the home page. */
    public Api.Response postJson(String path, String json, boolean withCsrf) {
        return postJson(path, json, withCsrf, new String[0]);
    }

    /** POST JSON riding on the session with extra headers (name, value, name, value …). */
    public Api.Response postJson(String path, String json, boolean withCsrf, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (withCsrf) {
            Matcher m = CSRF_META.matcher(get("/").body());
            if (m.find()) {
                b.header("X-CSRF-TOKEN", m.group(1));
            }
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Api.Response(r.statusCode(), r, r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String token(String html) {
        Matcher m = CSRF.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF token in page");
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
