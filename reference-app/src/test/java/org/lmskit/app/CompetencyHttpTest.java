package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Competency levels, gaps, team views and interim reviews through the real app, on seed 000's demo. */
class CompetencyHttpTest {
    private static final String ROBERT = "/api/competency/learners/robert-redford";

    @Test
    void the_team_view_reproduces_the_seeds_table() {
        AppFixture.run(http -> {
            JsonNode rows = http.get("/api/competency/team?sort=PERCENT&order=desc", "demo-manager").isOk().body();
            assertThat(rows.get(0).get("name").asText()).isEqualTo("Dino Zore");
            assertThat(rows.get(0).get("percent").asInt()).isEqualTo(82);
            assertThat(rows.get(0).get("acquired").asInt()).isEqualTo(9);
            assertThat(rows.get(1).get("percent").asInt()).isEqualTo(55);
            assertThat(rows).hasSize(7);
            assertThat(rows.get(6).get("notEvaluated").asInt()).isEqualTo(11);
            assertThat(http.get("/api/competency/team?name=redf", "demo-manager").body())
                    .extracting(r -> r.get("name").asText()).containsExactly("Robert Redford");
            http.get("/api/competency/team?sort=AGE", "demo-manager").isProblem(400);
            http.get("/api/competency/team", "demo-robert").isProblem(403);
        });
    }

    /** Seed 000: "Lorsqu'une compétence n'est pas encore acquise, un bouton « Voir les formations liées »". */
    @Test
    void every_competency_not_yet_acquired_links_its_trainings_and_no_acquired_one_does() {
        AppFixture.run(http -> {
            java.util.Set<String> statuses = new java.util.HashSet<>();
            // Robert has gaps and acquired competencies; Medine France was never evaluated
            for (String learner : List.of("robert-redford", "medine-france")) {
                JsonNode view = http.get("/api/competency/learners/" + learner + "/job-view", "demo-manager").isOk()
                        .body();
                for (JsonNode profile : view.get("profiles")) {
                    for (JsonNode competency : profile.get("competencies")) {
                        String status = competency.get("status").asText();
                        statuses.add(status);
                        assertThat(!competency.get("trainings").isEmpty()).as(learner + " " + competency.get("code")
                                + " " + status).isEqualTo(status.equals("GAP") || status.equals("NOT_EVALUATED"));
                    }
                }
            }
            assertThat(statuses).contains("GAP", "NOT_EVALUATED", "ACQUIRED");
        });
    }

    @Test
    void a_learners_job_view_has_three_profiles_gaps_and_radar_data() {
        AppFixture.run(http -> {
            JsonNode view = http.get(ROBERT + "/job-view", "demo-robert").isOk().body();
            assertThat(view.get("jobTitle").asText()).isEqualTo("Conseiller Carrière Retraite");
            assertThat(view.at("/summary/percent").asInt()).isEqualTo(55);
            assertThat(view.get("profiles")).hasSize(3);
            JsonNode gap = view.at("/profiles/1/competencies/3");
            assertThat(gap.get("status").asText()).isEqualTo("GAP");
            assertThat(gap.at("/decidedBy/actor").asText()).isEqualTo("manon");
            assertThat(gap.get("trainings")).extracting(t -> t.get("id").asText()).containsExactly("cours-adaptatif-ccr");
            assertThat(view.at("/profiles/0/radar/required")).hasSize(4);
            http.get(ROBERT + "/job-view?from=yesterday", "demo-robert").isProblem(400);
            http.get(ROBERT + "/job-view", "demo-bob").isProblem(403);
        });
    }

    @Test
    void positioning_takes_the_actor_from_the_token_and_checks_who_may_position() {
        AppFixture.run(http -> {
            JsonNode positioned = http.post(ROBERT + "/positionings", "demo-manager",
                    "{\"competency\": \"TEST-COM_006-CGCR-03\", \"source\": \"MANAGER\", \"level\": \"4\"}").isOk().body();
            assertThat(positioned.get("actor").asText()).isEqualTo("manon");
            http.post(ROBERT + "/positionings", "demo-manager",
                    "{\"competency\": \"TEST-COM_006-CGCR-03\", \"source\": \"MANAGER\", \"level\": \"4\", \"actor\": \"x\"}")
                    .isProblem(400);
            http.post(ROBERT + "/positionings", "demo-pilot",
                    "{\"competency\": \"TEST-COM_006-CGCR-03\", \"source\": \"MANAGER\", \"level\": \"4\"}").isProblem(403);
            assertThat(http.post(ROBERT + "/positionings", "demo-manager",
                    "{\"competency\": \"TEST-COM_006-CGCR-03\", \"source\": \"MANAGER\", \"level\": \"7\"}").isProblem(400)
                    .violationField()).isEqualTo("level");
            http.post(ROBERT + "/positionings", "demo-manager",
                    "{\"competency\": \"UNKNOWN\", \"source\": \"MANAGER\", \"level\": \"3\"}").isProblem(404);
            http.post(ROBERT + "/positionings", "demo-manager",
                    "{\"competency\": \"TEST-COM_006-CGCR-03\", \"source\": \"BOSS\", \"level\": \"3\"}").isProblem(400);
            JsonNode self = http.post(ROBERT + "/positionings", "demo-robert",
                    "{\"competency\": \"TEST-COM_006-CGCR-03\", \"source\": \"SELF\", \"level\": \"5\"}").isOk().body();
            assertThat(self.get("source").asText()).isEqualTo("SELF");
            JsonNode observed = http.post(ROBERT + "/positionings", "demo-tutor",
                    "{\"competency\": \"TEST-COM_006-CGCR-01\", \"source\": \"OBSERVATION\", \"score\": 85}").isOk().body();
            assertThat(observed.get("level").asText()).isEqualTo("5");
            JsonNode history = http.get(ROBERT + "/history?limit=2", "demo-robert").isOk().body();
            assertThat(history.at("/items/0/source").asText()).isEqualTo("OBSERVATION");
        });
    }

