package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The pages' Content-Security-Policy runs script only from FFW's files (script-src 'self', SecurityConfig): an
 * inline handler ({@code onclick="…"}, also as {@code th:onclick}), a {@code javascript:} URL or an inline
 * {@code <script>} in a template would silently stop working in the browser. Behaviour belongs in static/js
 * (ffw.js: data-print, data-back, data-confirm …). A {@code <script type="application/json">} data block is fine:
 * the browser does not execute it.
 */
class TemplatesInlineScriptTest {

    static final Path TEMPLATES = Path.of("src", "main", "resources", "templates");
    private static final Pattern HANDLER = Pattern.compile("(\\s|th:)on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\s(th:)?src\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern JSON_TYPE = Pattern.compile("\\stype\\s*=\\s*[\"']application/json[\"']",
            Pattern.CASE_INSENSITIVE);

    @Test
    void no_template_has_inline_script() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            files = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(files).as("templates under " + TEMPLATES).hasSizeGreaterThan(20);
        for (Path file : files) {
            found.addAll(inlineScript(TEMPLATES.relativize(file).toString(),
                    Files.readString(file, StandardCharsets.UTF_8)));
        }
        assertThat(found).as("inline script in templates (move it to static/js; the CSP blocks it)").isEmpty();
    }

    @Test
    void the_scan_finds_what_it_looks_for() {
        assertThat(inlineScript("t", "<button type=\"button\" onclick=\"window.print()\">")).hasSize(1);
        assertThat(inlineScript("t", "<body\n  onload='go()'>")).hasSize(1);
        assertThat(inlineScript("t", "<a th:onclick=\"|go()|\">")).hasSize(1);
        assertThat(inlineScript("t", "<a href=\"javascript:history.back()\">")).hasSize(1);
        assertThat(inlineScript("t", "<script>alert(1)</script>")).hasSize(1);
        assertThat(inlineScript("t", "<script type=\"module\">go()</script>")).hasSize(1);
        assertThat(inlineScript("t", "<script th:src=\"@{/js/ffw.js}\" defer></script>"
                + "<script type=\"application/json\" id=\"words\">{}</script>"
                + "<button data-print id=\"online\" th:text=\"#{x.one}\">")).isEmpty();
    }

    static List<String> inlineScript(String name, String html) {
        List<String> found = new ArrayList<>();
        Matcher m = HANDLER.matcher(html);
        while (m.find()) {
            found.add(name + ":" + line(html, m.start()) + ": inline handler " + snippet(html, m.start()));
        }
        m = JAVASCRIPT_URL.matcher(html);
        while (m.find()) {
            found.add(name + ":" + line(html, m.start()) + ": javascript: URL " + snippet(html, m.start()));
        }
        m = SCRIPT_TAG.matcher(html);
        while (m.find()) {
            String tag = m.group();
            if (!SRC.matcher(tag).find() && !JSON_TYPE.matcher(tag).find()) {
                found.add(name + ":" + line(html, m.start()) + ": inline <script> " + tag);
            }
        }
        return found;
    }

    private static int line(String s, int at) {
        return (int) s.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String snippet(String s, int at) {
        return s.substring(Math.max(0, at - 20), Math.min(s.length(), at + 40)).replace('\n', ' ').trim();
    }
}
