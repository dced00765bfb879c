package org.lmskit.xapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmskit.core.adaptive.AdaptiveEvent;
import org.lmskit.core.adaptive.Enrolment;
import org.lmskit.core.adaptive.EnrolmentType;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.certification.CertificationEvent;
import org.lmskit.core.certification.CertificationLevel;
import org.lmskit.core.competency.CompetencyEvent;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.competency.Source;
import org.lmskit.core.event.EventEnvelope;
import org.lmskit.core.id.CertificateId;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;

class XapiStatementsTest {
    private static final Instant AT = Instant.parse("2026-11-24T10:15:30.123456Z");
    private static final String EVENT = "5f0c2f7e-8a51-4f86-9d0b-2d6a7f3c1e11";
    private static final UserId ROBERT = UserId.of("robert-redford");
    private static final XapiSettings SETTINGS = XapiSettings.of(URI.create("https://lms.example.com"));
    private static final XapiStatements MAPPING = new XapiStatements(SETTINGS);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<ObjectNode> map(org.lmskit.core.event.LmsEvent event) {
        List<ObjectNode> statements = MAPPING.of(event, EVENT);
        statements.forEach(XapiStatementsTest::assertValidXapi);
        return statements;
    }

    @Test
    void an_auto_completed_lesson_becomes_one_cmi5_waived_statement() {
        List<ObjectNode> statements = map(new AdaptiveEvent.Enrolled(AT, CourseId.of("cours-1-avant-vente"), ROBERT,
                EnrolmentType.values()[0], List.of(new Enrolment.Waiver(LessonId.of("lecon 1"), "acquired"),
                new Enrolment.Waiver(LessonId.of("lecon-2"), "acquired"))));

        assertThat(statements).hasSize(2);
        JsonNode s = statements.get(0);
        assertThat(s.at("/actor/objectType").asText()).isEqualTo("Agent");
        assertThat(s.at("/actor/account/homePage").asText()).isEqualTo("https://lms.example.com");
        assertThat(s.at("/actor/account/name").asText()).isEqualTo("robert-redford");
        assertThat(s.at("/verb/id").asText()).isEqualTo("https://w3id.org/xapi/adl/verbs/waived");
        assertThat(s.at("/verb/display/en-US").asText()).isEqualTo("waived");
        assertThat(s.at("/object/id").asText()).isEqualTo("https://lms.example.com/xapi/lessons/lecon%201");
        assertThat(s.at("/object/definition/type").asText()).isEqualTo("http://adlnet.gov/expapi/activities/lesson");
        assertThat(s.at("/result/success").asBoolean()).isTrue();
        assertThat(s.at("/result/completion").asBoolean()).isTrue();
        assertThat(s.at("/result").has("score")).as("a waived statement has no score").isFalse();
        assertThat(s.at("/result/extensions").get("https://w3id.org/xapi/cmi5/result/extensions/reason").asText())
                .isEqualTo("Tested Out");
        List<String> categories = new ArrayList<>();
        s.at("/context/contextActivities/category").forEach(c -> categories.add(c.get("id").asText()));
        assertThat(categories).containsExactly("https://w3id.org/xapi/cmi5/context/categories/moveon",
                "https://w3id.org/xapi/cmi5/context/categories/cmi5");
        assertThat(s.at("/context/contextActivities/grouping/0/id").asText())
                .isEqualTo("https://lms.example.com/xapi/courses/cours-1-avant-vente");
        assertThat(s.at("/context/registration").asText()).isEqualTo(XapiStatements.registration(
                CourseId.of("cours-1-avant-vente"), ROBERT).toString());
        String session = s.at("/context/extensions").get("https://w3id.org/xapi/cmi5/context/extensions/sessionid")
                .asText();
        assertThat(UUID.fromString(session).toString()).isEqualTo(session).isNotEqualTo(s.get("id").asText());
        assertThat(s.get("timestamp").asText()).isEqualTo("2026-11-24T10:15:30.123456Z");
        // one statement per unit, each with its own id
        assertThat(statements.get(1).at("/object/id").asText()).endsWith("/lessons/lecon-2");
        assertThat(statements.get(1).get("id")).isNotEqualTo(s.get("id"));
        assertThat(statements.get(1).at("/context/registration")).isEqualTo(s.at("/context/registration"));
    }

