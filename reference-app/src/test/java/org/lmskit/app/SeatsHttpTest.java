package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Licence and slot sessions through the real app, on the demo's Manpower sessions. */
class SeatsHttpTest {
    private static final String SLOTS = "/api/seats/sessions/manpower-lyon-slots";
    private static final String LICENCES = "/api/seats/sessions/manpower-paris-licences";

    @Test
    void the_demo_slot_session_has_three_holders_and_three_waiting() {
        AppFixture.run(http -> {
            JsonNode session = http.get(SLOTS, "demo-pilot").isOk().body();
            assertThat(session.get("type").asText()).isEqualTo("SLOTS");
            assertThat(session.get("rotation").asText()).isEqualTo("RHYTHMIC");
            assertThat(session.get("everyDays").asInt()).isEqualTo(10);
            assertThat(session.get("countWeekends").asBoolean()).isFalse();
            assertThat(session.get("slots")).extracting(s -> s.get("holder").asText())
                    .containsExactly("alice", "bob", "chloe");
            assertThat(session.get("waiting")).extracting(JsonNode::asText).containsExactly("david", "emma", "farid");
            assertThat(http.get(SLOTS + "/access", "demo-pilot").body()).extracting(JsonNode::asText)
                    .containsExactly("alice", "bob", "chloe");
        });
    }

    @Test
    void a_path_completion_is_dated_today_unless_the_host_gives_the_day() {
        AppFixture.run(http -> {
            assertThat(http.post(SLOTS + "/members/alice/path-completion", "demo-pilot", "{}").isOk().body()
                    .get("pathCompletedOn").asText()).isEqualTo("2026-11-24");
            assertThat(http.post(SLOTS + "/members/bob/path-completion", "demo-pilot", "{\"day\": \"2026-11-20\"}")
                    .isOk().body().get("pathCompletedOn").asText()).isEqualTo("2026-11-20");
        });
    }

    /** Issue 20's demo scenario: natural rotation hands alice's slot to david in the answer of the completion itself. */
    @Test
    void under_natural_rotation_a_finished_path_hands_the_slot_to_the_first_waiting_at_once() {
        AppFixture.run(http -> {
            startNaturalRotation(http);

            JsonNode completion = http.post(SLOTS + "/members/alice/path-completion", "demo-pilot", "{}").isOk().body();

            assertThat(completion.get("pathCompletedOn").asText()).isEqualTo("2026-11-24");
            assertThat(completion.get("handOvers")).singleElement().satisfies(h -> {
                assertThat(h.get("slot").asInt()).isEqualTo(1);
                assertThat(h.get("released").asText()).isEqualTo("alice");
                assertThat(h.get("assigned").asText()).isEqualTo("david");
                assertThat(h.get("reason").asText()).isEqualTo("NATURAL_ROTATION");
            });
            JsonNode session = http.get(SLOTS, "demo-pilot").isOk().body();
            assertThat(session.get("slots")).extracting(s -> s.get("holder").asText())
                    .containsExactly("david", "bob", "chloe");
            assertThat(session.get("waiting")).extracting(JsonNode::asText).containsExactly("emma", "farid");
            JsonNode daily = http.post("/api/seats/daily-rotation", "demo-admin", "{\"day\": \"2026-11-24\"}").isOk().body();
            assertThat(daily.get("assignments").asInt()).isZero();
            JsonNode audit = http.get("/api/audit?recordType=seat-session&recordId=manpower-lyon-slots&order=desc&limit=1",
                    "demo-admin").isOk().body();
            assertThat(audit.get("items").get(0).get("action").asText()).isEqualTo("rotated");
        });
    }

    @Test
    void a_learner_reporting_their_own_completion_learns_that_the_slot_went_on_but_not_to_whom() {
        AppFixture.run(http -> {
            startNaturalRotation(http);

            JsonNode completion = http.post(SLOTS + "/members/alice/path-completion", "demo-learner", "{}").isOk().body();

            assertThat(completion.get("handOvers")).singleElement().satisfies(h -> {
                assertThat(h.get("released").asText()).isEqualTo("alice");
                assertThat(h.get("assigned").isNull()).isTrue();
            });
            assertThat(completion.toString()).doesNotContain("david");
        });
    }

    @Test
    void correcting_a_holders_case_study_finishes_the_path_and_hands_the_slot_over_in_the_same_transaction() {
        AppFixture.run(http -> {
            startNaturalRotation(http);

            http.post("/api/certification/paths/recrutement-et-sourcing/learners/alice/case-study/correction",
                    "demo-corrector", "{\"points\": {\"cs-q1\": 2, \"cs-q2\": 2, \"cs-q3\": 2, \"cs-q4\": 2, "
                            + "\"cs-q5\": 2, \"cs-q6\": 2, \"cs-q7\": 2, \"cs-q8\": 2, \"cs-q9\": 1.5, \"cs-q10\": 1}}")
                    .isOk();

            JsonNode session = http.get(SLOTS, "demo-pilot").isOk().body();
            assertThat(session.get("slots")).extracting(s -> s.get("holder").asText())
                    .containsExactly("david", "bob", "chloe");
            assertThat(http.get(SLOTS + "/members", "demo-pilot").body()).filteredOn(m -> m.get("userId").asText()
                    .equals("alice")).singleElement().satisfies(m -> assertThat(m.get("pathCompletedOn").asText())
                    .isEqualTo("2026-11-24"));
        });
    }

