package org.ffw.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ffw.reliability.OpenApi.Operation;
import org.ffw.reliability.OpenApi.Param;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Bad requests generated from an operation's description, one mutation each from a well-formed start: the body
 * malformed, of the wrong media type, with an unknown field, without a required one, or with one field given a bad
 * value (wrong type, out of range, odd text, impossible date, unknown enum value, null); or a path or query
 * parameter given a bad value. Path parameters start at the fuzzer's own fixtures, so that the body is what is
 * judged. Deterministic for a seed.
 */
final class Fuzzer {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Odd text that fits in a URL (a request line over 8 KB is another harness's subject). */
    private static final List<String> URL_ODD = List.of("长".repeat(300), "😀👩‍👩‍👧‍👦\u202Eabc", "' OR 1=1 --",
            "<script>alert(1)", " ", "-1", "99999999999999999999", "2147483647", "-2147483648", "1.5",
            "+999999999-12-31", "2026-02-30", "NO_SUCH_VALUE", "true", "[]", "{}", "null");

    record Request(String method, String path, String contentType, byte[] body, String what) {

        boolean write() {
            return OpenApi.WRITES.contains(method);
        }
    }

    private final OpenApi doc;
    private final Inputs inputs;
    private final PathValues values;
    private final Random random;

    Fuzzer(OpenApi doc, PathValues values, Random random) {
        this.doc = doc;
        this.inputs = new Inputs(doc);
        this.values = values;
        this.random = random;
    }

    Request next(Operation op, AccessRules.Rule rule) {
        Map<String, String> path = new LinkedHashMap<>();
        op.in("path").forEach(p -> path.put(p.name(), values.value(p.name(), rule, true, op.write())));
        Map<String, String> query = new LinkedHashMap<>();
        op.in("query").stream().filter(Param::required).forEach(p -> query.put(p.name(), baseline(p, rule)));
        boolean json = op.mediaType() != null && op.mediaType().contains("json");
        boolean multipart = op.mediaType() != null && op.mediaType().startsWith("multipart");
        List<String> kinds = new ArrayList<>();
        if (!op.in("path").isEmpty()) {
            kinds.add("path");
        }
        if (!op.write() && !op.in("query").isEmpty()) {
            kinds.addAll(List.of("query", "query", "query"));
        }
        if (json) {
            kinds.addAll(List.of("malformed", "media-type", "unknown-field", "missing", "bad-value", "bad-value",
                    "bad-value", "odd-text"));
        }
        if (multipart) {
            kinds.addAll(List.of("media-type", "no-file", "junk-file"));
        }
        if (kinds.isEmpty()) {
            kinds.add(op.write() ? "path" : "junk-query");
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        JsonNode sample = json ? inputs.sample(op.body(), 0) : null;
        String contentType = json ? "application/json" : null;
        byte[] body = sample == null ? null : bytes(sample);
        String what = kind;
        switch (kind) {
            case "path" -> {
                if (path.isEmpty()) {
                    query.put("zzUnknown", pick(URL_ODD));
                } else {
                    String name = pick(new ArrayList<>(path.keySet()));
                    String bad = pick(URL_ODD);
                    path.put(name, bad);
                    what = "path " + name + "=" + clip(bad);
                }
            }
            case "query", "junk-query" -> {
                List<Param> params = op.in("query");
                if (params.isEmpty()) {
                    query.put("page", pick(URL_ODD));
                    what = "query page (undeclared)";
                } else {
                    Param p = pick(params);
                    String bad = badQueryValue(p);
                    query.put(p.name(), bad);
                    what = "query " + p.name() + "=" + clip(bad);
                }
            }
            case "malformed" -> {
                String text = new String(body, StandardCharsets.UTF_8);
                List<String> broken = List.of("{", "{\"a\":", "[1,2", "not json", "", "null", "[]", "42", "\"text\"",
                        text.substring(0, Math.max(1, text.length() / 2)), "[".repeat(5000), "{\"x\":1}}");
                String b = pick(broken);
                body = b.getBytes(StandardCharsets.UTF_8);
                what = "malformed " + clip(b);
            }
            case "media-type" -> {
                contentType = pick(List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                        "multipart/form-data", "application/json; charset=ebcdic"));
                if (body == null) {
                    body = "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8);
                }
                what = "media-type " + contentType;
            }
            case "no-file" -> {
                contentType = "multipart/form-data; boundary=ffwfuzz";
                body = "--ffwfuzz\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--ffwfuzz--\r\n"
                        .getBytes(StandardCharsets.UTF_8);
            }
            case "junk-file" -> {
                contentType = "multipart/form-data; boundary=ffwfuzz";
                byte[] junk = new byte[random.nextInt(2000)];
                random.nextBytes(junk);
                body = multipart(pick(List.of("a.pdf", "b.png", "c.jpg", "../../x.exe", "长".repeat(200) + ".pdf")),
                        pick(List.of("application/pdf", "image/png", "text/html")), junk);
            }
            default -> {
                List<Inputs.Slot> slots = inputs.slots(sample, op.body());
                if (kind.equals("unknown-field") || slots.isEmpty()) {
                    List<JsonNode> objects = new ArrayList<>();
                    objects.add(sample);
                    slots.stream().map(s -> s.container()).filter(c -> c instanceof ObjectNode).forEach(objects::add);
                    JsonNode target = pick(objects);
                    if (target instanceof ObjectNode o) {
                        o.put("zzUnknownField", "x");
                        what = "unknown-field";
                    } else {
                        sample = F.objectNode().put("zzUnknownField", "x");
                        what = "unknown-field (body not an object)";
                    }
                } else if (kind.equals("missing")) {
                    what = removeRequired(sample, op.body());
                } else {
                    Inputs.Slot slot = pick(slots);
                    JsonNode bad = kind.equals("odd-text") ? F.textNode(pick(Inputs.oddStrings()))
                            : pick(inputs.badFor(slot.schema(), random));
                    set(slot, bad);
                    what = kind + " " + slot.pointer() + "=" + clip(bad.toString());
                }
                body = bytes(sample);
            }
        }
        return new Request(op.method(), expand(op.path(), path) + queryString(query), contentType, body, what);
    }

    private String baseline(Param p, AccessRules.Rule rule) {
        String known = values.query(p.name(), true);
        return known != null ? known : inputs.sample(p.schema(), 0).asText();
    }

    private String badQueryValue(Param p) {
        List<String> out = new ArrayList<>(URL_ODD);
        for (JsonNode bad : inputs.badFor(p.schema(), random)) {
            if (!bad.isNull() && !bad.isContainerNode() && bad.asText().length() < 400) {
                out.add(bad.asText());
            }
        }
        return pick(out);
    }

    /** Takes a required property out of the body or of an object inside it; what it did. */
    private String removeRequired(JsonNode sample, JsonNode schema) {
        List<String> found = new ArrayList<>();
        List<Runnable> removals = new ArrayList<>();
        collectRequired(sample, schema, "", found, removals);
        if (removals.isEmpty()) {
            ((ObjectNode) (sample instanceof ObjectNode ? sample : F.objectNode())).put("zzUnknownField", 1);
            return "missing: nothing required (unknown field instead)";
        }
        int i = random.nextInt(removals.size());
        removals.get(i).run();
        return "missing " + found.get(i);
    }

    private void collectRequired(JsonNode value, JsonNode schema, String pointer, List<String> found,
                                 List<Runnable> removals) {
        if (value instanceof ObjectNode o) {
            for (String name : doc.required(schema)) {
                if (o.has(name)) {
                    found.add(pointer + "/" + name);
                    removals.add(() -> o.remove(name));
                }
            }
            ObjectNode props = doc.properties(schema);
            props.fields().forEachRemaining(e -> {
                if (o.has(e.getKey())) {
                    collectRequired(o.get(e.getKey()), e.getValue(), pointer + "/" + e.getKey(), found, removals);
                }
            });
        } else if (value instanceof ArrayNode a && a.size() > 0) {
            collectRequired(a.get(0), doc.resolve(schema).path("items"), pointer + "/0", found, removals);
        }
    }

    private static void set(Inputs.Slot slot, JsonNode value) {
        if (slot.container() instanceof ObjectNode o) {
            o.set(slot.field(), value);
        } else if (slot.container() instanceof ArrayNode a) {
            a.set(slot.index(), value);
        }
    }

    /** A multipart/form-data body (boundary {@code ffwfuzz}) with one part {@code file}. */
    static byte[] multipart(String filename, String type, byte[] content) {
        var out = new java.io.ByteArrayOutputStream();
        out.writeBytes(("--ffwfuzz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n--ffwfuzz--\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static String expand(String template, Map<String, String> path) {
        String out = template;
        for (Map.Entry<String, String> e : path.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return out;
    }

    static String queryString(Map<String, String> query) {
        StringBuilder sb = new StringBuilder();
        query.forEach((k, v) -> sb.append(sb.isEmpty() ? "?" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return sb.toString();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String clip(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() > 40 ? flat.substring(0, 40) + "…(" + s.length() + ")" : flat;
    }
}
