package org.lmskit.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.CaseStudyQuestion;
import org.lmskit.core.certification.Certificate;
import org.lmskit.core.certification.CertificationPathSetup;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.credentials.Verification.Failure;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.jdbc.JdbcStorage;
import org.lmskit.spi.StorageProvider;

/**
 * Open Badges 3.0 VC-JWT: sign -> verify round trips on both storages, and each way a credential can be
 * refused is refused with its reason.
 */
class OpenBadgeCredentialsTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00.123456Z");
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor TUTOR = Actor.of("tutor", Role.TUTOR);
    private static final Actor CORRECTOR = Actor.of("care-team", Role.CORRECTOR);
    private static final Actor ALICE = Actor.of("alice", Role.LEARNER);
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private StorageProvider storage;
    private Lms lms;
    private Certificate certificate;
    private InMemorySigningKeys keys;
    private OpenBadgeCredentials credentials;

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    private void certified(String storageKind, String algorithm) throws Exception {
        storage = storageKind.equals("postgresql") ? database() : InMemoryStorage.create();
        lms = Lms.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .directory(learner -> Set.of()).build();
        List<CaseStudyQuestion> questions = IntStream.rangeClosed(1, 10).mapToObj(i -> new CaseStudyQuestion(
                QuestionId.of("q" + i), "Question " + i, BigDecimal.valueOf(2))).toList();
        lms.certification().grading().definePathSetup(ADMIN, new CertificationPathSetup(PATH, true,
                Set.of(ThemeId.of("sourcing")), 1, questions, 0));
        lms.certification().achievements().awardBadge(TUTOR, ALICE.id(), PATH, ThemeId.of("sourcing"));
        lms.certification().achievements().recordWorkshop(TUTOR, ALICE.id(), PATH, WorkshopId.of("atelier-1"));
        Map<QuestionId, String> answers = new HashMap<>();
        Map<QuestionId, BigDecimal> points = new HashMap<>();
        questions.forEach(q -> {
            answers.put(q.id(), "Réponse");
            points.put(q.id(), new BigDecimal("1.6"));
        });
        lms.certification().caseStudies().saveAnswers(ALICE, PATH, answers);
        lms.certification().caseStudies().submit(ALICE, PATH);
        lms.certification().caseStudies().correct(CORRECTOR, ALICE.id(), PATH, points, null);
        certificate = lms.certification().certificates().certificateOf(ALICE, ALICE.id(), PATH).orElseThrow();
        keys = algorithm.equals("RS256") ? InMemorySigningKeys.rsa("https://lmskit.example/issuer/keys/")
                : InMemorySigningKeys.ec("https://lmskit.example/issuer/keys/");
        credentials = OpenBadgeCredentials.of(lms.certification().certificates(), keys, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private String signed() {
        return credentials.sign(lms.certification().certificates().openBadge(ALICE, certificate.id()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-memory:RS256", "in-memory:ES256", "postgresql:RS256", "postgresql:ES256"})
    void a_signed_credential_verifies_and_carries_the_open_badges_claims_and_header(String setup) throws Exception {
        certified(setup.split(":")[0], setup.split(":")[1]);
        Map<String, Object> credential = lms.certification().certificates().openBadge(ALICE, certificate.id());
        String token = credentials.sign(credential);

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("alg", "kid", "typ")
                .containsEntry("alg", setup.split(":")[1]).containsEntry("typ", "JWT")
                .containsEntry("kid", "https://lmskit.example/issuer/keys/1");
        Map<String, Object> payload = jwt.getJWTClaimsSet().toJSONObject();
        assertThat(payload).containsEntry("iss", "https://lmskit.example/issuer")
                .containsEntry("jti", credential.get("id"))
                .containsEntry("sub", "https://lmskit.example/issuer/learners/alice")
                .containsEntry("nbf", Instant.parse("2026-11-27T10:00:00Z").getEpochSecond())
                .containsEntry("validFrom", "2026-11-27T10:00:00Z")
                .containsKeys("@context", "type", "issuer", "credentialSubject", "name");
        assertThat(payload).doesNotContainKey("exp");

        Verification verification = credentials.verify(token);
        assertThat(verification.valid()).as(verification.reason()).isTrue();
        assertThat(verification.credential().orElseThrow()).isEqualTo(credential);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-memory", "postgresql"})
    void a_tampered_payload_is_a_bad_signature(String kind) throws Exception {
        certified(kind, "RS256");
        String[] parts = signed().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"achievedLevel\":\"https://lmskit.example/issuer/achievements/recrutement-et-sourcing#level-silver\"",
                        "\"achievedLevel\":\"https://lmskit.example/issuer/achievements/recrutement-et-sourcing#level-gold\"");
        assertThat(payload).contains("#level-gold");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(credentials.verify(tampered).failure()).contains(Failure.BAD_SIGNATURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-memory", "postgresql"})
    void a_credential_signed_with_another_key_is_refused(String kind) throws Exception {
        certified(kind, "RS256");
        Map<String, Object> credential = lms.certification().certificates().openBadge(ALICE, certificate.id());
        InMemorySigningKeys impostor = InMemorySigningKeys.rsa("https://lmskit.example/issuer/keys/");
        InMemorySigningKeys stranger = InMemorySigningKeys.rsa("https://attacker.example/keys/");

        assertThat(new OpenBadgeCredentials(impostor, "https://lmskit.example/issuer", Clock.systemUTC(), id -> null)
                .sign(credential)).satisfies(token -> assertThat(credentials.verify(token).failure())
                .contains(Failure.BAD_SIGNATURE));
        assertThat(credentials.verify(new OpenBadgeCredentials(stranger, "https://lmskit.example/issuer",
                Clock.systemUTC(), id -> null).sign(credential)).failure()).contains(Failure.UNKNOWN_KEY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-memory", "postgresql"})
    void an_expired_or_not_yet_valid_credential_is_refused(String kind) throws Exception {
        certified(kind, "ES256");
        Map<String, Object> credential = new LinkedHashMap<>(
                lms.certification().certificates().openBadge(ALICE, certificate.id()));
        credential.put("validUntil", "2026-11-27T09:59:59Z");
        assertThat(credentials.verify(credentials.sign(credential)).failure()).contains(Failure.EXPIRED);

        String token = signed();
        OpenBadgeCredentials earlier = OpenBadgeCredentials.of(lms.certification().certificates(), keys,
                Clock.fixed(NOW.minus(Duration.ofDays(1)), ZoneOffset.UTC));
        assertThat(earlier.verify(token).failure()).contains(Failure.NOT_YET_VALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-memory", "postgresql"})
    void a_revoked_certificates_credential_is_revoked_and_a_regenerated_ones_superseded(String kind) throws Exception {
        certified(kind, "RS256");
        String first = signed();
        Certificate regenerated = lms.certification().certificates().regenerate(ADMIN, certificate.id(),
                certificate.version());
        String second = signed();

        assertThat(credentials.verify(first).failure()).contains(Failure.SUPERSEDED);
        assertThat(credentials.verify(second).valid()).isTrue();

        lms.certification().certificates().revoke(ADMIN, certificate.id(), regenerated.version(), "fraude");
        assertThat(credentials.verify(second).failure()).contains(Failure.REVOKED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-memory", "postgresql"})
    void after_a_key_rotation_old_credentials_still_verify_and_new_ones_use_the_new_kid(String kind) throws Exception {
        certified(kind, "ES256");
        String before = signed();
        String kid = keys.rotate();
        String after = signed();

        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(kid).endsWith("/2");
        assertThat(credentials.verify(before).valid()).isTrue();
        assertThat(credentials.verify(after).valid()).isTrue();
        List<?> published = (List<?>) credentials.jwks().get("keys");
        assertThat(published).hasSize(2);
        published.forEach(key -> assertThat(((Map<?, ?>) key).containsKey("d")).as("a private part").isFalse());
    }

    @ParameterizedTest
    @ValueSource(strings = {"in-memory", "postgresql"})
    void another_issuer_or_a_token_that_is_not_a_credential_is_refused(String kind) throws Exception {
        certified(kind, "RS256");
        String token = signed();

        assertThat(new OpenBadgeCredentials(keys, "https://other.example/issuer", Clock.fixed(NOW, ZoneOffset.UTC),
                lms.certification().certificates()::credentialStatus).verify(token).failure())
                .contains(Failure.WRONG_ISSUER);
        for (String junk : new String[] {"abc", "a.b.c", "e30.e30.", token.substring(0, token.lastIndexOf('.')),
            "x".repeat(OpenBadgeCredentials.MAX_TOKEN_LENGTH)}) {
            assertThat(credentials.verify(junk).failure()).as(junk.length() > 40 ? "the longest token" : junk)
                    .contains(Failure.MALFORMED);
        }
        for (String refused : new String[] {"", null, "a\u0000b", "x".repeat(OpenBadgeCredentials.MAX_TOKEN_LENGTH + 1)}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> credentials.verify(refused))
                    .isInstanceOf(org.lmskit.core.error.InvalidInputException.class).hasMessageContaining("credential");
        }
    }

    private static synchronized StorageProvider database() throws Exception {
        if (postgres == null) {
            postgres = EmbeddedPostgres.builder().start();
        }
        String name = "credentials_" + DATABASES.incrementAndGet();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return JdbcStorage.builder().jdbcUrl(postgres.getJdbcUrl("postgres", name)).username("postgres")
                .maximumPoolSize(4).migrate(true).build();
    }
}
