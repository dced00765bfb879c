package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The certification capability through the real app, on the demo's "Recrutement et sourcing" path. */
class CertificationJourneyHttpTest {
    private static final String PATH = "/api/certification/paths/recrutement-et-sourcing";
    private static final String TEN_POINTS = "{\"points\": {\"cs-q1\": 2, \"cs-q2\": 2, \"cs-q3\": 2, \"cs-q4\": 2, "
            + "\"cs-q5\": 2, \"cs-q6\": 2, \"cs-q7\": 2, \"cs-q8\": 1.5, \"cs-q9\": 1.5, \"cs-q10\": 1.5}, \"comment\": \"Très bien\"}";

    @Test
    void the_path_setup_lists_its_seven_mandatory_themes_and_ten_questions() {
        AppFixture.run(http -> {
            JsonNode setup = http.get(PATH + "/setup", "demo-learner").isOk().body();
            assertThat(setup.get("certifying").asBoolean()).isTrue();
            assertThat(setup.get("mandatoryThemes")).hasSize(7);
            assertThat(setup.get("caseStudy")).hasSize(10);
            assertThat(setup.get("caseStudyVersion").asInt()).isEqualTo(2);
            assertThat(setup.get("requiredWorkshops").asInt()).isEqualTo(3);
        });
    }

    @Test
    void a_learner_short_of_badges_sees_exactly_what_is_missing_and_cannot_start() {
        AppFixture.run(http -> {
            JsonNode eligibility = http.get(PATH + "/learners/bob/eligibility", "demo-bob").isOk().body();
            assertThat(eligibility.get("eligible").asBoolean()).isFalse();
            assertThat(eligibility.get("missingBadges")).extracting(JsonNode::asText)
                    .containsExactly("avoir-le-bon-etat-d-esprit", "piloter-un-recrutement-seul-ou-en-equipe");
            assertThat(eligibility.get("missingWorkshops").asInt()).isEqualTo(1);
            assertThat(eligibility.get("workshops")).extracting(w -> w.get("percent").asInt())
                    .containsExactly(100, 100, 60);
            assertThat(eligibility.at("/workshops/2/nextLabel").asText()).isEqualTo("corrections réalisées");

            Http.Answer refused = http.put(PATH + "/case-study/answers", "demo-bob",
                    "{\"answers\": {\"cs-q1\": \"x\"}}").isProblem(422);
            assertThat(refused.code()).isEqualTo("certification.case-study.not-eligible");
            assertThat(refused.body().get("detail").asText()).contains("avoir-le-bon-etat-d-esprit");
        });
    }

    @Test
    void a_learner_takes_the_last_steps_of_a_workshop_and_at_100_percent_it_counts() {
        AppFixture.run(http -> {
            String workshop = PATH + "/learners/bob/workshops/atelier-3";
            assertThat(http.get(workshop, "demo-bob").isOk().body().get("percent").asInt()).isEqualTo(60);

            JsonNode at90 = http.post(workshop + "/steps", "demo-bob", "{\"step\": \"CORRECTIONS_DONE\"}").isOk().body();
            assertThat(at90.get("percent").asInt()).isEqualTo(90);
            assertThat(at90.get("complete").asBoolean()).isFalse();
            assertThat(http.get(PATH + "/learners/bob/eligibility", "demo-bob").isOk().body()
                    .get("workshopsDone").asInt()).isEqualTo(2);

            JsonNode done = http.post(workshop + "/steps", "demo-bob", "{\"step\": \"CONCLUSION_VIDEO_WATCHED\"}")
                    .isOk().body();
            assertThat(done.get("percent").asInt()).isEqualTo(100);
            assertThat(done.get("complete").asBoolean()).isTrue();
            JsonNode eligibility = http.get(PATH + "/learners/bob/eligibility", "demo-bob").isOk().body();
            assertThat(eligibility.get("workshopsDone").asInt()).isEqualTo(3);
            assertThat(eligibility.get("missingWorkshops").asInt()).isZero();

            assertThat(http.post(workshop + "/steps", "demo-bob", "{\"step\": \"WATCHED\"}").isProblem(400)
                    .violationField()).isEqualTo("step");
            http.post(workshop + "/steps", "demo-learner", "{\"step\": \"CORRECTIONS_DONE\"}").isProblem(403);
            http.post(workshop + "/steps", null, "{\"step\": \"CORRECTIONS_DONE\"}").isProblem(401);
        });
    }

