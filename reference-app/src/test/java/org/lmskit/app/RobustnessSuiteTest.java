package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.app.http.Json;

/**
 * Every route the app registers (read from Javalin, so a new route is covered without being listed) gets a
 * battery of hostile bodies, parameters and path segments, on both storages. What a route must refuse it
 * refuses with a small 4xx {@code application/problem+json} in bounded time, storing nothing (audit trail
 * and read-back unchanged); nothing it gets ever answers 5xx.
 *
 * <p>The body fields of a route are discovered from its own answers: an empty object names the required
 * fields, each answer about a field's type tells what to put there, until the body passes the JSON layer.
 * Then each field in turn receives each hostile value.
 */
class RobustnessSuiteTest {
    private static final ObjectMapper JSON = Json.mapper();
    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final int MAX_PROBLEM_BYTES = 4096;
    private static final String ADMIN = "demo-admin";
    /** Who sends the battery: the first of these the route lets through, so hostile values reach its rules. */
    private static final List<String> SENDERS = List.of(ADMIN, "demo-learner", "demo-luc", "demo-tutor",
            "demo-corrector", "demo-manager", "demo-pilot", "demo-ddfpt", "demo-sam");

    /** Values no field of lmskit takes: every route refuses them. */
    private static final List<String> REFUSED_VALUES = List.of("1e999999999", "-1e999999999", "1e-10000000", "1e309",
            "99999999999999999999999999", "\"a\\u0000b\"", "\"a\\u0001b\"", "\"\\ud800\"",
            "\"" + "x".repeat(100_001) + "\"", "[" .repeat(100) + "]".repeat(100));
    /** Values some field may take (as text, say): never a 5xx, and a refusal is a problem document. */
    private static final List<String> ODD_VALUES = List.of("\"1e999999999\"", "1.9", "-5", "0", "true", "[]", "{}", "null",
            "\"+294277-01-01T00:00:00Z\"", "\"-1000000000-01-01T00:00:00Z\"", "\"2026-12-08T10:00:00\"",
            "\"" + "y".repeat(10_001) + "\"", "\"\\u202e\\ufeff\"");
    private static final List<String> REFUSED_BODIES = List.of("{", "[", "nul", "{\"a\":1,\"a\":2}",
            "{\"unknownField\":1}", "{\"" + "k".repeat(5000) + "\":1}");
    /** Query values: control characters, far instants, huge numbers, long text, invalid UTF-8. */
    private static final List<String> QUERY_VALUES = List.of("%00", "a%01b", "%2B294277-01-01T00:00:00Z",
            "-1000000000-01-01T00:00:00Z", "1e999999999", "99999999999999999999", "x".repeat(1000), "%ED%A0%80");
    private static final List<String> QUERY_NAMES = List.of("from", "to", "day", "actor", "recordType", "recordId",
            "name", "namePrefix", "limit", "offset", "order", "sort", "status", "type", "studyLevel", "area");
    private static final List<String> SEGMENT_VALUES = List.of("a%01b", "%00", "z".repeat(101), "%ED%A0%80", "%20");

    /** A real demo id per path parameter, so requests reach the rules and not only "not found". */
    private static final Map<String, String> SAMPLES = Map.ofEntries(
            Map.entry("sessionId", "manpower-lyon-slots"), Map.entry("companyId", "manpower"),
            Map.entry("userId", "alice"), Map.entry("learnerId", "alice"), Map.entry("pathId", "recrutement-et-sourcing"),
            Map.entry("courseId", "cours-1-avant-vente"), Map.entry("jobId", "conseiller-carriere-retraite"),
            Map.entry("scaleId", "default"), Map.entry("code", "TEST-ANE_002-CGCR-01"),
            Map.entry("themeId", "imprenable-sur-le-sourcing"),
                Map.entry("workshopId", "atelier-3"), Map.entry("caseStudyVersion", "1"),
                Map.entry("frameworkId", "5eed0000-0000-4000-8000-000000000000"));

