package org.ffw.worktable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.engine.variable.Variables;
import org.ffw.platform.web.FieldProblem;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Camunda Forms (form-js) schema as the server enforces it: the same file Tasklist renders and our pages render.
 * Supported: textfield, textarea, number, checkbox, radio, select, checklist, taglist, datetime, and the layout
 * components (text, spacer, separator, group); {@code validate.required/minLength/maxLength/pattern/min/max/
 * validationType}, static {@code values}, {@code readonly}/{@code disabled}, and {@code conditional.hide} (FEEL).
 */
public final class TaskForm {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()-]{5,20}$");

    private final String id;
    private final JsonNode schema;
    private final List<Field> fields;

    private TaskForm(String id, JsonNode schema, List<Field> fields) {
        this.id = id;
        this.schema = schema;
        this.fields = fields;
    }

    public String id() {
        return id;
    }

    public JsonNode schema() {
        return schema;
    }

    public List<Field> fields() {
        return fields;
    }

    public static TaskForm parse(JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        collect(schema.path("components"), fields);
        return new TaskForm(schema.path("id").asText(null), schema, List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<Field> out) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (c.has("components")) {
                collect(c.path("components"), out); // group
            }
            if (!c.hasNonNull("key") || !Field.INPUT_TYPES.contains(type)) {
                continue;
            }
            JsonNode v = c.path("validate");
            List<String> options = null;
            Map<String, String> optionLabels = Map.of();
            if (c.has("values")) {
                options = new ArrayList<>();
                Map<String, String> labels = new LinkedHashMap<>();
                for (JsonNode o : c.path("values")) {
                    String value = o.path("value").asText();
                    options.add(value);
                    labels.put(value, o.path("label").asText(value));
                }
                optionLabels = java.util.Collections.unmodifiableMap(labels);
            }
            out.add(new Field(c.path("key").asText(), type, c.path("subtype").asText(null),
                    c.path("label").asText(c.path("key").asText()), v.path("required").asBoolean(false),
                    v.has("minLength") ? v.path("minLength").asInt() : null,
                    v.has("maxLength") ? v.path("maxLength").asInt() : null,
                    v.path("pattern").asText(null),
                    v.has("min") ? v.path("min").decimalValue() : null,
                    v.has("max") ? v.path("max").decimalValue() : null,
                    v.path("validationType").asText(null), options, optionLabels,
                    c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
                    c.path("conditional").path("hide").asText(null),
                    c.has("decimalDigits") ? c.path("decimalDigits").asInt() : null,
                    c.path("disallowPassedDates").asBoolean(false), c.path("valuesKey").asText(null)));
        }
    }

    /** The options a {@code valuesKey} field offers: the list of {label, value} under that key of the current values. */
    static Map<String, String> dynamicOptions(Map<String, Object> current, String valuesKey) {
        Map<String, String> options = new LinkedHashMap<>();
        Object list = current == null ? null : current.get(valuesKey);
        if (list instanceof Collection<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m && m.get("value") != null) {
                    String value = String.valueOf(m.get("value"));
                    options.put(value, m.get("label") == null ? value : String.valueOf(m.get("label")));
                }
            }
        }
        return options;
    }

    /**
     * One input field of the form. {@code options}: the allowed values of a radio, select, checklist or taglist;
     * {@code optionLabels}: each value's label as the form shows it; {@code valuesKey}: form-js's options from the
     * input data instead (the list of {label, value} under that key of the task's current values), e.g. the files
     * the user uploaded to the case.
     */
    public record Field(String key, String type, String subtype, String label, boolean required, Integer minLength,
                        Integer maxLength, String pattern, BigDecimal min, BigDecimal max, String validationType,
                        List<String> options, Map<String, String> optionLabels, boolean readonly, String hide,
                        Integer decimalDigits, boolean disallowPassedDates, String valuesKey) {

        static final List<String> INPUT_TYPES = List.of("textfield", "textarea", "number", "checkbox", "radio",
                "select", "checklist", "taglist", "datetime");

        /** A choice of this field as the form says it: the option's label (是 / 否 for a checkbox). */
        public String choice(Object value) {
            if (value instanceof Boolean b) {
                return b ? "是" : "否";
            }
            if (value instanceof Collection<?> items) {
                return String.join("、", items.stream().map(this::choice).toList());
            }
            String s = String.valueOf(value);
            return optionLabels.getOrDefault(s, s);
        }
    }

    /** The values as the process and handlers receive them, or every problem found. */
    public record Result(Map<String, Object> values, List<FieldProblem> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks submitted values against the form: unknown keys, required fields (unless hidden), types, lengths,
     * patterns, ranges, allowed options. Hidden fields are dropped, read-only ones keep their current value.
     */
    public Result validate(Map<String, Object> submitted, Map<String, Object> current, FeelEngine feel,
                           LocalDate today) {
        Map<String, Object> in = submitted == null ? Map.of() : submitted;
        List<FieldProblem> errors = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        List<String> keys = fields.stream().map(Field::key).toList();
        for (String k : in.keySet()) {
            if (!keys.contains(k)) {
                errors.add(new FieldProblem(k, "is not a field of this form"));
            }
        }
        Map<String, Object> context = new LinkedHashMap<>();
        fields.forEach(f -> context.put(f.key(), null)); // conditions may name fields nobody filled in
        if (current != null) {
            context.putAll(current);
        }
        context.putAll(in);
        for (Field f : fields) {
            if (f.hide() != null && hidden(f.hide(), context, feel)) {
                continue;
            }
            if (f.readonly()) {
                if (current != null && current.containsKey(f.key())) {
                    out.put(f.key(), current.get(f.key()));
                }
                continue;
            }
            Object value = in.get(f.key());
            if (isEmpty(value)) {
                if (f.required()) {
                    errors.add(new FieldProblem(f.key(), "is required (" + f.label() + ")"));
                }
                continue;
            }
            Object checked = check(f.valuesKey() == null ? f : withOptions(f, dynamicOptions(current, f.valuesKey())),
                    value, today, errors);
            if (checked != null) {
                out.put(f.key(), checked);
            }
        }
        errors.sort(java.util.Comparator.comparing(FieldProblem::field));
        return new Result(out, errors);
    }

    private static Field withOptions(Field f, Map<String, String> options) {
        return new Field(f.key(), f.type(), f.subtype(), f.label(), f.required(), f.minLength(), f.maxLength(),
                f.pattern(), f.min(), f.max(), f.validationType(), List.copyOf(options.keySet()), options, f.readonly(),
                f.hide(), f.decimalDigits(), f.disallowPassedDates(), f.valuesKey());
    }

    private static Object check(Field f, Object value, LocalDate today, List<FieldProblem> errors) {
        int before = errors.size();
        Object result = switch (f.type()) {
            case "textfield", "textarea" -> text(f, value, errors);
            case "number" -> number(f, value, errors);
            case "checkbox" -> {
                if (value instanceof Boolean b) {
                    yield b;
                }
                errors.add(new FieldProblem(f.key(), "must be true or false"));
                yield null;
            }
            case "radio", "select" -> {
                String s = value.toString();
                if (!(value instanceof String) || (f.options() != null && !f.options().contains(s))) {
                    errors.add(new FieldProblem(f.key(), "must be one of " + f.options()));
                    yield null;
                }
                yield s;
            }
            case "checklist", "taglist" -> list(f, value, errors);
            case "datetime" -> date(f, value, today, errors);
            default -> value;
        };
        return errors.size() > before ? null : result;
    }

    private static String text(Field f, Object value, List<FieldProblem> errors) {
        if (!(value instanceof String s)) {
            errors.add(new FieldProblem(f.key(), "must be text"));
            return null;
        }
        String t = s.strip();
        int length = t.codePointCount(0, t.length());
        if (f.minLength() != null && length < f.minLength()) {
            errors.add(new FieldProblem(f.key(), "must have at least " + f.minLength() + " characters"));
        }
        if (f.maxLength() != null && length > f.maxLength()) {
            errors.add(new FieldProblem(f.key(), "must have at most " + f.maxLength() + " characters"));
        }
        if (f.pattern() != null && !f.pattern().isEmpty()) {
            try {
                if (!Pattern.compile(f.pattern()).matcher(t).matches()) {
                    errors.add(new FieldProblem(f.key(), "does not have the expected format"));
                }
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException("form field " + f.key() + " has an invalid pattern", e);
            }
        }
        if ("email".equals(f.validationType()) && !EMAIL.matcher(t).matches()) {
            errors.add(new FieldProblem(f.key(), "is not an e-mail address"));
        }
        if ("phone".equals(f.validationType()) && !PHONE.matcher(t).matches()) {
            errors.add(new FieldProblem(f.key(), "is not a phone number"));
        }
        return t;
    }

    private static Object number(Field f, Object value, List<FieldProblem> errors) {
        BigDecimal n;
        try {
            n = value instanceof Number num ? new BigDecimal(num.toString())
                    : value instanceof String s ? new BigDecimal(s.strip()) : null;
        } catch (NumberFormatException e) {
            n = null;
        }
        if (n == null) {
            errors.add(new FieldProblem(f.key(), "must be a number"));
            return null;
        }
        if (f.min() != null && n.compareTo(f.min()) < 0) {
            errors.add(new FieldProblem(f.key(), "must be at least " + f.min().toPlainString()));
        }
        if (f.max() != null && n.compareTo(f.max()) > 0) {
            errors.add(new FieldProblem(f.key(), "must be at most " + f.max().toPlainString()));
        }
        int digits = f.decimalDigits() == null ? 0 : f.decimalDigits();
        if (n.stripTrailingZeros().scale() > digits) {
            errors.add(new FieldProblem(f.key(), digits == 0 ? "must be a whole number"
                    : "must have at most " + digits + " decimal places"));
            return null;
        }
        return digits == 0 ? (Object) n.longValueExact() : n;
    }

    private static List<String> list(Field f, Object value, List<FieldProblem> errors) {
        if (!(value instanceof Collection<?> items)) {
            errors.add(new FieldProblem(f.key(), "must be a list"));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String s) || (f.options() != null && !f.options().contains(s))) {
                errors.add(new FieldProblem(f.key(), "may only contain " + f.options()));
                return null;
            }
            out.add(s);
        }
        return out;
    }

    private static String date(Field f, Object value, LocalDate today, List<FieldProblem> errors) {
        if (!(value instanceof String s)) {
            errors.add(new FieldProblem(f.key(), "must be a date (yyyy-MM-dd)"));
            return null;
        }
        try {
            switch (f.subtype() == null ? "date" : f.subtype()) {
                case "time" -> LocalTime.parse(s);
                case "datetime" -> OffsetDateTime.parse(s);
                default -> {
                    LocalDate d = LocalDate.parse(s);
                    if (f.disallowPassedDates() && d.isBefore(today)) {
                        errors.add(new FieldProblem(f.key(), "must not be in the past"));
                    }
                }
            }
            return s;
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(f.key(), "must be a " + (f.subtype() == null ? "date" : f.subtype())
                    + " in ISO format (e.g. 2026-10-13)"));
            return null;
        }
    }

    private static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    private static boolean hidden(String expression, Map<String, Object> context, FeelEngine feel) {
        String expr = expression.startsWith("=") ? expression.substring(1) : expression;
        Object result = feel.evaluateSimpleExpression(expr, Variables.fromMap(context).asVariableContext());
        return Boolean.TRUE.equals(result);
    }
}
