package org.ffw.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.ffw.complaint.LeaveType;
import org.ffw.complaint.Outcome;
import org.ffw.complaint.Status;
import org.ffw.platform.cases.Procedure;
import org.ffw.platform.security.Role;
import org.ffw.platform.timeline.Visibility;
import org.ffw.worktable.Sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What users must never read on a page (issue 9: "Users read words"): the demo accounts' names, candidate group ids,
 * code names — the constants of the domain's enums, the values of the forms' options, the codes messages.properties
 * gives labels to — ISO timestamps, Java's Date.toString, and "null". {@link #find} returns each one found.
 */
public final class RawStrings {

    /** The demo accounts (identity.DemoAccounts). */
    static final List<String> USERNAMES = List.of("inspector-xuhui", "inspector2", "inspector3", "inspector", "employee2",
            "employee", "employer2", "employer", "supervisor", "union", "officer", "admin");

    private static final List<Pattern> PATTERNS = new ArrayList<>();
    private static final Set<String> CODES = codes();
    private static final Pattern UNDERSCORED = Pattern.compile("(?<![\\w-])[A-Z][A-Z0-9]+_[A-Z0-9_]+(?![\\w-])");

    static {
        PATTERNS.add(Pattern.compile("(?<![\\w-])(" + String.join("|", USERNAMES) + ")(?![\\w-])"));
        PATTERNS.add(Pattern.compile("(?<![\\w-])(inspector|supervisor|union|officer|employer)-[0-9A-Z]{6,18}(?![\\w-])"));
        PATTERNS.add(Pattern.compile("(?<![\\w-])(" + String.join("|", CODES) + ")(?![\\w-])"));
        PATTERNS.add(Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
        PATTERNS.add(Pattern.compile("\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z"));
        PATTERNS.add(Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d"));
        PATTERNS.add(Pattern.compile("(?<![\\w-])null(?![\\w-])"));
        // a code with an underscore (HOTLINE_12333, JOINED_ACCOUNT) is never a word, labelled or not
        PATTERNS.add(UNDERSCORED);
    }

    private RawStrings() {
    }

    /** Account names that are also English words; on an English page only a line of its own counts as one. */
    private static final Pattern ENGLISH_WORD_ACCOUNT = Pattern.compile(
            "(?m)^\\s*(inspector|employee|employer|supervisor|union|officer)\\s*$");

    /** Every raw string in the text, empty when it reads as words. */
    public static List<String> find(String text) {
        return find(text, false);
    }

    /**
     * As {@link #find(String)}; on an English page ("the employer", "trade union" are words there) an account name
     * that is an English word counts only as a line of its own — a leak the Chinese page of the same view catches.
     */
    public static List<String> find(String text, boolean english) {
        List<String> found = new ArrayList<>();
        for (Pattern p : PATTERNS) {
            if (english && p == PATTERNS.get(0)) {
                Matcher own = ENGLISH_WORD_ACCOUNT.matcher(text);
                while (own.find()) {
                    found.add(own.group(1));
                }
                Matcher m = Pattern.compile("(?<![\\w-])(inspector-xuhui|inspector2|inspector3|employee2|employer2|admin)(?![\\w-])")
                        .matcher(text);
                while (m.find()) {
                    found.add(m.group());
                }
                continue;
            }
            Matcher m = p.matcher(text);
            while (m.find()) {
                if (p != UNDERSCORED || !CODES.contains(m.group())) { // a known code is found by its own pattern
                    found.add(m.group());
                }
            }
        }
        return found;
    }

    /** Code names of three letters or more (a form's "A"/"B" options are letters users read). */
    static Set<String> codes() {
        Set<String> codes = new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        for (Class<? extends Enum<?>> e : List.of(Status.class, Outcome.class, LeaveType.class, Role.class, Sla.class,
                Visibility.class, Procedure.class, CertificationStatus.class, CertificateStatus.class, Measure.class,
                org.ffw.complaint.Channel.class)) {
            Arrays.stream(e.getEnumConstants()).map(Enum::name).forEach(codes::add);
        }
        codes.addAll(List.of("SYSTEM", "system", "NEVER_ISSUED", "FORGED", "MALFORMED"));
        Properties messages = new Properties();
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            List<Path> all = new ArrayList<>(bundles.filter(f -> f.toString().endsWith(".properties")
                    && !f.toString().endsWith("_en.properties")).toList());
            all.add(Path.of("src/main/resources/messages.properties"));
            for (Path bundle : all) {
                try (InputStream in = Files.newInputStream(bundle)) {
                    messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a code with an underscore (HOTLINE_12333, JOINED_ACCOUNT) is never a word, labelled or not

        for (String key : messages.stringPropertyNames()) {
            String code = key.substring(key.indexOf('.') + 1);
            if (code.matches("[A-Z][A-Z0-9_]+")) {
                codes.add(code);
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
                collect(json.readTree(form.toFile()).path("components"), codes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        codes.removeIf(c -> c.length() < 3 || c.matches("\\d+"));
        return codes;
    }

    private static void collect(JsonNode components, Set<String> codes) {
        for (JsonNode c : components) {
            collect(c.path("components"), codes);
            for (JsonNode v : c.path("values")) {
                codes.add(v.path("value").asText());
            }
        }
    }
}
