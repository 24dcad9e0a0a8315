package org.ffw.platform.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

/**
 * The OpenAPI description at {@code /v3/api-docs}, complete enough to generate clients, fuzzers and access matrices
 * from: info, the three ways to sign in (HTTP Basic, a bearer token, the browser session with its CSRF header) applied per operation
 * from {@link SecurityConfig}'s public paths, and every operation's error answers as {@code application/problem+json}
 * (the {@code ProblemDetail} schema) derived from its security and method — never written per controller.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDescription {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String SESSION = "browserSession";
    static final String PROBLEM = "ProblemDetail";
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    @Bean
    OpenAPI ffwOpenApi() {
        return new OpenAPI()
                .info(new Info().title("FFW — Family-Friendly Workplace supervision API").version("v1")
                        .description("Complaints, subsidies, certification and the rules behind them. Errors are "
                                + "RFC 9457 problem+json in the caller's language (Accept-Language zh or en).")
                        .contact(new Contact().name("FFW maintainers").email("ffw@example.org"))
                        .license(new License().name("Proprietary").identifier("LicenseRef-FFW")))
                .servers(List.of(new Server().url("/").description("this FFW server")))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("An account's username and password (tools; each request costs a "
                                        + "password hash — API clients should use a bearer token)."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("opaque (ffw_…)")
                                .description("An API token the account made with POST /api/v1/tokens (or on its "
                                        + "account page): Authorization: Bearer ffw_…. Expires after 1-90 days; "
                                        + "revoked by DELETE /api/v1/tokens/{id}, by disabling the account, a "
                                        + "password reset or logging out everywhere. No CSRF token needed."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("The session of a user signed in on the pages. A request that changes "
                                        + "something must also send the page's CSRF token in the X-CSRF-TOKEN header."))
                        .addSchemas(PROBLEM, problemSchema()));
    }

    @Bean
    OpenApiCustomizer ffwOperations() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSchemas(PROBLEM, problemSchema());
            Map<String, Integer> ids = new LinkedHashMap<>();
            api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
                describe(path, HttpMethod.valueOf(method.name()), op);
                String id = op.getOperationId();
                int n = ids.merge(id == null ? method.name().toLowerCase() + path : id, 1, Integer::sum);
                if (id != null && n > 1) {
                    op.setOperationId(id + n);
                }
            }));
        };
    }

    private static void describe(String path, HttpMethod method, Operation op) {
        boolean open = isPublic(path, method);
        boolean anonymousAllowed = HttpMethod.POST.equals(method) && "/api/v1/reports".equals(path);
        if (open) {
            op.setSecurity(List.of());
        } else if (anonymousAllowed) {
            op.setSecurity(List.of(new SecurityRequirement(), new SecurityRequirement().addList(BASIC),
                    new SecurityRequirement().addList(BEARER), new SecurityRequirement().addList(SESSION)));
        } else {
            op.setSecurity(List.of(new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER),
                    new SecurityRequirement().addList(SESSION)));
        }
        if (op.getSummary() == null || op.getSummary().isBlank()) {
            op.setSummary(words(op.getOperationId() == null ? path : op.getOperationId()));
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        problem(responses, "400", "The request is invalid: `errors` names each field and says why");
        if (!open) {
            if (!anonymousAllowed) {
                problem(responses, "401", "Not signed in");
            }
            problem(responses, "403", "Signed in, but not allowed to do this (role, district, ownership, CSRF)");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such resource, or not one the caller may see");
        }
        if (!HttpMethod.GET.equals(method)) {
            problem(responses, "409", "Someone else changed it at the same time, or it is in a state that forbids this");
            problem(responses, "422", "Understood but refused by a rule of the procedure");
        }
        if (open || anonymousAllowed) {
            problem(responses, "429", "Too many requests from this caller: retry after Retry-After seconds");
        }
        op.setResponses(responses);
    }

    static boolean isPublic(String path, HttpMethod method) {
        if (PATHS.match("/api/v1/public/**", path)) {
            return true;
        }
        if (!HttpMethod.GET.equals(method)) {
            return false;
        }
        for (String p : SecurityConfig.PUBLIC_API) {
            if (PATHS.match(p, path)) {
                return true;
            }
        }
        return false;
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status) && responses.get(status).getContent() != null
                && responses.get(status).getContent().containsKey("application/problem+json")) {
            return;
        }
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType("application/problem+json", new MediaType().schema(
                        new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        Schema error = new ObjectSchema().addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema().description("in the caller's language"));
        Schema s = new ObjectSchema().description("RFC 9457 problem details")
                .addProperty("type", new StringSchema().format("uri"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(error)
                        .description("validation problems, one per field"));
        s.setRequired(List.of("type", "title", "status"));
        return s;
    }

    private static String words(String id) {
        String s = id.replaceAll("([a-z])([A-Z])", "$1 $2").replaceAll("[_/{}-]+", " ").strip().toLowerCase();
        return s.isEmpty() ? id : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