    @Test
    void a_learner_who_started_keeps_her_case_study_when_a_new_one_is_published() {
        AppFixture.run(http -> {
            assertThat(http.get(PATH + "/learners/alice/case-study", "demo-learner").isOk().body()
                    .get("caseStudyVersion").asInt()).isEqualTo(1);
            JsonNode hers = http.get(PATH + "/learners/alice/case-study/questions", "demo-learner").isOk().body();
            assertThat(hers.get("caseStudyVersion").asInt()).isEqualTo(1);
            assertThat(hers.at("/questions/0/id").asText()).isEqualTo("cs-q1");
            JsonNode bobs = http.get(PATH + "/learners/bob/case-study/questions", "demo-bob").isOk().body();
            assertThat(bobs.get("caseStudyVersion").asInt()).isEqualTo(2);
            assertThat(bobs.at("/questions/0/id").asText()).isEqualTo("cs2-q1");
            assertThat(http.get(PATH + "/case-studies/1", "demo-corrector").isOk().body().get("questions")).hasSize(10);
            http.get(PATH + "/case-studies/7", "demo-corrector").isProblem(404);
            assertThat(http.get(PATH + "/case-studies/zero", "demo-corrector").isProblem(400).violationField())
                    .isEqualTo("caseStudyVersion");

            long version = http.get(PATH + "/setup", "demo-admin").isOk().body().get("version").asLong();
            StringBuilder questions = new StringBuilder();
            for (int i = 1; i <= 10; i++) {
                questions.append(i == 1 ? "" : ",").append("{\"id\": \"cs3-q").append(i)
                        .append("\", \"prompt\": \"Question ").append(i).append("\", \"maxPoints\": 2}");
            }
            String body = "{\"questions\": [" + questions + "], \"version\": " + version + "}";
            http.post(PATH + "/case-studies", "demo-corrector", body).isProblem(403);
            JsonNode published = http.post(PATH + "/case-studies", "demo-admin", body).isOk().body();
            assertThat(published.get("caseStudyVersion").asInt()).isEqualTo(3);
            assertThat(http.post(PATH + "/case-studies", "demo-admin", body).isProblem(409).code())
                    .isEqualTo("stale-version");

            // alice is still corrected on the case she answered
            JsonNode corrected = http.post(PATH + "/learners/alice/case-study/correction", "demo-corrector", TEN_POINTS)
                    .isOk().body();
            assertThat(corrected.get("caseStudyVersion").asInt()).isEqualTo(1);
            assertThat(corrected.get("grade").toString()).isEqualTo("18.50");
        });
    }

    @Test
    void the_workshop_progress_table_is_published_with_the_seed_percentages() {
        AppFixture.run(http -> {
            JsonNode table = http.get("/api/certification/workshop-progress-table", "demo-bob").isOk().body();
            assertThat(table).extracting(r -> r.get("percent").asInt()).containsExactly(10, 20, 30, 60, 90, 100);
            assertThat(table.get(0).get("label").asText()).isEqualTo("vidéo d'introduction visionnée");
        });
    }

    @Test
    void a_corrector_corrects_the_submitted_copy_and_a_silver_certificate_is_issued_and_exported() {
        AppFixture.run(http -> {
            JsonNode pile = http.get(PATH + "/case-studies?status=SUBMITTED", "demo-corrector").isOk().body();
            assertThat(pile.get("items")).extracting(i -> i.get("learner").asText()).containsExactly("alice");

            JsonNode corrected = http.post(PATH + "/learners/alice/case-study/correction", "demo-corrector", TEN_POINTS)
                    .isOk().body();
            assertThat(corrected.get("grade").toString()).isEqualTo("18.50");
            assertThat(corrected.get("level").asText()).isEqualTo("GOLD");

            JsonNode certificate = http.get(PATH + "/learners/alice/certificate", "demo-manager").isOk().body();
            assertThat(certificate.get("level").asText()).isEqualTo("GOLD");
            JsonNode badge = http.get("/api/certification/certificates/" + certificate.get("id").asText() + "/open-badge",
                    "demo-learner").isOk().body();
            assertThat(badge.get("type")).extracting(JsonNode::asText)
                    .containsExactly("VerifiableCredential", "OpenBadgeCredential");
            assertThat(badge.at("/credentialSubject/result/1/value").asText()).isEqualTo("18.50");
        });
    }

