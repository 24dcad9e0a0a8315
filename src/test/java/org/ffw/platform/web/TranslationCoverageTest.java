package org.ffw.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every word a user reads is in both languages.
 *
 * <ul>
 * <li>Every key of a message bundle ({@code messages.properties}, {@code i18n/*.properties}: Simplified Chinese, the
 * default) has a non-empty value in it and in its English twin ({@code *_en.properties}), and the other way round.</li>
 * <li>Every template under {@code templates/} has no user text outside {@code #{...}}: no Chinese and no Latin word in
 * a text node whose element's text is not replaced ({@code th:text}, {@code th:utext}, {@code th:replace} …), none in
 * a static {@code title}, {@code placeholder}, {@code aria-label}, {@code alt} or {@code data-label} attribute without
 * its {@code th:} twin, and no Chinese in a {@code th:} expression's literals.</li>
 * </ul>
 *
 * <p>This holds for every template, without exceptions (issue 12 converted the last ones): a new template comes with its
 * message keys, in both languages, from its first commit.
 */
class TranslationCoverageTest {

    static final Path RESOURCES = Path.of("src/main/resources");
    static final Path TEMPLATES = RESOURCES.resolve("templates");

    private static final Pattern CJK = Pattern.compile("[\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]");
    /** A Latin word (two letters or more); brand and format names a page may show as they are excepted. */
    private static final Pattern LATIN = Pattern.compile("\\b(?!(?:FFW|PDF|JPEG|PNG|MB|KB)\\b)[A-Za-z]{2,}\\b");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
    private static final Pattern ATTR = Pattern.compile("([\\w:-]+)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    /** Attributes whose value a user reads (or hears). */
    private static final Set<String> READ = Set.of("title", "placeholder", "aria-label", "alt", "data-label",
            "data-confirm", "label");
    /** th: attributes that replace the element's body. */
    private static final Set<String> REPLACES_BODY = Set.of("th:text", "th:utext", "th:replace", "th:insert",
            "th:remove");

    @Test
    void everyKeyIsInChineseAndEnglish() throws IOException {
        List<Path> bundles = new ArrayList<>();
        bundles.add(RESOURCES.resolve("messages.properties"));
        Path i18n = RESOURCES.resolve("i18n");
        if (Files.isDirectory(i18n)) {
            try (Stream<Path> files = Files.list(i18n)) {
                files.filter(p -> p.toString().endsWith(".properties") && !p.toString().endsWith("_en.properties"))
                        .sorted().forEach(bundles::add);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path zhFile : bundles) {
            Path enFile = zhFile.resolveSibling(zhFile.getFileName().toString().replace(".properties", "_en.properties"));
            Properties zh = load(zhFile);
            if (!Files.exists(enFile)) {
                problems.add(enFile + " is missing");
                continue;
            }
            Properties en = load(enFile);
            for (String k : zh.stringPropertyNames()) {
                if (zh.getProperty(k).isBlank()) {
                    problems.add(zhFile.getFileName() + ": " + k + " has no Chinese");
                }
                if (en.getProperty(k) == null || en.getProperty(k).isBlank()) {
                    problems.add(enFile.getFileName() + ": " + k + " has no English");
                }
            }
            for (String k : en.stringPropertyNames()) {
                if (zh.getProperty(k) == null) {
                    problems.add(zhFile.getFileName() + ": " + k + " has no Chinese (only English)");
                }
            }
        }
        assertThat(problems).as("message keys without both translations").isEmpty();
    }

    @Test
    void templatesHaveNoTextOutsideMessageKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String name = TEMPLATES.relativize(p).toString().replace('\\', '/');
                userText(Files.readString(p)).forEach(f -> problems.add(name + ": " + f));
            }
        }
        assertThat(problems).as("user text outside #{...} (put it in messages.properties and messages_en.properties)")
                .isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        assertThat(userText("<p>待办任务</p>")).hasSize(1);
        assertThat(userText("<p>Tasks</p>")).hasSize(1);
        assertThat(userText("<p th:text=\"#{nav.tasks}\">待办任务 <b>Tasks</b></p>")).isEmpty();
        assertThat(userText("<input title=\"说明\">")).hasSize(1);
        assertThat(userText("<input title=\"说明\" th:title=\"#{x}\">")).isEmpty();
        assertThat(userText("<span th:text=\"${a} ? '办理' : #{x}\">x</span>")).hasSize(1);
        assertThat(userText("<!-- 注释 comment --><br><p>·</p>")).isEmpty();
    }

    /** The user text of a template outside message keys, each as a short description. */
    static List<String> userText(String html) {
        String s = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script\\b.*?</script>", "")
                .replaceAll("(?s)<style\\b.*?</style>", "").replaceAll("<!DOCTYPE[^>]*>", "");
        List<String> out = new ArrayList<>();
        Deque<Boolean> replaced = new ArrayDeque<>(); // per open element: is its body replaced?
        Deque<String> names = new ArrayDeque<>();
        Matcher m = TAG.matcher(s);
        int at = 0;
        while (m.find()) {
            text(s.substring(at, m.start()), replaced, out);
            at = m.end();
            String name = m.group(2).toLowerCase();
            if (!m.group(1).isEmpty()) { // closing tag
                while (!names.isEmpty()) {
                    String open = names.pop();
                    replaced.pop();
                    if (open.equals(name)) {
                        break;
                    }
                }
                continue;
            }
            String attrs = m.group(3);
            Set<String> present = new TreeSet<>();
            Matcher a = ATTR.matcher(attrs);
            List<String[]> all = new ArrayList<>();
            while (a.find()) {
                String value = a.group(3) != null ? a.group(3) : a.group(4);
                present.add(a.group(1));
                all.add(new String[] {a.group(1), value});
            }
            boolean attrOverride = present.contains("th:attr");
            for (String[] kv : all) {
                String k = kv[0];
                String v = kv[1];
                if (k.startsWith("th:") || k.startsWith("sec:")) {
                    if (CJK.matcher(v.replaceAll("#\\{[^}]*}", "")).find()) {
                        out.add(k + "=\"" + v + "\" has Chinese outside #{...}");
                    }
                } else if (READ.contains(k) && !present.contains("th:" + k) && !attrOverride
                        && (CJK.matcher(v).find() || LATIN.matcher(v).find())) {
                    out.add(k + "=\"" + v + "\"");
                }
            }
            boolean body = present.stream().anyMatch(REPLACES_BODY::contains)
                    || (!replaced.isEmpty() && replaced.peek());
            if (!VOID.contains(name) && m.group(4).isEmpty()) {
                names.push(name);
                replaced.push(body);
            }
        }
        text(s.substring(at), replaced, out);
        return out;
    }

    private static void text(String t, Deque<Boolean> replaced, List<String> out) {
        String text = t.strip();
        if (text.isEmpty() || (!replaced.isEmpty() && replaced.peek())) {
            return;
        }
        if (CJK.matcher(text).find() || LATIN.matcher(text.replace("&nbsp;", " ").replace("&times;", "")).find()) {
            out.add("text \"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"");
        }
    }

    private static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(p), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
