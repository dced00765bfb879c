package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 004 through the real app, on the demo's pool: Camille (Divalto) is blocked, Luc (Divalto) and Olivier (Sogeti) are not. */
class RecruitmentHttpTest {

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    @Test
    void a_recruiter_with_an_overdue_card_is_refused_the_pool_with_the_cards_to_update() {
        AppFixture.run(http -> {
            Http.Answer blocked = http.get("/api/recruitment/pool", "demo-recruiter").isProblem(422);
            assertThat(blocked.code()).isEqualTo("recruitment.pool.overdue-cards");
            assertThat(blocked.body().get("subjects")).hasSize(1);
            String overdueCard = blocked.body().get("subjects").get(0).asText();

            JsonNode mine = http.get("/api/recruitment/portfolio/overdue", "demo-recruiter").isOk().body();
            assertThat(ids(mine)).containsExactly(overdueCard);
            JsonNode card = mine.get("items").get(0);
            assertThat(card.get("title").asText()).isEqualTo("Monsieur MBARKI Sofiane-Alsace / Bas-Rhin");
            assertThat(card.get("status").get("label").asText()).isEqualTo("Etude en cours");
            assertThat(card.get("overdue").asBoolean()).isTrue();

            http.put("/api/recruitment/cards/" + overdueCard, "demo-recruiter", """
                    {"title": "%s", "result": "NONE_STUDY_IN_PROGRESS", "actions": ["FIRST_CONTACT"],
                     "nonResponse": false, "version": %d}""".formatted(card.get("title").asText(),
                    card.get("version").asLong())).isOk();

            assertThat(http.get("/api/recruitment/pool", "demo-recruiter").isOk().body().get("total").asInt())
                    .isEqualTo(4);
        });
    }

    @Test
    void the_pool_hides_what_the_company_carded_and_combines_criteria() {
        AppFixture.run(http -> {
            assertThat(ids(http.get("/api/recruitment/pool", "demo-luc").isOk().body()))
                    .containsExactly("corbe", "delean", "anais", "polman");
            assertThat(ids(http.get("/api/recruitment/pool", "demo-recruiter-sogeti").isOk().body()))
                    .containsExactly("corbe", "hatterer", "mbarki", "anais", "polman");
            assertThat(ids(http.get("/api/recruitment/pool?studyLevel=BAC_PLUS_5&studyLevel=BAC&experience=LESS_THAN_1_YEAR",
                    "demo-luc").isOk().body())).containsExactly("anais");
            assertThat(ids(http.get("/api/recruitment/pool?classification=ADAPTABLE&job=D%C3%A9veloppeur",
                    "demo-luc").isOk().body())).containsExactly("polman");
            // seed 004: "co" lists CORBE Jean François and POLMAN Nicolas, any part of either name
            assertThat(ids(http.get("/api/recruitment/pool?name=co", "demo-luc").isOk().body()))
                    .containsExactly("corbe", "polman");
            assertThat(ids(http.get("/api/recruitment/pool?name=ANAIS", "demo-luc").isOk().body()))
                    .containsExactly("anais");
            assertThat(ids(http.get("/api/recruitment/pool?name=fran%C3%A7", "demo-luc").isOk().body()))
                    .containsExactly("corbe");
            Http.Answer bad = http.get("/api/recruitment/pool?studyLevel=MASTER", "demo-luc").isProblem(400);
            assertThat(bad.violationField()).isEqualTo("studyLevel");
            http.get("/api/recruitment/pool", "demo-learner").isProblem(403);
            http.get("/api/recruitment/pool", null).isProblem(401);
        });
    }

    @Test
    void a_quick_action_opens_a_card_once_per_company() {
        AppFixture.run(http -> {
            JsonNode card = http.post("/api/recruitment/pool/anais/quick-actions", "demo-luc",
                    "{\"action\": \"POTENTIAL_RECRUITMENT\"}").isOk().body();
            assertThat(card.get("result").get("label").asText())
                    .isEqualTo("Profil intéressant gardé en vivier pour un recrutement potentiel");
            assertThat(card.get("status").get("code").asText()).isEqualTo("POOL");
            assertThat(card.get("dueAt").asText()).isEqualTo("2027-06-12T09:30:00Z");

            assertThat(http.post("/api/recruitment/pool/anais/quick-actions", "demo-luc",
                    "{\"action\": \"NOT_RETAINED\"}").isProblem(409).code()).isEqualTo("already-exists");
            http.post("/api/recruitment/pool/anais/quick-actions", "demo-luc", "{\"action\": \"HIRE\"}").isProblem(400);
            http.post("/api/recruitment/pool/nobody/quick-actions", "demo-luc", "{\"action\": \"NOT_RETAINED\"}")
                    .isProblem(404);
            http.post("/api/recruitment/pool/anais/quick-actions", "demo-recruiter-sogeti",
                    "{\"action\": \"STUDY_LATER\"}").isOk();
        });
    }

