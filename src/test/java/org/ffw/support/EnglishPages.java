package org.ffw.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages as a reader whose browser asks for English (Accept-Language: en) reads them: a session like
 * {@link PageSession}, and {@link #chinese} to find the Chinese left in a page's main part once the data the test
 * itself entered (names, titles, the words of a form) is taken out.
 */
public final class EnglishPages {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]+[^<>]{0,20}");
    private static final Pattern MAIN = Pattern.compile("<main[^>]*>(.*)</main>", Pattern.DOTALL);

    private final String base;
    private final HttpClient http;

    public EnglishPages(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public EnglishPages login(String user, String password) {
        String page = get("/login").body();
        var r = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(user) + "&password=" + enc(password)
                        + "&_csrf=" + enc(PageSession.token(page)))).build());
        if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed for " + user + ": " + r.statusCode());
        }
        return this;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** An HTML form posted (URL-encoded, see {@link PageSession#form}), redirects not followed. */
    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * The Chinese in the page's {@code <main>} once the given data is removed, and the cards the shared fragments
     * draw (the timeline, the documents: another bundle's) — empty when the page reads in English.
     */
    public static List<String> chinese(String html, String... data) {
        Matcher m = MAIN.matcher(html);
        String main = m.find() ? m.group(1) : html;
        main = main.replaceAll("(?s)<section[^>]*aria-labelledby=\"timeline-title\".*?</section>", "")
                .replaceAll("(?s)<section[^>]*id=\"documents\".*?</section>", "")
                .replaceAll("(?s)<script.*?</script>", "");
        for (String d : data) {
            main = main.replace(d, "");
        }
        List<String> found = new ArrayList<>();
        Matcher c = CJK.matcher(main);
        while (c.find()) {
            found.add(c.group());
        }
        return found;
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpRequest withLanguage = HttpRequest.newBuilder(request, (name, value) -> true)
                .header("Accept-Language", "en").build();
        try {
            return http.send(withLanguage, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
