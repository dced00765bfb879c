package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** {@code openapi.yaml} parses cleanly, describes exactly the routes the app registers, and serves itself. */
class OpenApiDocumentTest {
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");

    private static SwaggerParseResult parse() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(OpenApiContract.document(), null, options);
    }

    @Test
    void the_description_parses_without_messages() {
        SwaggerParseResult result = parse();
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
    }

    @Test
    void the_routes_javalin_registered_are_exactly_the_routes_described() {
        OpenAPI api = parse().getOpenAPI();
        Set<String> described = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> described.add(method.name() + " " + path)));
        Set<String> registered = new TreeSet<>();
        try (LiveApp app = LiveApp.start(LiveApp.Kind.IN_MEMORY)) {
            app.routes().stream().filter(r -> METHODS.contains(r.method()))
                    .forEach(r -> registered.add(r.method() + " " + r.path()));
        }
        assertThat(described).isEqualTo(registered);
    }

    @Test
    void every_operation_is_named_tagged_and_answers_refusals_with_the_one_problem_schema() {
        OpenAPI api = parse().getOpenAPI();
        List<String> failures = new ArrayList<>();
        Set<String> ids = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String name = method + " " + path;
            if (operation.getOperationId() == null || !ids.add(operation.getOperationId())) {
                failures.add(name + ": missing or repeated operationId");
            }
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                failures.add(name + ": no tag");
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") && !isProblem(api, response)) {
                    failures.add(name + " " + status + ": not the problem schema");
                }
            });
            if (!path.equals("/openapi.yaml") && !path.equals("/api-docs") && !path.equals("/health")
                    && operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("4"))) {
                failures.add(name + ": documents no refusal");
            }
        }));
        assertThat(failures).isEmpty();
    }

    @Test
    void request_bodies_state_their_required_fields_and_every_date_has_its_format() {
        OpenAPI api = parse().getOpenAPI();
        List<String> failures = new ArrayList<>();
        api.getComponents().getSchemas().forEach((name, schema) -> {
            if (name.endsWith("Request") && (schema.getRequired() == null || schema.getRequired().isEmpty())
                    && !optionalOnly(name)) {
                failures.add(name + ": states no required field");
            }
            walk(name, schema, failures);
        });
        assertThat(failures).isEmpty();
    }

    /** Request bodies whose every field may be left out: the path says what to do. */
    private static boolean optionalOnly(String name) {
        return Set.of("CompletionRequest", "StartRequest").contains(name);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void walk(String where, Schema schema, List<String> failures) {
        if (schema == null) {
            return;
        }
        String field = where.substring(where.lastIndexOf('.') + 1);
        boolean dateNamed = field.endsWith("On") || field.endsWith("Date") || field.equals("day")
                || field.endsWith("From") || field.endsWith("Before");
        boolean instantNamed = field.endsWith("At");
        if ("string".equals(schema.getType()) && (dateNamed || instantNamed)
                && !(dateNamed ? List.of("date", "date-time") : List.of("date-time")).contains(schema.getFormat())) {
            failures.add(where + ": a " + (dateNamed ? "date" : "date-time") + " without its format");
        }
        if (schema.getProperties() != null) {
            ((Map<String, Schema>) schema.getProperties()).forEach((name, child) -> walk(where + "." + name, child, failures));
        }
        walk(where + "[]", schema.getItems(), failures);
    }

    private static boolean isProblem(OpenAPI api, ApiResponse response) {
        ApiResponse resolved = response.get$ref() == null ? response : api.getComponents().getResponses()
                .get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
        MediaType media = resolved.getContent() == null ? null : resolved.getContent().get("application/problem+json");
        return media != null && "#/components/schemas/Problem".equals(media.getSchema().get$ref());
    }

    @Test
    void the_app_serves_the_description_and_swagger_ui_without_a_token() {
        try (LiveApp app = LiveApp.start(LiveApp.Kind.IN_MEMORY)) {
            LiveApp.Answer yaml = app.send("GET", "/openapi.yaml", null, null, null);
            assertThat(yaml.status()).isEqualTo(200);
            assertThat(yaml.contentType()).startsWith("application/yaml");
            assertThat(yaml.text()).isEqualTo(OpenApiContract.document());
            LiveApp.Answer docs = app.send("GET", "/api-docs", null, null, null);
            assertThat(docs.status()).isEqualTo(200);
            assertThat(docs.text()).contains("SwaggerUIBundle").contains("/openapi.yaml");
            String bundle = docs.text().replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
            assertThat(app.send("GET", bundle, null, null, null).status()).isEqualTo(200);
        }
    }
}
