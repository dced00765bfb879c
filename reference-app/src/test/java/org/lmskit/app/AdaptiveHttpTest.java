package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Adaptive courses through the real app, on the demo's courses (seeds 000 and 001). */
class AdaptiveHttpTest {
    private static final String CCR = "/api/adaptive/courses/cours-adaptatif-ccr";
    private static final String AVANT_VENTE = "/api/adaptive/courses/cours-1-avant-vente";
    private static final String PATH = "/api/adaptive/paths/parcours-conseiller-commercial";

    @Test
    void enrolling_andreu_returns_what_was_adapted_with_the_seed_message() {
        AppFixture.run(http -> {
            JsonNode enrolment = http.post(CCR + "/enrolments", "demo-andreu",
                    "{\"learnerId\": \"andreu\", \"type\": \"FREE\"}").isOk().body();
            assertThat(enrolment.get("adapted").asBoolean()).isTrue();
            assertThat(enrolment.get("message").asText()).startsWith("Votre cours a été adapté");
            assertThat(enrolment.get("waived")).extracting(w -> w.get("lesson").asText())
                    .containsExactly("envoyer-documents", "fiabiliser-carriere", "ecouter-client");

            JsonNode progress = http.get(CCR + "/learners/andreu/progress", "demo-andreu").isOk().body();
            assertThat(progress.get("percent").asInt()).isEqualTo(60);
            assertThat(progress.get("sections").get(0).get("lessons")).extracting(l -> l.get("status").asText())
                    .containsExactly("COMPLETED", "NOT_STARTED", "COMPLETED", "NOT_STARTED");
            assertThat(progress.get("sections").get(0).get("lessons").get(0).get("completedBy").asText())
                    .isEqualTo("ADAPTIVE_RULE");

            assertThat(http.post(CCR + "/enrolments", "demo-andreu", "{\"learnerId\": \"andreu\", \"type\": \"FREE\"}")
                    .isProblem(409).code()).isEqualTo("already-exists");
            http.post(CCR + "/enrolments", "demo-andreu", "{\"learnerId\": \"andreu\", \"type\": \"MANDATORY\"}")
                    .isProblem(403);
            assertThat(http.post(CCR + "/enrolments", "demo-admin", "{\"learnerId\": \"x\", \"type\": \"OFTEN\"}")
                    .isProblem(400).violationField()).isEqualTo("type");
            JsonNode again = http.post(CCR + "/enrolments/andreu/readaptation", "demo-andreu", "").isOk().body();
            assertThat(again.get("version").asLong()).isEqualTo(1);
        });
    }

    @Test
    void the_tutoring_centre_shows_the_seed_figures() {
        AppFixture.run(http -> {
            JsonNode centre = http.get(AVANT_VENTE + "/tutoring", "demo-tutor").isOk().body();
            assertThat(centre.get("learners").asInt()).isEqualTo(21);
            assertThat(centre.get("missionsToCorrect").asInt()).isEqualTo(1);
            assertThat(centre.get("observationsToDo").asInt()).isEqualTo(21);
            assertThat(centre.get("byStatus").get("inProgress").asInt()).isEqualTo(5);
            assertThat(centre.get("byStatus").get("notStarted").asInt()).isEqualTo(16);

            JsonNode table = http.get(AVANT_VENTE + "/tutoring/learners?limit=5", "demo-tutor").isOk().body();
            assertThat(table.get("total").asInt()).isEqualTo(21);
            assertThat(table.get("items")).extracting(r -> r.get("name").asText() + " " + r.get("percent").asInt() + "% "
                    + r.get("timeSpent").asText()).containsExactly("AGASSE Sam 83% 04:16:08",
                    "Amalric Pierre Henri 0% 00:00:00", "Basic Joëlle 0% 00:00:00", "Borrat Nicolas 0% 00:00:00",
                    "Demory Jerome 33% 00:13:35");
            assertThat(http.get(AVANT_VENTE + "/tutoring?enrolment=FREE", "demo-tutor").isOk().body()
                    .get("learners").asInt()).isEqualTo(3);
            assertThat(http.get(AVANT_VENTE + "/tutoring?enrolment=SOMETIMES", "demo-tutor").isProblem(400)
                    .violationField()).isEqualTo("enrolment");
            http.get(AVANT_VENTE + "/tutoring", "demo-sam").isProblem(403);
        });
    }

