package org.ffw.reliability;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ffw.support.Api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operations of the API as the running application describes them at {@code /v3/api-docs}, read generically:
 * every path under {@code /api/v1}, every method, its parameters and its request body's media type and schema
 * ({@code $ref}s followed on demand). Whatever else the description holds (security schemes, responses, examples)
 * is ignored, so additions to it do not break the harnesses that are generated from it.
 */
final class OpenApi {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    static final Set<String> WRITES = Set.of("PUT", "POST", "DELETE", "PATCH");

    record Param(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation; {@code mediaType}/{@code body} are null when it takes no request body. */
    record Operation(String method, String path, List<Param> params, String mediaType, JsonNode body,
                     boolean bodyRequired) {

        String key() {
            return method + " " + path;
        }

        boolean write() {
            return WRITES.contains(method);
        }

        List<Param> in(String where) {
            return params.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private final JsonNode doc;
    private final List<Operation> operations = new ArrayList<>();

    private OpenApi(JsonNode doc) {
        this.doc = doc;
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Param> params = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>(shared);
                op.getValue().path("parameters").forEach(declared::add);
                for (JsonNode p : declared) {
                    JsonNode r = resolve(p);
                    params.add(new Param(r.path("name").asText(), r.path("in").asText(),
                            r.path("required").asBoolean(false), resolve(r.path("schema"))));
                }
                String mediaType = null;
                JsonNode body = null;
                JsonNode rb = resolve(op.getValue().path("requestBody"));
                Iterator<Map.Entry<String, JsonNode>> content = rb.path("content").fields();
                if (content.hasNext()) {
                    Map.Entry<String, JsonNode> first = content.next();
                    mediaType = first.getKey();
                    body = first.getValue().path("schema");
                }
                operations.add(new Operation(op.getKey().toUpperCase(), path.getKey(), List.copyOf(params), mediaType,
                        body, rb.path("required").asBoolean(false)));
            }
        }
    }

    static OpenApi load(Api anonymous) {
        Api.Response r = anonymous.get("/v3/api-docs");
        if (r.status() != 200) {
            throw new IllegalStateException("no OpenAPI description: " + r);
        }
        return new OpenApi(r.json());
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema or object a {@code $ref} points to (itself when it is none); a missing node for nothing. */
    JsonNode resolve(JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < 20 && n != null && n.has("$ref"); i++) {
            String ref = n.get("$ref").asText();
            JsonNode target = doc;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part.replace("~1", "/").replace("~0", "~"));
            }
            n = target;
        }
        return n == null ? JsonNodeFactory.instance.missingNode() : n;
    }

    /**
     * The properties of an object schema, {@code allOf} merged; a {@code oneOf}/{@code anyOf} contributes its first
     * alternative.
     */
    ObjectNode properties(JsonNode schema) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        JsonNode s = resolve(schema);
        s.path("properties").fields().forEachRemaining(e -> out.set(e.getKey(), e.getValue()));
        s.path("allOf").forEach(part -> out.setAll(properties(part)));
        for (String alt : List.of("oneOf", "anyOf")) {
            if (s.path(alt).size() > 0) {
                out.setAll(properties(s.path(alt).get(0)));
            }
        }
        return out;
    }

    List<String> required(JsonNode schema) {
        List<String> out = new ArrayList<>();
        JsonNode s = resolve(schema);
        s.path("required").forEach(r -> out.add(r.asText()));
        s.path("allOf").forEach(part -> out.addAll(required(part)));
        return out;
    }

    /** The schema's type, "object" when it has properties but states none. */
    String type(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("type")) {
            JsonNode t = s.get("type");
            return t.isArray() ? t.get(0).asText() : t.asText();
        }
        if (s.has("properties") || s.has("allOf") || s.has("additionalProperties")) {
            return "object";
        }
        if (s.has("items")) {
            return "array";
        }
        return "any";
    }
}
