package org.ffw.worktable;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ffw.platform.web.Languages;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A task's Camunda Forms schema as the task page renders it — the same schema {@link TaskForm} enforces on
 * completion — and the way back: the posted HTML form as the values {@link WorktableService#complete} takes.
 * Nothing here decides what is valid; the page only shows what the server says.
 *
 * <p>In the page's language: the form's words are Chinese, and each component carries its English in its custom
 * properties (form-js {@code properties}, shown in Camunda Modeler's "Custom properties"): {@code label.en},
 * {@code description.en}, {@code text.en} (a text component), {@code dateLabel.en}, and {@code option.<value>.en} for
 * each static option. An English page shows those, the Chinese where one is missing (FormTranslationsTest keeps the
 * forms complete).
 */
final class TaskFormView {

    /** conditional.hide of the simple forms FFW's forms use: {@code =field != "VALUE"} or {@code =field = "VALUE"}. */
    private static final Pattern SIMPLE_HIDE = Pattern.compile("^=?\\s*([A-Za-z_][\\w]*)\\s*(!=|=)\\s*\"([^\"]*)\"\\s*$");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");

    private TaskFormView() {
    }

    /** One component of the form, ready for the template. {@code children} for a group, {@code text} for text. */
    record Item(String type, String key, String id, String label, String description, boolean required,
                String subtype, List<Option> options, Condition hide, List<Block> text, List<Item> children,
                String value, Set<String> selected, boolean readonly, Integer minLength, Integer maxLength,
                String min, String max, String step) {

        public boolean input() {
            return TaskForm.Field.INPUT_TYPES.contains(type);
        }

        public String htmlDateType() {
            return switch (subtype == null ? "date" : subtype) {
                case "time" -> "time";
                case "datetime" -> "datetime-local";
                default -> "date";
            };
        }
    }

    record Option(String value, String label) {
    }

    /** A condition the page's script can evaluate; the server evaluates the real FEEL expression anyway. */
    record Condition(String field, String op, String value) {
    }

    /** A paragraph (level 0) or heading (level 1–6) of a text component; spans are plain text, some bold. */
    record Block(int level, List<Span> spans) {
        public String tag() {
            return level == 0 ? "p" : level <= 3 ? "h3" : "h4"; // below the page's h1 and the section's h2
        }
    }

    record Span(String text, boolean strong) {
    }

    /** The schema's components with the values to show (current values, or what was just posted). */
    static List<Item> items(JsonNode schema, Map<String, Object> values) {
        return items(schema, values, english());
    }

    /** The same, in English ({@code english}) or Chinese. */
    static List<Item> items(JsonNode schema, Map<String, Object> values, boolean english) {
        return components(schema.path("components"), values == null ? Map.of() : values, english);
    }

    /** Each input field's label in the page's language, by key (the error summary names the fields with them). */
    static Map<String, String> labels(JsonNode schema) {
        Map<String, String> labels = new LinkedHashMap<>();
        collectLabels(schema.path("components"), english(), labels);
        return labels;
    }

    private static void collectLabels(JsonNode components, boolean english, Map<String, String> out) {
        for (JsonNode c : components) {
            collectLabels(c.path("components"), english, out);
            if (c.hasNonNull("key") && TaskForm.Field.INPUT_TYPES.contains(c.path("type").asText())) {
                String label = say(c, "label", english);
                out.put(c.path("key").asText(), label != null ? label : c.path("key").asText());
            }
        }
    }

    /** A component's word ({@code label}, {@code description}, {@code text}, {@code dateLabel}) in the language. */
    static String say(JsonNode c, String attribute, boolean english) {
        if (english) {
            String en = c.path("properties").path(attribute + ".en").asText(null);
            if (en != null && !en.isBlank()) {
                return en;
            }
        }
        return c.path(attribute).asText(null);
    }

    /** A static option's label in the language ({@code option.<value>.en}), else its Chinese label or its value. */
    static String option(JsonNode c, JsonNode o, boolean english) {
        String value = o.path("value").asText();
        if (english) {
            String en = c.path("properties").path("option." + value + ".en").asText(null);
            if (en != null && !en.isBlank()) {
                return en;
            }
        }
        return o.path("label").asText(value);
    }

    private static boolean english() {
        return Languages.english(Languages.current());
    }

    private static List<Item> components(JsonNode components, Map<String, Object> values, boolean english) {
        List<Item> out = new ArrayList<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            String key = c.hasNonNull("key") ? c.path("key").asText() : null;
            String id = key != null ? "f-" + key : c.hasNonNull("id") ? "f-" + c.path("id").asText() : null;
            JsonNode validate = c.path("validate");
            List<Option> options = new ArrayList<>();
            for (JsonNode o : c.path("values")) {
                options.add(new Option(o.path("value").asText(), option(c, o, english)));
            }
            if (c.hasNonNull("valuesKey")) {
                TaskForm.dynamicOptions(values, c.path("valuesKey").asText())
                        .forEach((value, label) -> options.add(new Option(value, label)));
            }
            Object value = key == null ? null : values.get(key);
            Set<String> selected = new LinkedHashSet<>();
            if (value instanceof Collection<?> list) {
                list.forEach(v -> selected.add(String.valueOf(v)));
            } else if (value != null) {
                selected.add(String.valueOf(value));
            }
            String step = null;
            if ("number".equals(type)) {
                int digits = c.has("decimalDigits") ? c.path("decimalDigits").asInt() : 0;
                step = digits == 0 ? "1" : "0." + "0".repeat(digits - 1) + "1";
            }
            String label = say(c, "label", english);
            out.add(new Item(type, key, id, label != null ? label : say(c, "dateLabel", english),
                    say(c, "description", english), validate.path("required").asBoolean(false),
                    c.path("subtype").asText(null), options, condition(c.path("conditional").path("hide").asText(null)),
                    "text".equals(type) ? text(Objects.requireNonNullElse(say(c, "text", english), "")) : List.of(),
                    c.has("components") ? components(c.path("components"), values, english) : List.of(),
                    value == null || value instanceof Collection<?> ? "" : String.valueOf(value), selected,
                    c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
                    validate.has("minLength") ? validate.path("minLength").asInt() : null,
                    validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
                    validate.has("min") ? validate.path("min").asText() : null,
                    validate.has("max") ? validate.path("max").asText() : null, step));
        }
        return out;
    }

    static Condition condition(String hide) {
        if (hide == null) {
            return null;
        }
        Matcher m = SIMPLE_HIDE.matcher(hide);
        return m.matches() ? new Condition(m.group(1), m.group(2), m.group(3)) : null;
    }

    /** Markdown-ish text of a form as headings and paragraphs of plain text; **bold** the only markup kept. */
    static List<Block> text(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            int level = 0;
            Matcher h = HEADING.matcher(line);
            if (h.matches()) {
                level = h.group(1).length();
                line = h.group(2);
            }
            List<Span> spans = new ArrayList<>();
            Matcher b = BOLD.matcher(line);
            int at = 0;
            while (b.find()) {
                if (b.start() > at) {
                    spans.add(new Span(line.substring(at, b.start()), false));
                }
                spans.add(new Span(b.group(1), true));
                at = b.end();
            }
            if (at < line.length()) {
                spans.add(new Span(line.substring(at), false));
            }
            blocks.add(new Block(level, spans));
        }
        return blocks;
    }

    /**
     * The posted HTML form as completion values: only the form's own, non-read-only fields; blank text left out
     * (the server says whether it was required); a checkbox is true when sent, false otherwise; several choices as a
     * list; a local date-time in Shanghai time with its offset. Types and rules are checked by the server.
     */
    static Map<String, Object> values(TaskForm form, MultiValueMap<String, String> posted) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (TaskForm.Field f : form.fields()) {
            if (f.readonly()) {
                continue;
            }
            List<String> sent = posted.getOrDefault(f.key(), List.of());
            switch (f.type()) {
                case "checkbox" -> {
                    if (posted.containsKey("_present_" + f.key())) {
                        values.put(f.key(), sent.stream().anyMatch("true"::equals));
                    }
                }
                case "checklist", "taglist" -> {
                    List<String> chosen = sent.stream().filter(s -> !s.isBlank()).toList();
                    if (!chosen.isEmpty()) {
                        values.put(f.key(), chosen);
                    }
                }
                default -> {
                    String s = sent.isEmpty() ? null : sent.get(0);
                    if (s != null && !s.isBlank()) {
                        values.put(f.key(), "datetime".equals(f.type()) && "datetime".equals(f.subtype())
                                ? withOffset(s.strip()) : s);
                    }
                }
            }
        }
        return values;
    }

    private static String withOffset(String local) {
        try {
            return LocalDateTime.parse(local).atZone(org.ffw.platform.Shanghai.ZONE).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            return local;
        }
    }
}