    @Test
    void a_card_of_another_company_is_not_found_and_required_fields_are_named() {
        AppFixture.run(http -> {
            JsonNode lucs = http.get("/api/recruitment/portfolio?mine=true", "demo-luc").isOk().body();
            JsonNode hatterer = lucs.get("items").get(0);
            String path = "/api/recruitment/cards/" + hatterer.get("id").asText();
            assertThat(hatterer.get("candidate").asText()).isEqualTo("hatterer");

            http.get(path, "demo-recruiter-sogeti").isProblem(404);
            http.get(path, "demo-recruiter").isOk();

            String notEmployable = """
                    {"title": "HATTERER", "result": "NOT_EMPLOYABLE_AFTER_INTERVIEW", "actions": ["HR_INTERVIEW"],
                     "nonResponse": false, "version": %d}""".formatted(hatterer.get("version").asLong());
            Http.Answer refused = http.put(path, "demo-luc", notEmployable).isProblem(422);
            assertThat(refused.code()).isEqualTo("recruitment.card.field-required");
            assertThat(refused.violationField()).isEqualTo("rejectionCauses");

            String fixedTerm = """
                    {"title": "HATTERER", "result": "RECRUITMENT", "actions": ["HR_INTERVIEW"], "nonResponse": false,
                     "recruitment": {"recruitedOn": "2026-12-01", "contractType": "FIXED_TERM", "state": "TRIAL_PERIOD"},
                     "version": %d}""".formatted(hatterer.get("version").asLong());
            assertThat(http.put(path, "demo-luc", fixedTerm).isProblem(400).violationField())
                    .isEqualTo("recruitment.contractEnd");

            String withEnd = fixedTerm.replace("\"state\"", "\"contractEnd\": \"2027-05-31\", \"state\"");
            JsonNode recruited = http.put(path, "demo-luc", withEnd).isOk().body();
            assertThat(recruited.get("status").get("label").asText()).isEqualTo("Recruté en période essai ou alternance");
            assertThat(recruited.get("dueAt").asText()).isEqualTo("2027-08-01T09:30:00Z");

            assertThat(http.put(path, "demo-luc", withEnd).isProblem(409).code()).isEqualTo("stale-version");
            JsonNode history = http.get(path + "/history", "demo-recruiter").isOk().body();
            assertThat(history.get("items")).extracting(h -> h.get("action").asText())
                    .containsExactly("opened", "updated", "updated");
        });
    }

    @Test
    void portfolio_filters_and_sorts_by_query_parameters() {
        AppFixture.run(http -> {
            JsonNode mine = http.get("/api/recruitment/portfolio?mine=true", "demo-luc").isOk().body();
            assertThat(mine.get("total").asInt()).isEqualTo(1);
            JsonNode byDue = http.get("/api/recruitment/portfolio?sort=DUE&direction=ASCENDING", "demo-luc").isOk().body();
            assertThat(byDue.get("items")).extracting(c -> c.get("candidate").asText())
                    .containsExactly("mbarki", "hatterer");
            JsonNode adaptable = http.get("/api/recruitment/portfolio?classification=ADAPTABLE&status=STUDY_IN_PROGRESS",
                    "demo-luc").isOk().body();
            assertThat(adaptable.get("items")).extracting(c -> c.get("candidate").asText()).containsExactly("mbarki");
            JsonNode named = http.get("/api/recruitment/portfolio?name=TTER", "demo-luc").isOk().body();
            assertThat(named.get("items")).extracting(c -> c.get("candidate").asText()).containsExactly("hatterer");
            assertThat(http.get("/api/recruitment/portfolio?sort=NAME", "demo-luc").isProblem(400).violationField())
                    .isEqualTo("sort");
            assertThat(http.get("/api/recruitment/portfolio?nonResponse=maybe", "demo-luc").isProblem(400)
                    .violationField()).isEqualTo("nonResponse");
        });
    }

    @Test
    void the_result_table_is_published_with_the_seed_days() {
        AppFixture.run(http -> {
            JsonNode table = http.get("/api/recruitment/result-table", "demo-luc").isOk().body();
            assertThat(table).hasSize(25);
            assertThat(table.get(0).get("status").get("label").asText()).isEqualTo("Etude en cours");
            assertThat(table.get(0).get("days").asInt()).isEqualTo(30);
            JsonNode recruitment = table.get(12);
            assertThat(recruitment.get("result").get("label").asText()).isEqualTo("Recrutement");
            assertThat(recruitment.get("byRecruitmentState").get(0).get("days").asInt()).isEqualTo(250);
            assertThat(recruitment.get("requires")).extracting(JsonNode::asText).containsExactly("recruitment");
        });
    }

    @Test
    void the_commission_registers_candidates_with_every_bad_field_named() {
        AppFixture.run(http -> {
            String candidate = """
                    {"id": "klein", "civility": "MRS", "lastName": "KLEIN", "firstName": "Léa", "area": "Alsace / Bas-Rhin",
                     "city": "Colmar", "currentJobs": ["Développeur"], "classification": "EMPLOYABLE",
                     "classifiedAt": "2026-11-20T10:00:00Z", "studyLevel": "BAC_PLUS_3", "experience": "FROM_1_TO_3_YEARS",
                     "skills": [{"theme": "DEV_LANGUAGE", "name": "Java", "mastery": "OPERATIONAL"}],
                     "situation": "JOB_SEEKING", "situationChangedOn": "2026-11-01", "submittedBy": "pole-emploi-colmar"}""";
            http.post("/api/recruitment/candidates", "demo-luc", candidate).isProblem(403);
            JsonNode created = http.post("/api/recruitment/candidates", "demo-admin", candidate).isOk().body();
            assertThat(created.get("version").asLong()).isEqualTo(1);
            assertThat(created.get("skills").get(0).get("theme").get("label").asText()).isEqualTo("Dev – Langage");
            http.post("/api/recruitment/candidates", "demo-admin", candidate).isProblem(409);
            Http.Answer invalid = http.post("/api/recruitment/candidates", "demo-admin",
                    candidate.replace("\"KLEIN\"", "\"\"").replace("\"BAC_PLUS_3\"", "\"MASTER\"")).isProblem(400);
            assertThat(invalid.violationField()).isEqualTo("studyLevel");
            assertThat(ids(http.get("/api/recruitment/pool?skillTheme=DEV_LANGUAGE&mastery=OPERATIONAL", "demo-luc")
                    .isOk().body())).containsExactly("klein");
        });
    }
}