    @Test
    void the_learner_report_and_a_tutor_correction() {
        AppFixture.run(http -> {
            JsonNode report = http.get(AVANT_VENTE + "/tutoring/learners/agasse-sam/report", "demo-tutor").isOk().body();
            assertThat(report.get("name").asText()).isEqualTo("AGASSE Sam");
            assertThat(report.get("totalTime").asText()).isEqualTo("04:16:08");
            assertThat(report.get("composition")).extracting(l -> l.get("lesson").get("status").asText())
                    .containsExactly("COMPLETED", "COMPLETED", "PASSED", "COMPLETED", "PASSED", "FAILED");
            assertThat(report.get("connections")).hasSize(7);

            String statistics = AVANT_VENTE + "/learners/agasse-sam/lessons/c01-observation/statistics";
            JsonNode corrected = http.put(statistics, "demo-tutor",
                    "{\"status\": \"PASSED\", \"score\": 80, \"clearAttempts\": true, \"version\": 1}").isOk().body();
            assertThat(corrected.get("status").asText()).isEqualTo("PASSED");
            assertThat(corrected.get("completedBy").asText()).isEqualTo("TUTOR");
            assertThat(corrected.get("attempts")).isEmpty();
            assertThat(http.put(statistics, "demo-tutor", "{\"status\": \"PASSED\", \"version\": 1}").isProblem(409)
                    .code()).isEqualTo("stale-version");
            http.put(statistics, "demo-manager", "{\"status\": \"PASSED\", \"version\": 2}").isProblem(403);
            assertThat(http.put(statistics, "demo-tutor", "{\"score\": 120, \"version\": 2}").isProblem(400)
                    .violationField()).isEqualTo("score");
            assertThat(http.put(AVANT_VENTE + "/learners/agasse-sam/lessons/fiabiliser-carriere/statistics",
                    "demo-tutor", "{\"status\": \"PASSED\", \"version\": 0}").isProblem(422).code())
                    .isEqualTo("adaptive.lesson.not-in-course");
            JsonNode audit = http.get("/api/audit?recordType=lesson-progress&recordId=agasse-sam/c01-observation",
                    "demo-admin").isOk().body();
            assertThat(audit.get("items")).hasSize(1);
        });
    }

    @Test
    void attempts_progress_and_the_path_themes_and_workshops() {
        AppFixture.run(http -> {
            JsonNode progress = http.post("/api/adaptive/lessons/c01-quiz/attempts", "demo-sam",
                    "{\"status\": \"FAILED\", \"score\": 40, \"timeSpentSeconds\": 30}").isOk().body();
            assertThat(progress.get("status").asText()).isEqualTo("PASSED");
            assertThat(progress.get("attempts")).hasSize(2);
            http.post("/api/adaptive/lessons/c01-quiz/attempts", "demo-sam",
                    "{\"learnerId\": \"demory-jerome\", \"status\": \"PASSED\", \"timeSpentSeconds\": 30}").isProblem(403);
            assertThat(http.post("/api/adaptive/lessons/c01-quiz/attempts", "demo-sam",
                    "{\"status\": \"PASSED\", \"timeSpentSeconds\": -1}").isProblem(400).violationField())
                    .isEqualTo("timeSpentSeconds");
            http.post("/api/adaptive/lessons/nowhere/attempts", "demo-sam",
                    "{\"status\": \"PASSED\", \"timeSpentSeconds\": 1}").isProblem(404);

            JsonNode path = http.get(PATH + "/learners/agasse-sam/progress", "demo-sam").isOk().body();
            assertThat(path.get("themes").get(0).get("validated").asBoolean()).isTrue();
            assertThat(path.get("themes").get(0).get("validatedBy").asText()).isEqualTo("LESSONS");
            assertThat(path.get("themes").get(1).get("validated").asBoolean()).isFalse();
            JsonNode workshops = http.get(PATH + "/learners/agasse-sam/workshops", "demo-sam").isOk().body();
            assertThat(workshops.get(0).get("unlocked").asBoolean()).isTrue();
            assertThat(workshops.get(1).get("unlocked").asBoolean()).isFalse();
            assertThat(workshops.get(1).get("missingModules")).extracting(JsonNode::asText).containsExactly("ecouter");
            assertThat(http.get(PATH + "/learners/agasse-sam/themes", "demo-sam").isOk().body()).hasSize(2);
            http.get(PATH + "/learners/agasse-sam/progress", "demo-andreu").isProblem(403);
        });
    }

    @Test
    void the_catalogue_is_defined_by_administrators_with_bad_input_named() {
        AppFixture.run(http -> {
            String lesson = "{\"id\": \"c02-video\", \"title\": \"La vente\", \"kind\": \"VIDEO\", \"durationSeconds\": 600,"
                    + " \"targets\": [{\"competency\": \"TEST-ANE_002-CGCR-02\", \"level\": \"4\"}]}";
            http.post("/api/adaptive/lessons", "demo-tutor", lesson).isProblem(403);
            JsonNode created = http.post("/api/adaptive/lessons", "demo-admin", lesson).isOk().body();
            assertThat(created.get("targets").get(0).get("level").asText()).isEqualTo("4");
            assertThat(http.post("/api/adaptive/lessons", "demo-admin", lesson.replace("VIDEO", "PODCAST"))
                    .isProblem(400).violationField()).isEqualTo("kind");
            assertThat(http.post("/api/adaptive/courses", "demo-admin", "{\"id\": \"c2\", \"title\": \"Cours 2\","
                    + " \"sections\": [{\"title\": \"S\", \"lessons\": [\"ghost\"]}]}").isProblem(422).code())
                    .isEqualTo("adaptive.lesson.unknown");
            assertThat(http.get(AVANT_VENTE, "demo-sam").isOk().body().get("sections").get(0).get("lessons"))
                    .hasSize(6);
            http.get("/api/adaptive/courses/nowhere", "demo-sam").isProblem(404);
        });
    }
}
