package org.ffw.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notice keys the code names are in the bundle i18n/notices (TranslationCoverageTest checks that each has both
 * languages): a key itself, a notice's {@code key.subject} and {@code key.body} ({@link Notice#of}), or a group of
 * labels ({@code notice.kind} → {@code notice.kind.COMPLAINT}). And the other way round, every key of the bundle is
 * used; both languages take the same arguments, and every message with arguments is a well-formed MessageFormat.
 */
class NoticeKeysTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** A string literal that is a notice key, or its start. */
    static final Pattern KEY = Pattern.compile("\"(notice\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
    static final Pattern ARG = Pattern.compile("\\{(\\d+)[^}]*}");

    static Set<String> named;
    static Properties zh;
    static Properties en;

    @BeforeAll
    static void read() throws IOException {
        named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(p));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        zh = load("notices.properties");
        en = load("notices_en.properties");
    }

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    static boolean has(String key) {
        return zh.containsKey(key) && en.containsKey(key);
    }

    @Test
    void every_key_the_code_names_is_in_the_bundle() {
        assertThat(named).as("the notices the code words").hasSizeGreaterThan(50);
        List<String> missing = new ArrayList<>();
        for (String k : named) {
            boolean ok = has(k) || has(k + ".subject") && has(k + ".body")
                    || zh.stringPropertyNames().stream().anyMatch(z -> z.startsWith(k + ".") && has(z));
            if (!ok) {
                missing.add(k);
            }
        }
        assertThat(missing).as("notice keys named in src/main/java but not in i18n/notices(_en).properties")
                .isEmpty();
    }

    @Test
    void every_key_of_the_bundle_is_used() {
        List<String> unused = zh.stringPropertyNames().stream().filter(k -> named.stream().noneMatch(n -> k.equals(n)
                || k.equals(n + ".subject") || k.equals(n + ".body") || k.startsWith(n + "."))).sorted().toList();
        assertThat(unused).as("keys of i18n/notices.properties no code names").isEmpty();
    }

    @Test
    void both_languages_take_the_same_arguments_and_are_well_formed() {
        List<String> problems = new ArrayList<>();
        for (String k : zh.stringPropertyNames()) {
            String z = zh.getProperty(k);
            String e = en.getProperty(k, "");
            if (!args(z).equals(args(e))) {
                problems.add(k + ": " + args(z) + " in Chinese, " + args(e) + " in English");
            }
            for (String pattern : List.of(z, e)) {
                if (args(pattern).isEmpty()) {
                    continue; // worded as it is, without MessageFormat
                }
                if (pattern.replace("''", "").contains("'")) {
                    problems.add(k + ": a lone ' (MessageFormat quotes what follows): " + pattern);
                }
                try {
                    new MessageFormat(pattern);
                } catch (IllegalArgumentException bad) {
                    problems.add(k + ": " + bad.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    static Set<Integer> args(String pattern) {
        return ARG.matcher(pattern).results().map(r -> Integer.valueOf(r.group(1)))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
