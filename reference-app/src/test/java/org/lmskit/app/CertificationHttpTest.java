package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CertificationHttpTest {
    private static final String LEVELS = "/api/certification/levels";
    private static final String EXPERT_TABLE = "/api/certification/paths/sourcing-expert/grading-table";
    private static final String NEW_TABLE = "/api/certification/paths/new-path/grading-table";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "{\"grade\": 11.995}; 12.00; BRONZE",
        "{\"grade\": \"11.995\"}; 12.00; BRONZE",
        "{\"grade\": 11.99}; 11.99; NONE",
        "{\"grade\": 14.995}; 15.00; SILVER",
        "{\"grade\": 17.999}; 18.00; GOLD",
        "{\"grade\": 20}; 20.00; GOLD",
        "{\"grade\": 0}; 0.00; NONE",
    })
    void grading_answers_the_rounded_grade_and_its_level_without_a_token(String body, String grade, String level) {
        AppFixture.run(http -> {
            Http.Answer answer = http.post(LEVELS, null, body).isOk();
            assertThat(answer.body().get("grade").decimalValue()).isEqualTo(new BigDecimal(grade));
            assertThat(answer.body().get("grade").toString()).isEqualTo(grade);
            assertThat(answer.body().get("level").asText()).isEqualTo(level);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"grade\": 11.995", "not json", "[1, 2]", "null", "", "{\"grade\": 12} trailing"})
    void a_malformed_body_is_a_400_problem_not_a_500(String body) {
        AppFixture.run(http -> assertThat(http.post(LEVELS, null, body).isProblem(400).code())
                .isEqualTo("malformed-request"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"grade\": \"abc\"}", "{\"grade\": true}", "{\"grade\": {\"v\": 1}}", "{\"grade\": [12]}"})
    void a_grade_of_the_wrong_type_is_a_400_naming_the_field(String body) {
        AppFixture.run(http -> {
            Http.Answer answer = http.post(LEVELS, null, body).isProblem(400);
            assertThat(answer.violationField()).isEqualTo("grade");
            assertThat(answer.body().get("detail").asText()).doesNotContain("org.lmskit", "java.");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"20.01", "-0.01", "1000"})
    void a_grade_outside_0_to_20_is_a_400_naming_the_field(String grade) {
        AppFixture.run(http -> {
            Http.Answer answer = http.post(LEVELS, null, "{\"grade\": " + grade + "}").isProblem(400);
            assertThat(answer.code()).isEqualTo("invalid-input");
            assertThat(answer.violationField()).isEqualTo("grade");
        });
    }

    @Test
    void a_missing_grade_or_an_unknown_field_is_a_400() {
        AppFixture.run(http -> {
            assertThat(http.post(LEVELS, null, "{}").isProblem(400).violationField()).isEqualTo("grade");
            assertThat(http.post(LEVELS, null, "{\"grade\": null}").isProblem(400).violationField()).isEqualTo("grade");
            assertThat(http.post(LEVELS, null, "{\"grade\": 12, \"learner\": \"bob\"}").isProblem(400)
                    .violationField()).isEqualTo("learner");
        });
    }

    @Test
    void a_path_with_its_own_table_grades_with_it() {
        AppFixture.run(http -> {
            Http.Answer table = http.get(EXPERT_TABLE, "demo-learner").isOk();
            assertThat(table.body().get("gold").decimalValue()).isEqualTo(new BigDecimal("19.00"));
            assertThat(table.body().get("defaults").asBoolean()).isFalse();

            Http.Answer graded = http.post("/api/certification/paths/sourcing-expert/levels", "demo-learner",
                    "{\"grade\": 18.5}").isOk();
            assertThat(graded.body().get("level").asText()).isEqualTo("SILVER");
        });
    }

    @Test
    void an_administrator_defines_a_table_and_the_change_is_in_the_audit_trail() {
        AppFixture.run(http -> {
            assertThat(http.get(NEW_TABLE, "demo-admin").isOk().body().get("version").asLong()).isZero();

            Http.Answer saved = http.put(NEW_TABLE, "demo-admin",
                    "{\"gold\": 17, \"silver\": 14, \"bronze\": 10, \"version\": 0}").isOk();
            assertThat(saved.body().get("version").asLong()).isEqualTo(1);

            Http.Answer trail = http.get("/api/audit?recordType=grading-table&recordId=new-path", "demo-admin").isOk();
            assertThat(trail.body().get("total").asLong()).isEqualTo(1);
            assertThat(trail.body().get("items").get(0).get("actorId").asText()).isEqualTo("admin");
            assertThat(trail.body().get("items").get(0).get("occurredAt").asText()).isEqualTo("2026-11-24T09:30:00Z");
        });
    }

    @Test
    void a_non_administrator_changing_a_table_gets_403_and_nothing_changes() {
        AppFixture.run(http -> {
            Http.Answer refused = http.put(NEW_TABLE, "demo-corrector",
                    "{\"gold\": 17, \"silver\": 14, \"bronze\": 10, \"version\": 0}").isProblem(403);
            assertThat(refused.body().get("rule").asText()).isEqualTo("certification.grading-table.change");
            assertThat(http.get(NEW_TABLE, "demo-admin").body().get("defaults").asBoolean()).isTrue();
        });
    }

    @Test
    void a_stale_version_is_a_409() {
        AppFixture.run(http -> {
            assertThat(http.put(EXPERT_TABLE, "demo-admin",
                    "{\"gold\": 18, \"silver\": 15, \"bronze\": 12, \"version\": 0}").isProblem(409).code())
                    .isEqualTo("already-exists");
            http.put(EXPERT_TABLE, "demo-admin", "{\"gold\": 18, \"silver\": 15, \"bronze\": 12, \"version\": 1}")
                    .isOk();
            assertThat(http.put(EXPERT_TABLE, "demo-admin",
                    "{\"gold\": 18, \"silver\": 15, \"bronze\": 11, \"version\": 1}").isProblem(409).code())
                    .isEqualTo("stale-version");
        });
    }

    @Test
    void an_invalid_table_is_a_400_naming_each_cut_off() {
        AppFixture.run(http -> {
            Http.Answer answer = http.put(NEW_TABLE, "demo-admin",
                    "{\"gold\": 14, \"silver\": 15, \"bronze\": 12, \"version\": 0}").isProblem(400);
            assertThat(answer.violationField()).isEqualTo("gold");
            assertThat(http.put(NEW_TABLE, "demo-admin", "{\"gold\": 18, \"silver\": 15, \"bronze\": 12}")
                    .isProblem(400).violationField()).isEqualTo("version");
            assertThat(http.put(NEW_TABLE, "demo-admin",
                    "{\"gold\": 18, \"silver\": 15, \"bronze\": 12, \"version\": -1}").isProblem(400)
                    .violationField()).isEqualTo("version");
        });
    }

    @Test
    void resetting_needs_the_version_as_a_number() {
        AppFixture.run(http -> {
            assertThat(http.send("DELETE", EXPERT_TABLE, "demo-admin", null).isProblem(400).violationField())
                    .isEqualTo("version");
            assertThat(http.send("DELETE", EXPERT_TABLE + "?version=x", "demo-admin", null).isProblem(400)
                    .violationField()).isEqualTo("version");
            assertThat(http.send("DELETE", EXPERT_TABLE + "?version=1", "demo-admin", null).status()).isEqualTo(204);
            assertThat(http.get(EXPERT_TABLE, "demo-admin").body().get("defaults").asBoolean()).isTrue();
        });
    }

    @Test
    void a_path_id_too_long_is_a_400() {
        AppFixture.run(http -> assertThat(http.get("/api/certification/paths/" + "p".repeat(101) + "/grading-table",
                "demo-admin").isProblem(400).violationField()).isEqualTo("pathId"));
    }
}