    @Test
    void a_slot_released_in_a_rotating_session_goes_to_the_first_waiting_at_once_but_stays_free_without_rotation() {
        AppFixture.run(http -> {
            JsonNode rotating = http.delete(SLOTS + "/slots/bob", "demo-pilot").isOk().body();
            assertThat(rotating.get("slots")).extracting(s -> s.get("holder").asText())
                    .containsExactly("alice", "david", "chloe");
            assertThat(rotating.get("waiting")).extracting(JsonNode::asText).containsExactly("emma", "farid");

            long version = rotating.get("version").asLong();
            http.put(SLOTS + "/rotation", "demo-pilot", "{\"rotation\": {\"mode\": \"NONE\"}, \"version\": " + version + "}")
                    .isOk();
            JsonNode manual = http.delete(SLOTS + "/slots/chloe", "demo-pilot").isOk().body();
            assertThat(manual.get("slots").get(2).get("holder").isNull()).isTrue();
            assertThat(manual.get("waiting")).extracting(JsonNode::asText).containsExactly("emma", "farid");
        });
    }

    private static void startNaturalRotation(Http http) {
        long version = http.get(SLOTS, "demo-pilot").isOk().body().get("version").asLong();
        http.put(SLOTS + "/rotation", "demo-pilot", "{\"rotation\": {\"mode\": \"NATURAL\"}, \"version\": " + version + "}")
                .isOk();
    }

    @Test
    void a_full_slot_session_refuses_an_assignment_with_422_naming_the_condition() {
        AppFixture.run(http -> {
            Http.Answer full = http.post(SLOTS + "/slots", "demo-pilot", "{\"userId\": \"david\"}").isProblem(422);
            assertThat(full.code()).isEqualTo("seats.slot.none-free");
            assertThat(full.violationField()).isEqualTo("slots");

            // the demo session rotates: the slot alice frees goes to david, first on the list, in the same call
            JsonNode after = http.delete(SLOTS + "/slots/alice", "demo-pilot").isOk().body();
            assertThat(after.get("slots").get(0).get("holder").asText()).isEqualTo("david");
            assertThat(after.get("waiting")).extracting(JsonNode::asText).containsExactly("emma", "farid");
            http.post(SLOTS + "/slots", "demo-pilot", "{\"userId\": \"farid\"}").isProblem(422);
        });
    }

    @Test
    void the_waiting_list_is_reordered() {
        AppFixture.run(http -> {
            JsonNode moved = http.put(SLOTS + "/waiting/farid", "demo-pilot", "{\"position\": 1}").isOk().body();
            assertThat(moved.get("waiting")).extracting(JsonNode::asText).containsExactly("farid", "david", "emma");
            http.put(SLOTS + "/waiting/farid", "demo-pilot", "{\"position\": 0}").isProblem(400);
            assertThat(http.put(SLOTS + "/waiting/alice", "demo-pilot", "{\"position\": 1}").isProblem(422).code())
                    .isEqualTo("seats.waiting.not-waiting");
        });
    }

    @Test
    void the_daily_job_is_run_by_an_administrator_for_a_day_and_reports_what_it_did() {
        AppFixture.run(http -> {
            http.post("/api/seats/daily-rotation", "demo-pilot", "{\"day\": \"2026-12-07\"}").isProblem(403);
            http.post("/api/seats/daily-rotation", "demo-admin", "{\"day\": \"7 décembre\"}").isProblem(400);

            // the demo's slots were given on 2026-11-24; ten working days later is Tuesday 8 December
            JsonNode before = http.post("/api/seats/daily-rotation", "demo-admin", "{\"day\": \"2026-12-07\"}").isOk().body();
            assertThat(before.get("assignments").asInt()).isZero();
            JsonNode report = http.post("/api/seats/daily-rotation", "demo-admin", "{\"day\": \"2026-12-08\"}").isOk().body();
            assertThat(report.get("assignments").asInt()).isEqualTo(3);
            assertThat(report.get("rotations").get(0).get("assignments")).extracting(a -> a.get("user").asText())
                    .containsExactly("david", "emma", "farid");
            JsonNode again = http.post("/api/seats/daily-rotation", "demo-admin", "{\"day\": \"2026-12-08\"}").isOk().body();
            assertThat(again.get("assignments").asInt()).isZero();
        });
    }

