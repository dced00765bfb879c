package org.lmskit.app.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.error.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to an RFC 9457 {@code application/problem+json} answer: 400 malformed or invalid
 * input, 401 no identity, 403 refused access, 404 unknown, 409 conflict, 422 business rule refused.
 * Only a fault of the app itself answers 500, and it is logged.
 */
public final class Problems {
    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://lmskit.org/problems/";
    private static final String ANSWERED = "lmskit.problem";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    public static void register(RoutesConfig routes) {
        routes.exception(MalformedRequestException.class, (e, ctx) ->
                answer(ctx, 400, "malformed-request", "Malformed request", e.getMessage(), e.violations(), Map.of()));
        routes.exception(InvalidInputException.class, (e, ctx) ->
                answer(ctx, 400, e.code(), "Invalid input", e.getMessage(), e.violations(), Map.of()));
        routes.exception(UnsupportedMediaTypeException.class, (e, ctx) ->
                answer(ctx, 415, "unsupported-media-type", "Unsupported media type", e.getMessage(), List.of(), Map.of()));
        routes.exception(UnauthenticatedException.class, (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer");
            answer(ctx, 401, "unauthenticated", "Authentication required", e.getMessage(), List.of(), Map.of());
        });
        routes.exception(PermissionDeniedException.class, (e, ctx) ->
                answer(ctx, 403, e.code(), "Permission denied", e.getMessage(), List.of(), Map.of("rule", e.rule())));
        routes.exception(NotFoundException.class, (e, ctx) ->
                answer(ctx, 404, e.code(), "Not found", e.getMessage(), List.of(), Map.of()));
        routes.exception(ConflictException.class, (e, ctx) ->
                answer(ctx, 409, e.code(), "Conflict", e.getMessage(), List.of(), Map.of()));
        routes.exception(RuleRefusedException.class, (e, ctx) ->
                answer(ctx, 422, e.code(), "Rule refused", e.getMessage(),
                        e.field().map(f -> List.of(new Violation(f, e.getMessage()))).orElse(List.of()),
                        e.subjects().isEmpty() ? Map.of() : Map.of("subjects", e.subjects())));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                answer(ctx, e.getStatus(), "http-" + e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(),
                        e.getMessage(), List.of(), Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "internal-error", "Internal error", "the server failed; the failure is logged",
                    List.of(), Map.of());
        });
        routes.error(404, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 404, "not-found", "Not found", "no resource at " + ctx.path(), List.of(), Map.of());
            }
        });
        routes.error(405, ctx -> {
            if (ctx.attribute(ANSWERED) == null) {
                answer(ctx, 405, "method-not-allowed", "Method not allowed",
                        ctx.method() + " is not allowed on " + ctx.path(), List.of(), Map.of());
            }
        });
    }

    /** The problem document for a failure Jetty answers before the app sees the request (a bad URI or header). */
    static Map<String, Object> document(int status, String code, String title, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + code);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        problem.put("code", code);
        return problem;
    }

    private static void answer(Context ctx, int status, String code, String title, String detail,
                               List<Violation> violations, Map<String, Object> extra) {
        Map<String, Object> problem = document(status, code, title, detail, ctx.path());
        if (!violations.isEmpty()) {
            problem.put("violations", violations.stream()
                    .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
        }
        problem.putAll(extra);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status).json(problem).contentType(CONTENT_TYPE);
    }
}
