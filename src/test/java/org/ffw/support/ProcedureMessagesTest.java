package org.ffw.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ffw.certification.CertificateStatus;
import org.ffw.certification.CertificationStatus;
import org.ffw.certification.Measure;
import org.ffw.subsidy.SubsidyStatus;
import org.junit.jupiter.api.Test;

/**
 * The bundle i18n/procedures (the subsidy's and the certification's pages): every key in Chinese and in English,
 * every key a template or script names exists, every constant the pages look up has its words, and the templates
 * hold no Chinese of their own (only as the default text of an element whose th:text replaces it).
 */
class ProcedureMessagesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<String> OWNED = List.of("subsidy", "certification", "cases/employer-subsidy.html",
            "cases/friendly-post-certification.html", "cases/friendly-post-certificate.html");
    static final Pattern HAN = Pattern.compile("[\\p{IsHan}]");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProcedureMessagesTest.class.getResourceAsStream("/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<Path> templates() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String o : OWNED) {
            Path p = TEMPLATES.resolve(o);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".html")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    @Test
    void every_key_is_in_both_languages_and_the_english_is_english() throws IOException {
        Properties zh = load("procedures.properties");
        Properties en = load("procedures_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("the same keys in both files")
                .isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        for (String key : zh.stringPropertyNames()) {
            assertThat(key).matches("proc\\.(subsidy|cert)\\..+");
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
            assertThat(HAN.matcher(en.getProperty(key)).find()).as("Chinese in the English " + key).isFalse();
        }
    }

    @Test
    void every_constant_the_pages_show_has_its_words() throws IOException {
        Properties zh = load("procedures.properties");
        Set<String> keys = zh.stringPropertyNames();
        for (SubsidyStatus s : SubsidyStatus.values()) {
            assertThat(keys).contains("proc.subsidy.status." + s.name(), "proc.subsidy.next." + s.name());
            assertThat(zh.getProperty("proc.subsidy.status." + s.name())).isEqualTo(s.label());
        }
        for (CertificationStatus s : CertificationStatus.values()) {
            assertThat(keys).contains("proc.cert.status." + s.name());
            assertThat(zh.getProperty("proc.cert.status." + s.name())).isEqualTo(s.label());
            if (s.next() != null) {
                assertThat(zh.getProperty("proc.cert.next." + s.name())).isEqualTo(s.next());
            }
        }
        for (CertificateStatus s : CertificateStatus.values()) {
            assertThat(zh.getProperty("proc.cert.certificateStatus." + s.name())).isEqualTo(s.label());
        }
        for (Measure m : Measure.values()) {
            assertThat(zh.getProperty("proc.cert.measure." + m.name())).isEqualTo(m.label());
            assertThat(zh.getProperty("proc.cert.measureExplanation." + m.name())).isEqualTo(m.explanation());
        }
    }

    @Test
    void every_key_the_templates_and_scripts_name_exists() throws IOException {
        Set<String> keys = load("procedures.properties").stringPropertyNames();
        Pattern literal = Pattern.compile("#\\{(proc\\.[A-Za-z0-9_.]+)");
        Pattern msg = Pattern.compile("#messages\\.msg(?:OrNull)?\\('(proc\\.[A-Za-z0-9_.]+)'\\)");
        List<String> missing = new ArrayList<>();
        for (Path t : templates()) {
            String html = Files.readString(t);
            for (Pattern p : List.of(literal, msg)) {
                Matcher m = p.matcher(html);
                while (m.find()) {
                    if (!keys.contains(m.group(1))) {
                        missing.add(t.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void the_templates_and_scripts_hold_no_chinese_of_their_own() throws IOException {
        List<String> found = new ArrayList<>();
        Pattern replaced = Pattern.compile("<([a-zA-Z][\\w:]*)((?:[^>\"]|\"[^\"]*\")*\\sth:(?:text|utext)=\"[^\"]*\""
                + "(?:[^>\"]|\"[^\"]*\")*)>[^<]*</\\1>");
        for (Path t : templates()) {
            String html = Files.readString(t).replaceAll("(?s)<!--.*?-->", "");
            String before;
            do {
                before = html;
                html = replaced.matcher(html).replaceAll("<$1$2></$1>");
            } while (!html.equals(before));
            html = html.replaceAll("\\sth:[\\w-]+=\"[^\"]*\"", "");
            for (String line : html.split("\n")) {
                if (HAN.matcher(line).find()) {
                    found.add(t.getFileName() + ": " + line.strip());
                }
            }
        }
        for (String js : List.of("subsidy.js", "certification.js")) {
            String code = Files.readString(Path.of("src/main/resources/static/js", js))
                    .replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            Arrays.stream(code.split("\n")).filter(l -> HAN.matcher(l).find()).forEach(l -> found.add(js + ": " + l));
        }
        assertThat(found).as("texts not taken from the bundle").isEmpty();
    }
}