    @Test
    void licence_quota_counts_learners_and_refuses_one_too_many() {
        AppFixture.run(http -> {
            http.post(LICENCES + "/members", "demo-pilot", "{\"userId\": \"jules\", \"role\": \"LEARNER\"}").isOk();
            http.post(LICENCES + "/members", "demo-pilot", "{\"userId\": \"boss\", \"role\": \"MANAGER\"}").isOk();
            http.post(LICENCES + "/members", "demo-pilot", "{\"userId\": \"kim\", \"role\": \"STUDENT\"}").isOk();
            assertThat(http.post(LICENCES + "/members", "demo-pilot", "{\"userId\": \"zoe\", \"role\": \"LEARNER\"}")
                    .isProblem(422).code()).isEqualTo("seats.licence.quota-reached");
            http.post(LICENCES + "/members", "demo-pilot", "{\"userId\": \"zoe\", \"role\": \"CHEF\"}").isProblem(400);
            assertThat(http.post(LICENCES + "/members", "demo-pilot", "{\"userId\": \"kim\", \"role\": \"LEARNER\"}")
                    .isProblem(409).code()).isEqualTo("already-exists");
        });
    }

    @Test
    void converting_checks_the_quota_and_stale_versions_are_409() {
        AppFixture.run(http -> {
            long version = http.get(SLOTS, "demo-admin").body().get("version").asLong();
            assertThat(http.post(SLOTS + "/conversion", "demo-admin", "{\"quota\": 5, \"version\": " + version + "}")
                    .isProblem(422).code()).isEqualTo("seats.conversion.quota");
            assertThat(http.post(SLOTS + "/conversion", "demo-admin", "{\"quota\": 6, \"version\": 1}")
                    .isProblem(409).code()).isEqualTo("stale-version");
            JsonNode converted = http.post(SLOTS + "/conversion", "demo-admin", "{\"quota\": 6, \"version\": " + version + "}")
                    .isOk().body();
            assertThat(converted.get("type").asText()).isEqualTo("LICENCES");
            http.post(SLOTS + "/conversion", "demo-pilot", "{\"quota\": 6, \"version\": 9}").isProblem(403);
        });
    }

    @Test
    void only_the_pilot_of_the_company_administrators_and_managers_see_sessions() {
        AppFixture.run(http -> {
            http.get(SLOTS, "demo-learner").isProblem(403);
            http.get(SLOTS, "demo-manager").isOk();
            http.post(SLOTS + "/slots", "demo-manager", "{\"userId\": \"david\"}").isProblem(403);
            http.get("/api/seats/companies/manpower/sessions", "demo-pilot").isOk();
            http.get("/api/seats/companies/adecco/sessions", "demo-pilot").isProblem(403);
            http.get("/api/seats/sessions/nope", "demo-admin").isProblem(404);
        });
    }

    @Test
    void a_session_is_created_with_a_rotation_and_bad_input_is_400() {
        AppFixture.run(http -> {
            String body = "{\"id\": \"adecco-1\", \"reference\": \"Adecco - Nantes - Janvier 2027\", \"company\": \"adecco\","
                    + " \"pathId\": \"recrutement-et-sourcing\", \"type\": \"SLOTS\", \"startDate\": \"2027-01-04\","
                    + " \"expiryDate\": \"2028-01-03\", \"quota\": 2, \"rotation\": {\"mode\": \"NATURAL\"}}";
            JsonNode created = http.post("/api/seats/sessions", "demo-admin", body).isOk().body();
            assertThat(created.get("slots")).hasSize(2);
            assertThat(http.post("/api/seats/sessions", "demo-admin", body).isProblem(409).code())
                    .isEqualTo("already-exists");
            http.post("/api/seats/sessions", "demo-admin", body.replace("\"SLOTS\"", "\"PARKING\"")).isProblem(400);
            assertThat(http.post("/api/seats/sessions", "demo-admin",
                    body.replace("adecco-1", "adecco-2").replace("Janvier", "Mars").replace("2028-01-03", "2026-01-03"))
                    .isProblem(400).violationField()).isEqualTo("expiryDate");
            assertThat(http.post("/api/seats/sessions", "demo-admin", body.replace("adecco-1", "adecco-3")
                    .replace("Janvier", "Avril").replace("{\"mode\": \"NATURAL\"}", "{\"mode\": \"RHYTHMIC\"}"))
                    .isProblem(400).violationField()).isEqualTo("rotation.everyDays");
            http.post("/api/seats/sessions", "demo-pilot", body.replace("adecco-1", "x")).isProblem(403);
        });
    }

    @Test
    void inactive_learners_are_listed_per_session_and_company() {
        AppFixture.run(http -> {
            JsonNode inactive = http.get(SLOTS + "/inactive", "demo-pilot").isOk().body();
            assertThat(inactive.get("total").asLong()).isZero();
            http.get("/api/seats/companies/manpower/inactive", "demo-pilot").isOk();
            assertThat(http.post("/api/me/connection", "demo-learner", null).status()).isEqualTo(204);
        });
    }
}