    @Test
    void correcting_needs_the_corrector_role_and_every_question_scored() {
        AppFixture.run(http -> {
            assertThat(http.post(PATH + "/learners/alice/case-study/correction", "demo-tutor", TEN_POINTS).isProblem(403)
                    .code()).isEqualTo("certification.case-study.correct");
            Http.Answer missing = http.post(PATH + "/learners/alice/case-study/correction", "demo-corrector",
                    "{\"points\": {\"cs-q1\": 2}}").isProblem(400);
            assertThat(missing.violationField()).startsWith("points.cs-q");
            http.post(PATH + "/learners/alice/case-study/correction", "demo-corrector",
                    "{\"points\": {\"cs-q1\": \"deux\"}}").isProblem(400);
            assertThat(http.get(PATH + "/learners/alice/case-study", "demo-learner").body().get("status").asText())
                    .isEqualTo("SUBMITTED");
        });
    }

    @Test
    void at_11_out_of_20_chloe_asks_for_a_review_once() {
        AppFixture.run(http -> {
            JsonNode requested = http.post(PATH + "/case-study/review-request", "demo-chloe", null).isOk().body();
            assertThat(requested.get("status").asText()).isEqualTo("REVIEW_REQUESTED");
            assertThat(http.post(PATH + "/case-study/review-request", "demo-chloe", null).isProblem(422).code())
                    .isEqualTo("certification.review.once");
            assertThat(http.post(PATH + "/case-study/review-request", "demo-david", null).isProblem(422).code())
                    .isEqualTo("certification.review.grade");
        });
    }

    @Test
    void another_learner_cannot_read_a_case_study() {
        AppFixture.run(http -> {
            http.get(PATH + "/learners/alice/case-study", "demo-bob").isProblem(403);
            http.get(PATH + "/learners/nobody/case-study", "demo-admin").isProblem(404);
        });
    }

    @Test
    void a_program_quiz_is_taken_question_by_question_and_refused_after_20() {
        AppFixture.run(http -> {
            JsonNode attempt = http.post(PATH + "/themes/imprenable-sur-le-sourcing/quiz-attempts", "demo-bob",
                    "{\"seed\": 7}").body();
            String id = attempt.get("id").asText();
            while (!attempt.get("finished").asBoolean()) {
                JsonNode question = http.get("/api/certification/quiz-attempts/" + id + "/question", "demo-bob").isOk().body();
                assertThat(question.has("correctChoice")).isFalse();
                attempt = http.post("/api/certification/quiz-attempts/" + id + "/answers", "demo-bob",
                        "{\"questionId\": \"" + question.get("id").asText() + "\", \"choice\": 0}").isOk().body();
            }
            assertThat(attempt.get("score").toString()).isEqualTo("20.00");
            JsonNode result = http.get("/api/certification/learners/bob/themes/imprenable-sur-le-sourcing/quiz-result",
                    "demo-manager").isOk().body();
            assertThat(result.get("mayRetake").asBoolean()).isFalse();
            assertThat(result.get("retakeRefusal").asText()).isEqualTo("certification.quiz.perfect-score");
            assertThat(http.post(PATH + "/themes/imprenable-sur-le-sourcing/quiz-attempts", "demo-bob", "{}")
                    .isProblem(422).code()).isEqualTo("certification.quiz.perfect-score");
            assertThat(http.get(PATH + "/learners/bob/achievements", "demo-bob").body().get("badges"))
                    .extracting(JsonNode::asText).contains("imprenable-sur-le-sourcing");
        });
    }

    @Test
    void a_theme_without_a_bank_reports_its_lacking_levels() {
        AppFixture.run(http -> {
            JsonNode availability = http.get("/api/certification/themes/l-art-de-l-ecriture/quiz-availability",
                    "demo-bob").isOk().body();
            assertThat(availability.get("available").asBoolean()).isFalse();
            assertThat(availability.get("lackingLevels")).hasSize(5);
        });
    }