    static List<LiveApp.Kind> kinds() {
        return LiveApp.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void no_route_answers_a_hostile_request_with_a_5xx_and_refusals_store_nothing(LiveApp.Kind kind) {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        Duration slowest = Duration.ZERO;
        try (LiveApp app = LiveApp.start(kind)) {
            List<LiveApp.Route> routes = app.routes();
            assertThat(routes).hasSizeGreaterThan(80);
            Set<String> readable = new java.util.HashSet<>();
            routes.stream().filter(r -> r.method().equals("GET")).forEach(r -> readable.add(r.path()));
            for (LiveApp.Route route : routes) {
                Battery battery = new Battery(app, route, readable.contains(route.path()), failures);
                battery.run();
                sent += battery.sent;
                slowest = slowest.compareTo(battery.slowest) < 0 ? battery.slowest : slowest;
            }
        }
        System.getLogger("robustness").log(System.Logger.Level.INFO,
                kind + ": " + sent + " hostile requests, slowest " + slowest.toMillis() + " ms");
        assertThat(failures).as("hostile requests answered wrongly on " + kind).isEmpty();
    }

    private static final class Battery {
        private final LiveApp app;
        private final LiveApp.Route route;
        private final List<String> failures;
        private final String path;
        private final boolean readable;
        int sent;
        Duration slowest = Duration.ZERO;
        private String sender = ADMIN;

        Battery(LiveApp app, LiveApp.Route route, boolean readable, List<String> failures) {
            this.app = app;
            this.route = route;
            this.readable = readable;
            this.failures = failures;
            this.path = fill(route.path(), Map.of());
        }

        void run() {
            boolean body = route.takesBody() && readsBody();
            ObjectNode base = body ? discoverBody() : null;
            sender = SENDERS.stream().filter(token -> {
                LiveApp.Answer probe = body ? app.json(route.method(), path, token, base.toString())
                        : app.send(route.method(), path, token, null, null);
                return probe.status() != 401 && probe.status() != 403;
            }).findFirst().orElse(ADMIN);
            // what refused requests must leave as they found it (discovery may have written legitimately)
            String before = readBack();
            long audited = app.audited();
            for (String segment : SEGMENT_VALUES) {
                for (String param : params(route.path())) {
                    mustRefuse(fill(route.path(), Map.of(param, segment)), "application/json",
                            body ? "{}" : null, "path {" + param + "}=" + segment);
                }
            }
            if (body) {
                mustRefuse(path, "text/plain", "{}", "text/plain body", 415);
                mustRefuse(path, "application/x-www-form-urlencoded", "a=1", "form body", 415);
                mustRefuse(path, null, "{}", "no content type", 415);
                REFUSED_BODIES.forEach(hostile -> mustRefuse(path, "application/json", hostile, "body " + cut(hostile)));
                for (String field : fieldsOf(base)) {
                    for (String value : REFUSED_VALUES) {
                        mustRefuse(path, "application/json", with(base, field, value), field + "=" + cut(value));
                    }
                }
                assertUnchanged(before, audited);
                for (String field : fieldsOf(base)) {
                    for (String value : ODD_VALUES) {
                        mayAccept(path, with(base, field, value), field + "=" + cut(value));
                    }
                }
            } else {
                for (String name : QUERY_NAMES) {
                    for (String value : QUERY_VALUES) {
                        mayAccept(path + "?" + name + "=" + value, null, "?" + name + "=" + cut(value));
                    }
                }
                assertUnchanged(before, audited);
            }
        }

        /** Whether the route reads a JSON body: it then refuses a field it does not know. */
        private boolean readsBody() {
            LiveApp.Answer answer = app.json(route.method(), path, ADMIN, "{\"unknownField\":1}");
            return answer.status() == 400 && answer.json().path("code").asText().equals("malformed-request");
        }

        private void assertUnchanged(String before, long audited) {
            if (app.audited() != audited) {
                failures.add(route + ": refused requests wrote " + (app.audited() - audited) + " audit entries");
            }
            String after = readBack();
            if (before != null && !before.equals(after)) {
                failures.add(route + ": the resource read back differently after refused requests");
            }
        }

        /** The resource itself, when the same path also answers GET (as the administrator). */
        private String readBack() {
            // /metrics counts every request, refused ones included: reading it back differently is its job
            if (!readable || path.equals("/metrics")) {
                return null;
            }
            LiveApp.Answer answer = app.send("GET", path, ADMIN, null, null);
            return answer.status() + " " + answer.text();
        }

        private ObjectNode discoverBody() {
            return BodyDiscovery.discover(app, route.method(), path, ADMIN);
        }

        private static Set<String> fieldsOf(ObjectNode body) {
            Set<String> fields = new LinkedHashSet<>();
            body.fieldNames().forEachRemaining(fields::add);
            if (fields.isEmpty()) {
                fields.add("value");
            }
            return fields;
        }

        private static String with(ObjectNode base, String field, String rawValue) {
            ObjectNode copy = base.deepCopy();
            copy.remove(field);
            String rest = copy.toString();
            String pair = JSON.getNodeFactory().textNode(field).toString() + ":" + rawValue;
            return rest.equals("{}") ? "{" + pair + "}" : "{" + pair + "," + rest.substring(1);
        }

        private void mustRefuse(String rawPath, String contentType, String body, String what) {
            mustRefuse(rawPath, contentType, body, what, 0);
        }

        private void mustRefuse(String rawPath, String contentType, String body, String what, int expected) {
            long audited = app.audited();
            LiveApp.Answer answer = send(rawPath, contentType, body);
            String where = route + " with " + what + ": ";
            if (answer.status() < 400 || answer.status() >= 500 || expected != 0 && answer.status() != expected) {
                failures.add(where + "answered " + answer.status() + " " + cut(answer.text()));
            } else {
                checkProblem(where, answer);
            }
            if (app.audited() != audited) {
                failures.add(where + "stored an audit entry although refused");
            }
        }

        private void mayAccept(String rawPath, String body, String what) {
            LiveApp.Answer answer = send(rawPath, body == null ? null : "application/json", body);
            String where = route + " with " + what + ": ";
            if (answer.status() >= 500) {
                failures.add(where + "answered " + answer.status() + " " + cut(answer.text()));
            } else if (answer.status() >= 400) {
                checkProblem(where, answer);
            }
        }

        private void checkProblem(String where, LiveApp.Answer answer) {
            if (!answer.isProblem()) {
                failures.add(where + "answered " + answer.status() + " as " + answer.contentType());
            }
            if (answer.text().getBytes(StandardCharsets.UTF_8).length > MAX_PROBLEM_BYTES) {
                failures.add(where + "answered a problem of " + answer.text().length() + " characters");
            }
        }

        private LiveApp.Answer send(String rawPath, String contentType, String body) {
            LiveApp.Answer answer = app.send(route.method(), rawPath, sender, contentType, body);
            sent++;
            if (answer.took().compareTo(slowest) > 0) {
                slowest = answer.took();
            }
            if (answer.took().compareTo(BOUND) > 0) {
                failures.add(route + " " + cut(rawPath) + ": took " + answer.took().toMillis() + " ms");
            }
            return answer;
        }

        private static List<String> params(String template) {
            List<String> names = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
            return names;
        }

        private static String fill(String template, Map<String, String> overrides) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String name : params(template)) {
                values.put(name, overrides.getOrDefault(name,
                        URLEncoder.encode(SAMPLES.getOrDefault(name, "some-" + name), StandardCharsets.UTF_8)));
            }
            String path = template;
            for (Map.Entry<String, String> e : values.entrySet()) {
                path = path.replace("{" + e.getKey() + "}", e.getValue());
            }
            return path;
        }

        private static String cut(String text) {
            return text.length() <= 60 ? text : text.substring(0, 60) + "…(" + text.length() + ")";
        }
    }
}