    @Test
    void the_waiver_reason_follows_the_settings_and_readapting_waives_the_added_lessons_only() {
        XapiStatements outside = new XapiStatements(new XapiSettings(URI.create("https://lms.example.com"),
                "https://lms.example.com/xapi", "fr-FR", WaiverReason.EQUIVALENT_OUTSIDE_ACTIVITY));
        List<ObjectNode> statements = outside.of(new AdaptiveEvent.Readapted(AT, CourseId.of("c"), ROBERT,
                List.of(LessonId.of("l3")), List.of(LessonId.of("l1"))), EVENT);

        assertThat(statements).singleElement().satisfies(s -> {
            assertValidXapi(s);
            assertThat(s.at("/object/id").asText()).endsWith("/lessons/l3");
            assertThat(s.at("/result/extensions").get(XapiStatements.REASON).asText())
                    .isEqualTo("Equivalent Outside Activity");
        });
    }

    @Test
    void lesson_attempts_become_completed_passed_or_failed_with_their_score() {
        JsonNode passed = map(new AdaptiveEvent.LessonProgressed(AT, ROBERT, LessonId.of("quiz-1"),
                LessonStatus.PASSED, LessonStatus.PASSED, Optional.of(new BigDecimal("87.5")))).get(0);
        assertThat(passed.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
        assertThat(passed.at("/result/success").asBoolean()).isTrue();
        assertThat(passed.at("/result/completion").asBoolean()).isTrue();
        assertThat(passed.at("/result/score/scaled").decimalValue()).isEqualByComparingTo("0.875");
        assertThat(passed.at("/result/score/raw").decimalValue()).isEqualByComparingTo("87.5");
        assertThat(passed.at("/result/score/min").asInt()).isZero();
        assertThat(passed.at("/result/score/max").asInt()).isEqualTo(100);

        JsonNode failed = map(new AdaptiveEvent.LessonProgressed(AT, ROBERT, LessonId.of("quiz-1"),
                LessonStatus.FAILED, LessonStatus.FAILED, Optional.of(new BigDecimal("40")))).get(0);
        assertThat(failed.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/failed");
        assertThat(failed.at("/result/success").asBoolean()).isFalse();
        assertThat(failed.at("/result").has("completion")).isFalse();
        assertThat(failed.at("/result/score/scaled").decimalValue()).isEqualByComparingTo("0.4");

        // a mission handed in is reported completed though it waits for its correction
        JsonNode completed = map(new AdaptiveEvent.LessonProgressed(AT, ROBERT, LessonId.of("mission"),
                LessonStatus.IN_PROGRESS, LessonStatus.COMPLETED, Optional.empty())).get(0);
        assertThat(completed.at("/verb/id").asText()).isEqualTo("http://adlnet.gov/expapi/verbs/completed");
        assertThat(completed.at("/result/completion").asBoolean()).isTrue();
        assertThat(completed.at("/result").has("score")).isFalse();
        assertThat(completed.has("context")).isFalse();

        assertThat(map(new AdaptiveEvent.LessonProgressed(AT, ROBERT, LessonId.of("l"), LessonStatus.IN_PROGRESS,
                LessonStatus.IN_PROGRESS, Optional.empty()))).isEmpty();
    }

    @Test
    void a_tutor_s_correction_names_the_tutor_as_instructor() {
        JsonNode s = map(new AdaptiveEvent.ProgressCorrected(AT, UserId.of("tutor-1"), ROBERT, LessonId.of("mission"),
                LessonStatus.PASSED)).get(0);

        assertThat(s.at("/verb/id").asText()).isEqualTo(XapiStatements.PASSED);
        assertThat(s.at("/actor/account/name").asText()).isEqualTo("robert-redford");
        assertThat(s.at("/context/instructor/account/name").asText()).isEqualTo("tutor-1");
    }

    @Test
    void badges_and_certificates_become_achieved_statements() {
        JsonNode badge = map(new CertificationEvent.BadgeAwarded(AT, ROBERT, PathId.of("recrutement"),
                ThemeId.of("theme-1"), UserId.of("tutor-1"))).get(0);
        assertThat(badge.at("/verb/id").asText()).isEqualTo("https://w3id.org/xapi/dod-isd/verbs/achieved");
        assertThat(badge.at("/object/id").asText())
                .isEqualTo("https://lms.example.com/xapi/paths/recrutement/themes/theme-1");
        assertThat(badge.at("/object/definition/type").asText()).isEqualTo(XapiStatements.BADGE_TYPE);
        assertThat(badge.at("/context/instructor/account/name").asText()).isEqualTo("tutor-1");
        assertThat(badge.at("/context/contextActivities/grouping/0/id").asText()).endsWith("/paths/recrutement");

        JsonNode certificate = map(new CertificationEvent.CertificateIssued(AT, CertificateId.of("cert-1"), ROBERT,
                PathId.of("recrutement"), CertificationLevel.GOLD)).get(0);
        assertThat(certificate.at("/verb/id").asText()).isEqualTo(XapiStatements.ACHIEVED);
        assertThat(certificate.at("/object/id").asText()).endsWith("/paths/recrutement/certificate");
        assertThat(certificate.at("/result/success").asBoolean()).isTrue();
        assertThat(certificate.at("/result/extensions").get(XapiStatements.CERTIFICATION_LEVEL).asText())
                .isEqualTo("GOLD");
    }

    @Test
    void a_positioning_states_the_level_on_the_competency() {
        JsonNode s = map(new CompetencyEvent.Positioned(AT, ROBERT, CompetencyCode.of("C-01"), LevelValue.of("3"),
                Source.MANAGER, UserId.of("manager-1"))).get(0);

        assertThat(s.at("/verb/id").asText()).isEqualTo(XapiStatements.POSITIONED);
        assertThat(s.at("/object/id").asText()).isEqualTo("https://lms.example.com/xapi/competencies/C-01");
        assertThat(s.at("/object/definition/type").asText()).isEqualTo(XapiStatements.OBJECTIVE_TYPE);
        assertThat(s.at("/result/extensions").get(XapiStatements.LEVEL).asText()).isEqualTo("3");
        assertThat(s.at("/context/extensions").get(XapiStatements.SOURCE).asText()).isEqualTo("MANAGER");
        assertThat(s.at("/context/instructor/account/name").asText()).isEqualTo("manager-1");

        JsonNode self = map(new CompetencyEvent.Positioned(AT, ROBERT, CompetencyCode.of("C-01"),
                LevelValue.notApplicable(), Source.SELF, ROBERT)).get(0);
        assertThat(self.at("/result/extensions").get(XapiStatements.LEVEL).asText()).isEqualTo("not-applicable");
        assertThat(self.at("/context").has("instructor")).isFalse();
    }

    @Test
    void events_without_a_statement_make_none() {
        assertThat(map(new CompetencyEvent.Refused(AT, ROBERT, "rule", "no"))).isEmpty();
        assertThat(map(new AdaptiveEvent.Enrolled(AT, CourseId.of("c"), ROBERT, EnrolmentType.values()[0],
                List.of()))).isEmpty();
    }

    @Test
    void the_same_event_always_gives_the_same_statement_ids_and_another_event_other_ids() {
        AdaptiveEvent.LessonProgressed event = new AdaptiveEvent.LessonProgressed(AT, ROBERT, LessonId.of("l"),
                LessonStatus.PASSED, LessonStatus.PASSED, Optional.empty());
        assertThat(MAPPING.of(event, EVENT)).isEqualTo(MAPPING.of(event, EVENT));
        assertThat(MAPPING.of(event, EVENT).get(0).get("id"))
                .isNotEqualTo(MAPPING.of(event, UUID.randomUUID().toString()).get(0).get("id"));
    }

    @Test
    void the_publisher_sends_a_redelivered_event_s_statements_with_the_same_ids_to_the_file(@TempDir Path dir)
            throws Exception {
        StatementFile file = new StatementFile(dir.resolve("lrs/statements.jsonl"));
        XapiPublisher publisher = new XapiPublisher(MAPPING, file);
        AdaptiveEvent.LessonProgressed event = new AdaptiveEvent.LessonProgressed(AT, ROBERT, LessonId.of("l"),
                LessonStatus.COMPLETED, LessonStatus.COMPLETED, Optional.empty());
        EventEnvelope envelope = new EventEnvelope(EVENT, "AdaptiveEvent.LessonProgressed", "learner",
                "robert-redford", 1, event);

        publisher.deliver(envelope);
        publisher.deliver(new EventEnvelope(EVENT, envelope.type(), "learner", "robert-redford", 2, event));
        publisher.deliver(new EventEnvelope(UUID.randomUUID().toString(), "CompetencyEvent.Refused", "user", "x", 1,
                new CompetencyEvent.Refused(AT, ROBERT, "r", "no")));
        publisher.publish(event);

        List<String> lines = Files.readAllLines(file.file());
        assertThat(lines).hasSize(3);
        List<String> ids = lines.stream().map(l -> {
            try {
                return JSON.readTree(l).get("id").asText();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList();
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).isNotEqualTo(ids.get(2));
    }

    @Test
    void settings_refuse_what_would_make_invalid_iris() {
        assertThatThrownBy(() -> new XapiSettings(URI.create("lms.example.com"), "https://x/xapi", "fr-FR",
                WaiverReason.TESTED_OUT)).hasMessageContaining("homePage");
        assertThatThrownBy(() -> new XapiSettings(URI.create("https://x"), "https://x/xapi/", "fr-FR",
                WaiverReason.TESTED_OUT)).hasMessageContaining("activityBase");
        assertThatThrownBy(() -> new XapiSettings(URI.create("https://x"), "relative/xapi", "fr-FR",
                WaiverReason.TESTED_OUT)).hasMessageContaining("activityBase");
        assertThatThrownBy(() -> new XapiSettings(URI.create("https://x"), "https://x/xapi", "",
                WaiverReason.TESTED_OUT)).hasMessageContaining("language");
        assertThat(XapiSettings.of(URI.create("https://lms.example.com/")).activityBase())
                .isEqualTo("https://lms.example.com/xapi");
    }

    /** The xAPI 1.0.3 data model's basic requirements, checked on every statement the tests make. */
    static void assertValidXapi(JsonNode s) {
        String id = s.get("id").asText();
        assertThat(UUID.fromString(id).toString()).as("id is a UUID").isEqualTo(id);
        JsonNode actor = s.get("actor");
        assertThat(actor.get("objectType").asText()).isEqualTo("Agent");
        List<String> identifiers = new ArrayList<>();
        for (String ifi : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            if (actor.has(ifi)) {
                identifiers.add(ifi);
            }
        }
        assertThat(identifiers).as("exactly one inverse functional identifier").containsExactly("account");
        assertThat(URI.create(actor.at("/account/homePage").asText()).isAbsolute()).isTrue();
        assertThat(actor.at("/account/name").asText()).isNotBlank();
        assertThat(URI.create(s.at("/verb/id").asText()).isAbsolute()).as("verb id is an IRI").isTrue();
        assertThat(s.at("/verb/display").size()).as("verb display is a language map").isPositive();
        assertThat(s.at("/object/objectType").asText()).isEqualTo("Activity");
        assertThat(URI.create(s.at("/object/id").asText()).isAbsolute()).as("object id is an IRI").isTrue();
        assertThat(OffsetDateTime.parse(s.get("timestamp").asText()).getOffset()).isNotNull();
        JsonNode scaled = s.at("/result/score/scaled");
        if (!scaled.isMissingNode()) {
            assertThat(scaled.decimalValue()).isBetween(BigDecimal.ONE.negate(), BigDecimal.ONE);
        }
        JsonNode registration = s.at("/context/registration");
        if (!registration.isMissingNode()) {
            assertThat(UUID.fromString(registration.asText()).toString()).isEqualTo(registration.asText());
        }
        for (Iterator<String> fields = s.fieldNames(); fields.hasNext(); ) {
            assertThat(fields.next()).isIn("id", "actor", "verb", "object", "result", "context", "timestamp");
        }
    }
}
