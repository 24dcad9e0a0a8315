package org.ffw.platform.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every note key the code uses is in the timeline bundle (TranslationCoverageTest then has it in both languages), and
 * every key of the bundle is used: either as written in the code, or as a label of a code group the code names
 * ({@code Note.code("timeline.note.finding", …)} → {@code timeline.note.finding.SUBSTANTIATED}). The other groups the
 * code labels codes with ({@code leave}, {@code outcome} …) have labels in the bundles.
 */
class TimelineNoteKeysTest {

    static final Path JAVA = Path.of("src/main/java");
    static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern KEY = Pattern.compile("\"(timeline\\.note\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern GROUP = Pattern.compile("Note\\.code\\(\"([A-Za-z0-9_.]+)\"");
    /** Groups whose labels a {@link TimelineNotes.Labels} bean gives, not the bundles. */
    private static final Set<String> OWN_LABELS = Set.of("district");

    @Test
    void every_key_used_is_in_the_bundle_and_every_key_of_the_bundle_is_used() throws IOException {
        Set<String> literals = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(p);
                Matcher k = KEY.matcher(code);
                while (k.find()) {
                    literals.add(k.group(1));
                }
                Matcher g = GROUP.matcher(code);
                while (g.find()) {
                    groups.add(g.group(1));
                }
            }
        }
        assertThat(literals).as("note keys in the code").hasSizeGreaterThan(50);
        Set<String> keys = load(RESOURCES.resolve("i18n/timeline.properties")).stringPropertyNames();

        List<String> missing = new ArrayList<>();
        for (String l : literals) {
            if (!keys.contains(l) && !(groups.contains(l) && keys.stream().anyMatch(k -> k.startsWith(l + ".")))) {
                missing.add(l);
            }
        }
        assertThat(missing).as("note keys the code uses that i18n/timeline.properties lacks").isEmpty();

        List<String> unused = new ArrayList<>();
        for (String k : keys) {
            boolean labelOfAGroup = groups.stream()
                    .anyMatch(g -> k.startsWith(g + ".") && k.indexOf('.', g.length() + 1) < 0);
            if (!literals.contains(k) && !labelOfAGroup) {
                unused.add(k);
            }
        }
        assertThat(unused).as("keys of i18n/timeline.properties no code uses").isEmpty();
    }

    @Test
    void the_other_groups_the_notes_label_codes_with_have_labels_in_both_languages() throws IOException {
        Set<String> groups = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher g = GROUP.matcher(Files.readString(p));
                while (g.find()) {
                    groups.add(g.group(1));
                }
            }
        }
        List<Properties> zh = new ArrayList<>();
        List<Properties> en = new ArrayList<>();
        zh.add(load(RESOURCES.resolve("messages.properties")));
        en.add(load(RESOURCES.resolve("messages_en.properties")));
        try (Stream<Path> files = Files.list(RESOURCES.resolve("i18n"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                (p.toString().endsWith("_en.properties") ? en : zh).add(load(p));
            }
        }
        for (String g : groups) {
            if (OWN_LABELS.contains(g)) {
                continue;
            }
            // "task." + process key: a group composed when the note is written, by its literal prefix
            String prefix = g.endsWith(".") ? g : g + ".";
            assertThat(zh.stream().flatMap(b -> b.stringPropertyNames().stream()).anyMatch(k -> k.startsWith(prefix)))
                    .as("Chinese labels of " + g).isTrue();
            assertThat(en.stream().flatMap(b -> b.stringPropertyNames().stream()).anyMatch(k -> k.startsWith(prefix)))
                    .as("English labels of " + g).isTrue();
        }
    }

    @Test
    void the_english_has_no_apostrophe_that_message_format_would_eat() throws IOException {
        Properties en = load(RESOURCES.resolve("i18n/timeline_en.properties"));
        assertThat(en.stringPropertyNames().stream().filter(k -> en.getProperty(k).contains("'")).toList()).isEmpty();
    }

    static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }
}
