package org.ffw.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Values generated from an OpenAPI schema: a well-formed sample of its shape ({@link #sample}), the places in it
 * ({@link #slots}), and the bad values a field of each kind is tried with ({@link #badFor}).
 */
final class Inputs {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final String LONG = "长".repeat(10_000);

    private final OpenApi api;

    Inputs(OpenApi api) {
        this.api = api;
    }

    /** A place in a sample: the container holding it, its name or index there, and its schema. */
    record Slot(JsonNode container, String field, int index, JsonNode schema, String pointer) {
    }

    /** A value of the schema's shape: every property, sensible strings, numbers within their bounds. */
    JsonNode sample(JsonNode schema, int depth) {
        JsonNode s = api.resolve(schema);
        if (s.has("example") && !s.get("example").isNull() && !s.get("example").isContainerNode()) {
            return s.get("example");
        }
        if (s.path("enum").size() > 0) {
            return s.get("enum").get(0);
        }
        switch (api.type(s)) {
            case "object": {
                ObjectNode o = F.objectNode();
                if (depth < 6) {
                    api.properties(s).fields().forEachRemaining(e -> o.set(e.getKey(), sample(e.getValue(), depth + 1)));
                }
                return o;
            }
            case "array": {
                ArrayNode a = F.arrayNode();
                if (depth < 6) {
                    a.add(sample(s.path("items"), depth + 1));
                }
                return a;
            }
            case "integer":
                return F.numberNode(s.has("minimum") ? Math.max(s.get("minimum").asLong(), 1L) : 1L);
            case "number":
                return F.numberNode(s.has("minimum") ? Math.max(s.get("minimum").asDouble(), 1.0) : 1.0);
            case "boolean":
                return F.booleanNode(true);
            case "string":
                return F.textNode(string(s));
            default:
                return F.textNode("x");
        }
    }

    private static String string(JsonNode s) {
        String format = s.path("format").asText();
        switch (format) {
            case "date": return "2026-03-10";
            case "date-time": return "2026-03-10T08:00:00Z";
            case "binary": return "x";
            default: break;
        }
        String pattern = s.path("pattern").asText();
        if (pattern.matches("\\\\d\\{\\d+}")) {
            return "1".repeat(Integer.parseInt(pattern.replaceAll("\\D", "")));
        }
        int min = Math.max(s.path("minLength").asInt(0), 1);
        return "样例".repeat(min).substring(0, Math.min(min + 1, 2 * min));
    }

    /** Every property and array element of a sample, depth first, with its schema. */
    List<Slot> slots(JsonNode value, JsonNode schema) {
        List<Slot> out = new ArrayList<>();
        walk(value, schema, "", out);
        return out;
    }

    private void walk(JsonNode value, JsonNode schema, String pointer, List<Slot> out) {
        JsonNode s = api.resolve(schema);
        if (value instanceof ObjectNode o) {
            ObjectNode props = api.properties(s);
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode ps = props.has(name) ? props.get(name) : s.path("additionalProperties");
                out.add(new Slot(o, name, -1, ps, pointer + "/" + name));
                walk(o.get(name), ps, pointer + "/" + name, out);
            }
        } else if (value instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i, s.path("items"), pointer + "/" + i));
                walk(a.get(i), s.path("items"), pointer + "/" + i, out);
            }
        }
    }

    /** Values a field of this schema must refuse: the wrong type, out of its range, odd text, bad dates. */
    List<JsonNode> badFor(JsonNode schema, Random random) {
        JsonNode s = api.resolve(schema);
        List<JsonNode> bad = new ArrayList<>();
        String type = api.type(s);
        switch (type) {
            case "integer", "number" -> {
                bad.add(F.numberNode((long) Integer.MAX_VALUE));
                bad.add(F.numberNode(Long.MAX_VALUE));
                bad.add(F.numberNode(new java.math.BigInteger("99999999999999999999999999")));
                bad.add(F.numberNode(-1));
                bad.add(F.numberNode((long) Integer.MIN_VALUE));
                bad.add(F.numberNode(new java.math.BigDecimal("1e400")));
                if (type.equals("integer")) {
                    bad.add(F.numberNode(1.5));
                }
                if (s.has("maximum")) {
                    bad.add(F.numberNode(s.get("maximum").decimalValue().add(java.math.BigDecimal.ONE)));
                }
                if (s.has("minimum")) {
                    bad.add(F.numberNode(s.get("minimum").decimalValue().subtract(java.math.BigDecimal.ONE)));
                }
                bad.add(F.textNode("abc"));
            }
            case "boolean" -> {
                bad.add(F.textNode("maybe"));
                bad.add(F.numberNode(2));
            }
            case "string" -> {
                if (s.path("enum").size() > 0) {
                    bad.add(F.textNode("NO_SUCH_VALUE"));
                    bad.add(F.textNode(s.get("enum").get(0).asText().toLowerCase() + "x"));
                }
                String format = s.path("format").asText();
                if (format.startsWith("date")) {
                    for (String d : List.of("+999999999-12-31", "2026-02-30", "-999999999-01-01", "2026-13-01",
                            "0000-00-00", "2026/03/10", "10.03.2026")) {
                        bad.add(F.textNode(format.equals("date") ? d : d + "T00:00:00Z"));
                    }
                }
                if (s.has("maxLength")) {
                    bad.add(F.textNode("长".repeat(s.get("maxLength").asInt() + 1)));
                }
                if (s.has("pattern")) {
                    bad.add(F.textNode("not-matching-?"));
                }
                bad.add(F.numberNode(12345));
                bad.add(F.objectNode().put("nested", "x"));
            }
            case "array" -> {
                bad.add(F.textNode("not an array"));
                bad.add(F.arrayNode().add(F.arrayNode().add(1)).add(F.objectNode().put("x", 1)));
                if (s.has("maxItems")) {
                    ArrayNode many = F.arrayNode();
                    for (int i = 0; i <= s.get("maxItems").asInt(); i++) {
                        many.add(sample(s.path("items"), 3));
                    }
                    bad.add(many);
                }
            }
            case "object" -> {
                bad.add(F.textNode("not an object"));
                bad.add(F.arrayNode().add(1));
                bad.add(F.objectNode().put("zzUnknownField", 1));
            }
            default -> bad.add(F.objectNode().put("zzUnknownField", F.arrayNode().toString()));
        }
        bad.add(F.nullNode());
        return bad;
    }

    /** Odd text any string may be tried with: it must be refused or stored harmlessly, never a 5xx. */
    static List<String> oddStrings() {
        return List.of(LONG, "\u0000\u0001\u0007\u001b[31m", "😀👩‍👩‍👧‍👦\u202Eabc\u0301", "' OR 1=1 -- ;DROP TABLE case_registry",
                "<script>alert(1)</script>", "   ", "", "\uFFFF\uFFFE", "%s%n%x${jndi:ldap://127.0.0.1/a}",
                "../../etc/passwd", "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ");
    }
}