    @Test
    void a_signed_credential_verifies_against_the_published_keys_until_its_certificate_is_revoked() {
        AppFixture.run(http -> {
            JsonNode certificate = http.get(PATH + "/learners/david/certificate", "demo-david").isOk().body();
            String url = "/api/certification/certificates/" + certificate.get("id").asText();
            Http.Text signed = http.getText(url + "/credential", "demo-david");
            assertThat(signed.status()).isEqualTo(200);
            assertThat(signed.contentType()).startsWith("application/vc+jwt");
            assertThat(signed.body().split("\\.")).hasSize(3);
            assertThat(http.getText(url + "/credential", "demo-bob").status()).isEqualTo(403);

            JsonNode keys = http.get("/api/certification/issuer/jwks", null).isOk().body();
            assertThat(keys.get("keys")).hasSize(1);
            assertThat(keys.at("/keys/0/kty").asText()).isEqualTo("RSA");
            assertThat(keys.at("/keys/0/d").isMissingNode()).isTrue();

            String body = "{\"credential\": \"" + signed.body() + "\"}";
            JsonNode valid = http.post("/api/certification/credentials/verification", null, body).isOk().body();
            assertThat(valid.get("valid").asBoolean()).as(valid.toString()).isTrue();
            assertThat(valid.get("credentialId").asText()).contains("/credentials/" + certificate.get("id").asText());

            String[] parts = signed.body().split("\\.");
            String tampered = "{\"credential\": \"" + parts[0] + "." + parts[1].substring(0, parts[1].length() - 4)
                    + "AAAA." + parts[2] + "\"}";
            JsonNode refused = http.post("/api/certification/credentials/verification", null, tampered).isOk().body();
            assertThat(refused.get("valid").asBoolean()).isFalse();
            assertThat(refused.get("failure").asText()).isIn("BAD_SIGNATURE", "MALFORMED");

            http.post(url + "/revocation", "demo-admin", "{\"version\": 1, \"reason\": \"fraude\"}").isOk();
            JsonNode revoked = http.post("/api/certification/credentials/verification", null, body).isOk().body();
            assertThat(revoked.get("failure").asText()).isEqualTo("REVOKED");
            http.post("/api/certification/credentials/verification", null, "{}").isProblem(400);
        });
    }

    @Test
    void an_administrator_revokes_a_certificate_and_its_export_is_then_refused() {
        AppFixture.run(http -> {
            JsonNode certificate = http.get(PATH + "/learners/david/certificate", "demo-david").isOk().body();
            String url = "/api/certification/certificates/" + certificate.get("id").asText();
            http.post(url + "/revocation", "demo-manager", "{\"version\": 1, \"reason\": \"x\"}").isProblem(403);
            http.post(url + "/revocation", "demo-admin", "{\"version\": 1}").isProblem(400);
            assertThat(http.post(url + "/revocation", "demo-admin", "{\"version\": 9, \"reason\": \"erreur\"}")
                    .isProblem(409).code()).isEqualTo("stale-version");
            assertThat(http.post(url + "/revocation", "demo-admin", "{\"version\": 1, \"reason\": \"erreur de saisie\"}")
                    .isOk().body().get("revoked").asBoolean()).isTrue();
            assertThat(http.get(url + "/open-badge", "demo-david").isProblem(422).code())
                    .isEqualTo("certification.certificate.revoked");
        });
    }

    @Test
    void a_path_set_up_by_someone_else_than_an_administrator_is_refused() {
        AppFixture.run(http -> {
            String body = "{\"certifying\": false, \"mandatoryThemes\": [], \"requiredWorkshops\": 0, \"caseStudy\": [], "
                    + "\"version\": 0}";
            http.put("/api/certification/paths/free/setup", "demo-tutor", body).isProblem(403);
            assertThat(http.put("/api/certification/paths/free/setup", "demo-admin", body).isOk().body()
                    .get("version").asLong()).isEqualTo(1);
            assertThat(http.put("/api/certification/paths/free/setup", "demo-admin",
                    body.replace("\"certifying\": false", "\"certifying\": true")).isProblem(400).violationField())
                    .isEqualTo("caseStudy");
        });
    }

    @Test
    void learning_quizzes_answer_204_when_none_is_due() {
        AppFixture.run(http -> assertThat(http.post("/api/certification/learning-quizzes/next", "demo-learner", null)
                .status()).isEqualTo(204));
    }
}