    @Test
    void an_interim_review_is_drafted_finalized_with_confirmation_unlocked_by_the_ddfpt_and_graded() {
        AppFixture.run(http -> {
            JsonNode draft = http.post(ROBERT + "/reviews", "demo-manager", "{\"positions\": {\"TEST-ANE_002-CGCR-01\": "
                    + "\"5\", \"TEST-ANE_002-CGCR-02\": \"3\", \"TEST-ANE_002-CGCR-03\": null}, \"findings\": \"Constats\","
                    + " \"advice\": \"Conseils\"}").isOk().body();
            String url = "/api/competency/reviews/" + draft.get("id").asText();
            assertThat(http.post(url + "/finalization", "demo-manager", "{\"confirmation\": \"oui\", \"version\": 1}")
                    .isProblem(422).code()).isEqualTo("competency.review.confirmation");
            JsonNode finalized = http.post(url + "/finalization", "demo-manager",
                    "{\"confirmation\": \"CONFIRMATION\", \"version\": 1}").isOk().body();
            assertThat(finalized.get("status").asText()).isEqualTo("FINAL");
            assertThat(http.put(url, "demo-manager", "{\"positions\": {\"TEST-ANE_002-CGCR-01\": \"1\"}, \"version\": 2}")
                    .isProblem(422).code()).isEqualTo("competency.review.status");
            JsonNode grade = http.get(url + "/grade", "demo-robert").isOk().body();
            assertThat(grade.get("grade").toString()).isEqualTo("15.00");
            assertThat(grade.get("excluded")).extracting(JsonNode::asText).containsExactly("TEST-ANE_002-CGCR-03");
            http.post(url + "/unlock", "demo-manager", "{\"reason\": \"erreur\", \"version\": 2}").isProblem(403);
            // seed 002: "Seul le DDFPT de l'établissement" — a DDFPT of another establishment is refused
            assertThat(http.post(url + "/unlock", "demo-ddfpt-voisin", "{\"reason\": \"erreur\", \"version\": 2}")
                    .isProblem(403).body().get("rule").asText()).isEqualTo("competency.review.unlock");
            assertThat(http.post(url + "/unlock", "demo-ddfpt", "{\"reason\": \"erreur\", \"version\": 2}").isOk().body()
                    .get("status").asText()).isEqualTo("UNLOCKED");
            http.get(url + "/comparison", "demo-manager").isOk();
        });
    }

    @Test
    void the_catalogue_is_read_by_anyone_signed_in_and_changed_by_an_administrator_only() {
        AppFixture.run(http -> {
            JsonNode job = http.get("/api/competency/jobs/conseiller-carriere-retraite", "demo-robert").isOk().body();
            assertThat(job.get("requirements").get("TEST-ANE_002-CGCR-04").asText()).isEqualTo("4");
            JsonNode scale = http.get("/api/competency/scales/default", "demo-robert").isOk().body();
            assertThat(scale.get("levels")).hasSize(5);
            assertThat(scale.at("/levels/4/description").asText()).isEqualTo("expert du sujet");
            http.put("/api/competency/competencies/NEW-01", "demo-manager", "{\"title\": \"t\", \"version\": 0}")
                    .isProblem(403);
            assertThat(http.put("/api/competency/competencies/NEW-01", "demo-admin", "{\"title\": \"t\", \"version\": 0}")
                    .isOk().body().get("thresholds")).hasSize(5);
            assertThat(http.put("/api/competency/competencies/NEW-01", "demo-admin", "{\"title\": \"t\", \"version\": 0}")
                    .isProblem(409).code()).isEqualTo("already-exists");
            http.put("/api/competency/scales/tiny", "demo-admin", "{\"name\": \"x\", \"levels\": [{\"code\": \"1\", "
                    + "\"label\": \"un\"}], \"notApplicableAllowed\": false, \"version\": 0}").isProblem(400);
            http.get(ROBERT + "/jobs/unknown/comparison", "demo-robert").isProblem(404);
        });
    }
}
