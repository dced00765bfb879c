package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStatus;
import org.lmskit.xapi.XapiStatements;

/** The outbox through the app: what an administrator sees and retries, and the statements the relay delivers. */
class EventsHttpTest {

    static List<LiveApp.Kind> kinds() {
        return LiveApp.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void a_change_s_event_waits_in_the_outbox_until_the_relay_delivers_it_as_xapi(LiveApp.Kind kind) {
        try (LiveApp app = LiveApp.start(kind)) {
            app.lms.events().relay().orElseThrow().drain(); // the demo data's own events
            app.statements.clear();

            LiveApp.Answer written = app.json("POST", "/api/competency/learners/alice/positionings", "demo-tutor",
                    "{\"competency\": \"TEST-ANE_002-CGCR-01\", \"source\": \"OBSERVATION\", \"score\": 80}");
            assertThat(written.status()).as(written.text()).isEqualTo(201);

            JsonNode pending = app.json("GET", "/api/events?status=PENDING", "demo-admin", null).json();
            assertThat(pending.get("total").asLong()).isEqualTo(1);
            JsonNode event = pending.get("items").get(0);
            assertThat(event.get("type").asText()).isEqualTo("CompetencyEvent.Positioned");
            assertThat(event.get("aggregateType").asText()).isEqualTo("learner");
            assertThat(event.get("aggregateId").asText()).isEqualTo("alice");
            assertThat(event.get("status").asText()).isEqualTo("PENDING");
            assertThat(event.at("/payload/learner").asText()).as("the payload is JSON").isEqualTo("alice");
            assertThat(event.at("/payload/source").asText()).isEqualTo("OBSERVATION");
            JsonNode summary = app.json("GET", "/api/events/summary", "demo-admin", null).json();
            assertThat(summary.get("enabled").asBoolean()).isTrue();
            assertThat(summary.get("pending").asLong()).isEqualTo(1);
            assertThat(Instant.parse(summary.get("oldestPending").asText())).isEqualTo(AppFixture.NOW);

            app.lms.events().relay().orElseThrow().drain();

            String id = event.get("id").asText();
            JsonNode delivered = app.json("GET", "/api/events/" + id, "demo-admin", null).json();
            assertThat(delivered.get("status").asText()).isEqualTo("DELIVERED");
            assertThat(app.statements).singleElement().satisfies(statement -> {
                assertThat(statement.at("/verb/id").asText()).isEqualTo(XapiStatements.POSITIONED);
                assertThat(statement.at("/actor/account/name").asText()).isEqualTo("alice");
                assertThat(statement.at("/object/id").asText()).endsWith("/competencies/TEST-ANE_002-CGCR-01");
            });
            assertThat(app.json("GET", "/api/events/summary", "demo-admin", null).json().get("pending").asLong())
                    .isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void an_administrator_retries_a_parked_event_and_the_relay_then_delivers_it(LiveApp.Kind kind) {
        try (LiveApp app = LiveApp.start(kind)) {
            app.lms.events().relay().orElseThrow().drain();
            app.json("PUT", "/api/certification/paths/p1/grading-table", "demo-admin",
                    "{\"gold\": 18, \"silver\": 15, \"bronze\": 12, \"version\": 0}");
            // the LRS kept refusing it: parked, as the relay does after its last attempt
            OutboxEvent claimed = app.storage.outbox().claim("live-app", AppFixture.NOW,
                    AppFixture.NOW.plusSeconds(30), 10).get(0);
            app.storage.outbox().markFailed("live-app", claimed.id(), "LRS answered 503", AppFixture.NOW, true);

            JsonNode parked = app.json("GET", "/api/events?status=PARKED", "demo-admin", null).json();
            assertThat(parked.get("items")).hasSize(1);
            assertThat(parked.at("/items/0/lastError").asText()).isEqualTo("LRS answered 503");
            assertThat(parked.at("/items/0/attempts").asInt()).isEqualTo(1);

            LiveApp.Answer retried = app.json("POST", "/api/events/" + claimed.id() + "/retry", "demo-admin", null);
            assertThat(retried.status()).as(retried.text()).isEqualTo(200);
            assertThat(retried.json().get("status").asText()).isEqualTo("PENDING");
            assertThat(retried.json().get("attempts").asInt()).isZero();
            app.lms.events().relay().orElseThrow().drain();

            assertThat(app.storage.outbox().find(claimed.id()).orElseThrow().status())
                    .isEqualTo(OutboxStatus.DELIVERED);
            LiveApp.Answer again = app.json("POST", "/api/events/" + claimed.id() + "/retry", "demo-admin", null);
            assertThat(again.status()).isEqualTo(422);
            assertThat(again.json().get("code").asText()).isEqualTo("outbox.retry.not-parked");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void only_an_administrator_reads_the_outbox_and_bad_parameters_are_400(LiveApp.Kind kind) {
        try (LiveApp app = LiveApp.start(kind)) {
            LiveApp.Answer learner = app.json("GET", "/api/events", "demo-learner", null);
            assertThat(learner.status()).isEqualTo(403);
            assertThat(learner.json().get("code").asText()).isEqualTo("outbox.read");
            assertThat(app.json("POST", "/api/events/00000000-0000-0000-0000-000000000000/retry", "demo-learner",
                    null).status()).isEqualTo(403);
            assertThat(app.json("GET", "/api/events", null, null).status()).isEqualTo(401);

            assertThat(app.json("GET", "/api/events?status=LOST", "demo-admin", null).status()).isEqualTo(400);
            assertThat(app.json("GET", "/api/events?limit=0", "demo-admin", null).status()).isEqualTo(400);
            assertThat(app.json("GET", "/api/events/not-an-id", "demo-admin", null).status()).isEqualTo(400);
            assertThat(app.json("GET", "/api/events/00000000-0000-0000-0000-000000000000", "demo-admin", null)
                    .status()).isEqualTo(404);
            List<OutboxEvent> all = app.storage.outbox().list(Optional.empty(), PageRequest.first(5)).items();
            assertThat(all).as("the demo data's events are recorded").isNotEmpty();
        }
    }

}
