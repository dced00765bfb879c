package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's observations, one sentence each, over HTTP on both storages. The suites
 * ({@link RobustnessSuiteTest}, {@link AuthorizationMatrixTest}) generalise them to every route.
 */
class HardeningHttpTest {
    private static List<LiveApp> apps;

    static synchronized List<LiveApp> apps() {
        if (apps == null) {
            apps = List.of(LiveApp.start(LiveApp.Kind.IN_MEMORY), LiveApp.start(LiveApp.Kind.POSTGRES));
        }
        return apps;
    }

    @AfterAll
    static void stop() {
        if (apps != null) {
            apps.forEach(LiveApp::close);
            apps = null;
        }
    }

    private static LiveApp.Answer refused(LiveApp.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.text().length()).isLessThan(1000);
        assertThat(answer.took()).isLessThan(Duration.ofSeconds(2));
        if (field != null) {
            assertThat(answer.json().path("violations").findValuesAsText("field")).contains(field);
        }
        return answer;
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void an_anonymous_huge_or_tiny_grade_is_refused_at_once_with_a_small_answer(LiveApp app) {
        for (String grade : List.of("1e999999999", "1e-10000000", "1e10000000", "\"1e999999999\"")) {
            refused(app.json("POST", "/api/certification/levels", null, "{\"grade\": " + grade + "}"), 400, "grade");
        }
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_positioning_with_a_poisonous_score_is_refused_and_the_learner_stays_readable(LiveApp app) {
        String path = "/api/competency/learners/robert-redford/positionings";
        refused(app.json("POST", path, "demo-tutor",
                "{\"competency\":\"TEST-ANE_002-CGCR-01\",\"source\":\"EVALUATION\",\"score\":1e-10000}"), 400, "score");
        assertThat(app.send("GET", "/api/competency/learners/robert-redford/history", "demo-manager", null, null)
                .status()).isEqualTo(200);
        assertThat(app.send("GET", "/api/competency/learners/robert-redford/job-view", "demo-manager", null, null)
                .status()).isEqualTo(200);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_manager_positioning_with_a_score_is_refused_naming_the_score(LiveApp app) {
        for (String score : List.of("-5", "1e309", "50")) {
            refused(app.json("POST", "/api/competency/learners/robert-redford/positionings", "demo-manager",
                    "{\"competency\":\"TEST-ANE_002-CGCR-01\",\"source\":\"MANAGER\",\"level\":\"3\",\"score\":" + score + "}"),
                    400, "score");
        }
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_nul_in_free_text_or_a_query_is_refused_the_same_on_both_storages(LiveApp app) {
        refused(app.json("POST", "/api/seats/sessions", "demo-admin", "{\"id\":\"nul-session\",\"reference\":\"a\\u0000b\","
                + "\"company\":\"manpower\",\"pathId\":\"p\",\"type\":\"SLOTS\",\"startDate\":\"2026-12-01\","
                + "\"expiryDate\":\"2027-12-01\",\"quota\":1}"), 400, "reference");
        refused(app.json("PUT", "/api/competency/competencies/NUL-1", "demo-admin",
                "{\"title\":\"a\\u0000b\",\"version\":0}"), 400, "title");
        refused(app.send("GET", "/api/audit?actor=%00", "demo-admin", null, null), 400, "actor");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void an_instant_outside_what_postgresql_holds_is_refused_in_bodies_and_queries(LiveApp app) {
        refused(app.send("GET", "/api/audit?from=%2B294277-01-01T00:00:00Z", "demo-admin", null, null), 400, "from");
        refused(app.send("GET", "/api/competency/team?from=-1000000000-01-01T00:00:00Z", "demo-manager", null, null),
                400, "from");
        refused(app.send("GET", "/api/recruitment/pool?classifiedFrom=%2B294277-01-01T00:00:00Z", "demo-luc", null, null),
                400, "classifiedFrom");
        refused(app.json("PUT", "/api/adaptive/courses/cours-1-avant-vente/learners/agasse-sam/lessons/c01-quiz/statistics",
                "demo-tutor", "{\"statusAt\":\"+294277-01-01T00:00:00Z\",\"version\":1}"), 400, "statusAt");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_query_parameter_has_up_to_300_characters_and_a_repeated_one_up_to_50_values(LiveApp app) {
        String limit = "a".repeat(300);
        assertThat(app.send("GET", "/api/audit?recordType=" + limit, "demo-admin", null, null).status()).isEqualTo(200);
        refused(app.send("GET", "/api/audit?recordType=" + limit + "a", "demo-admin", null, null), 400, "recordType");
        String fifty = "area=x" + "&area=x".repeat(49);
        assertThat(app.send("GET", "/api/recruitment/pool?" + fifty, "demo-luc", null, null).status()).isEqualTo(200);
        refused(app.send("GET", "/api/recruitment/pool?" + fifty + "&area=x", "demo-luc", null, null), 400, "area");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_huge_quota_is_refused_before_any_slot_is_built(LiveApp app) {
        refused(app.json("PUT", "/api/seats/sessions/manpower-lyon-slots/quota", "demo-admin",
                "{\"quota\":2147483647,\"version\":1}"), 400, "quota");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void json_bodies_are_strict(LiveApp app) {
        refused(app.send("POST", "/api/certification/levels", null, "text/plain", "{\"grade\":12}"), 415, null);
        refused(app.send("POST", "/api/certification/levels", null, null, "{\"grade\":12}"), 415, null);
        refused(app.json("POST", "/api/certification/levels", null, "{\"grade\":12,\"grade\":3}"), 400, null);
        refused(app.json("POST", "/api/certification/questions", "demo-admin", "{\"id\":\"q-frac\",\"theme\":\"t\","
                + "\"difficulty\":1.9,\"prompt\":\"P\",\"choices\":[\"a\",\"b\"],\"correctChoice\":0}"), 400, "difficulty");
        refused(app.json("POST", "/api/seats/daily-rotation", "demo-admin", "{\"day\":\"2026-12-08T10:00:00\"}"), 400, "day");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_body_over_the_size_limit_is_refused_before_it_is_read(LiveApp app) {
        String huge = "{\"grade\": 12, \"pad\": \"" + "x".repeat(2_000_000) + "\"}";
        LiveApp.Answer answer = app.json("POST", "/api/certification/levels", null, huge);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.text().length()).isLessThan(1000);
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_token_matches_exactly(LiveApp app) throws Exception {
        assertThat(app.send("GET", "/api/me", "demo-admin", null, null).status()).isEqualTo(200);
        for (String header : List.of("Bearer  demo-admin", "Bearer DEMO-ADMIN", "bearer demo-admin", "Bearer demo-admin x")) {
            String raw = raw(app, "GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + header
                    + "\r\nConnection: close\r\n\r\n");
            assertThat(raw).as(header).startsWith("HTTP/1.1 401").contains("application/problem+json");
        }
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void what_jetty_refuses_is_a_problem_document_too(LiveApp app) throws Exception {
        refused(app.send("GET", "/api/seats/sessions/a%00b", "demo-admin", null, null), 400, null);
        refused(app.send("PUT", "/api/competency/scales/%ED%A0%80", "demo-admin", "application/json", "{}"), 400, null);
        String raw = raw(app, "GET /api/me HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer demo\u0001admin\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json")
                .contains("\"status\":400");
    }

    @ParameterizedTest(autoCloseArguments = false)
    @MethodSource("apps")
    void a_manager_reads_nothing_of_another_company_s_session(LiveApp app) {
        for (String read : List.of("", "/access", "/inactive", "/members")) {
            refused(app.send("GET", "/api/seats/sessions/adecco-lille-slots" + read, "demo-manager", null, null), 403, null);
        }
        LiveApp.Answer own = app.send("GET", "/api/seats/sessions/manpower-lyon-slots", "demo-manager", null, null);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).doesNotContain("emma").doesNotContain("farid");
    }

    private static String raw(LiveApp app, String request) throws Exception {
        try (Socket socket = new Socket("localhost", app.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
