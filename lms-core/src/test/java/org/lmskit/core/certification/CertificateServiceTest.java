package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.CertificationWorld.ADMIN;
import static org.lmskit.core.certification.CertificationWorld.ALICE;
import static org.lmskit.core.certification.CertificationWorld.BOB;
import static org.lmskit.core.certification.CertificationWorld.CORRECTOR;
import static org.lmskit.core.certification.CertificationWorld.pointsFor;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.spi.audit.AuditQuery;

class CertificateServiceTest {
    private final CertificationWorld world = new CertificationWorld().withSeedPath().submitted(ALICE);
    private final CertificateService certificates = world.lms.certification().certificates();
    private final Certificate gold;

    CertificateServiceTest() {
        world.lms.certification().caseStudies().correct(CORRECTOR, ALICE.id(), PATH, pointsFor("18.5"), null);
        gold = certificates.certificateOf(ALICE, ALICE.id(), PATH).orElseThrow();
    }

    @Test
    void regenerating_keeps_the_level_and_dates_the_new_document() {
        Certificate regenerated = certificates.regenerate(ADMIN, gold.id(), gold.version());

        assertThat(regenerated.level()).isEqualTo(CertificationLevel.GOLD);
        assertThat(regenerated.grade()).isEqualTo(gold.grade());
        assertThat(regenerated.regeneratedAt()).contains(CertificationWorld.NOW);
        assertThatThrownBy(() -> certificates.regenerate(ADMIN, gold.id(), gold.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_credential_is_active_then_superseded_by_a_regeneration_and_a_revoked_certificates_is_revoked() {
        String first = (String) certificates.openBadge(ALICE, gold.id()).get("id");
        assertThat(certificates.credentialStatus(first)).isEqualTo(CredentialStatus.ACTIVE);

        Certificate regenerated = certificates.regenerate(ADMIN, gold.id(), gold.version());
        String second = (String) certificates.openBadge(ALICE, gold.id()).get("id");
        assertThat(second).isNotEqualTo(first);
        assertThat(certificates.credentialStatus(first)).isEqualTo(CredentialStatus.SUPERSEDED);
        assertThat(certificates.credentialStatus(second)).isEqualTo(CredentialStatus.ACTIVE);

        certificates.revoke(ADMIN, gold.id(), regenerated.version(), "fraude");
        assertThat(certificates.credentialStatus(second)).isEqualTo(CredentialStatus.REVOKED);
        assertThat(certificates.credentialStatus(first)).isEqualTo(CredentialStatus.REVOKED);
    }

    @Test
    void a_credential_id_of_another_issuer_or_certificate_is_unknown() {
        for (String id : new String[] {"https://other.example/credentials/" + gold.id() + "/v1",
            "https://lmskit.example/issuer/credentials/nobody/v1", "https://lmskit.example/issuer/credentials/"
                    + gold.id(), "https://lmskit.example/issuer/credentials/\u0000/v1",
            "https://lmskit.example/issuer/credentials/x/v99999999999999999999", "", null}) {
            assertThat(certificates.credentialStatus(id)).as(String.valueOf(id)).isEqualTo(CredentialStatus.UNKNOWN);
        }
    }

    @Test
    void the_criteria_narrative_states_the_paths_own_grading_table() {
        assertThat(narrative()).isEqualTo("Gold from 18.00/20, silver from 15.00/20, bronze from 12.00/20.");
        world.lms.certification().grading().defineGradingTable(ADMIN, PATH,
                GradingTable.of(new java.math.BigDecimal("17"), new java.math.BigDecimal("14.5"),
                        new java.math.BigDecimal("10")), 0);

        assertThat(narrative()).isEqualTo("Gold from 17.00/20, silver from 14.50/20, bronze from 10.00/20.");
        assertThat(levelDescriptions()).containsExactly("below 10.00/20", "from 10.00/20 to below 14.50/20",
                "from 14.50/20 to below 17.00/20", "from 17.00/20");
    }

    @SuppressWarnings("unchecked")
    private List<String> levelDescriptions() {
        Map<String, Object> subject = (Map<String, Object>) certificates.openBadge(ALICE, gold.id()).get("credentialSubject");
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        Map<String, Object> levelResult = ((List<Map<String, Object>>) achievement.get("resultDescription")).get(0);
        return ((List<Map<String, Object>>) levelResult.get("rubricCriterionLevel")).stream()
                .map(l -> (String) l.get("description")).toList();
    }

    @SuppressWarnings("unchecked")
    private String narrative() {
        Map<String, Object> subject = (Map<String, Object>) certificates.openBadge(ALICE, gold.id()).get("credentialSubject");
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        return (String) ((Map<String, Object>) achievement.get("criteria")).get("narrative");
    }

    @Test
    void revoking_removes_the_certificate_and_is_audited_with_its_reason() {
        Certificate revoked = certificates.revoke(ADMIN, gold.id(), gold.version(), "fraude au cas pratique");

        assertThat(revoked.revoked()).isTrue();
        assertThat(world.storage.auditTrail().find(AuditQuery.byRecord("certificate", gold.id().value())).items())
                .singleElement().satisfies(e -> {
                    assertThat(e.action()).isEqualTo("revoked");
                    assertThat(e.actorId()).isEqualTo("admin");
                    assertThat(e.changes()).extracting(c -> c.field() + "=" + c.after())
                            .containsExactly("level=null", "reason=fraude au cas pratique");
                });
        assertThatThrownBy(() -> certificates.openBadge(ALICE, gold.id()))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.CERTIFICATE_REVOKED));
    }

    /** A revoked certificate stays revoked: it is neither revoked again nor regenerated; issuing and revoking are published. */
    @Test
    void a_revoked_certificate_is_final_and_issuing_and_revoking_are_published() {
        Certificate revoked = certificates.revoke(ADMIN, gold.id(), gold.version(), "fraude");

        assertThatThrownBy(() -> certificates.revoke(ADMIN, gold.id(), revoked.version(), "encore"))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.CERTIFICATE_REVOKED));
        assertThatThrownBy(() -> certificates.regenerate(ADMIN, gold.id(), revoked.version()))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.CERTIFICATE_REVOKED));
        assertThat(world.events(CertificationEvent.CertificateIssued.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.certificate()).isEqualTo(gold.id());
                    assertThat(e.level()).isEqualTo(CertificationLevel.GOLD);
                });
        assertThat(world.events(CertificationEvent.CertificateRevoked.class)).singleElement()
                .isEqualTo(new CertificationEvent.CertificateRevoked(CertificationWorld.NOW, gold.id(), ADMIN.id()));
        assertThat(certificates.issuerId()).isEqualTo("https://lmskit.example/issuer");
    }

    @Test
    void only_an_administrator_regenerates_or_revokes_and_a_reason_is_required() {
        assertThatThrownBy(() -> certificates.revoke(CORRECTOR, gold.id(), 1, "x"))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> certificates.regenerate(ALICE, gold.id(), 1))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> certificates.revoke(ADMIN, gold.id(), 1, " ")).hasMessageContaining("reason");
        assertThatThrownBy(() -> certificates.certificate(BOB, gold.id())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_open_badge_export_has_the_open_badges_3_credential_shape() {
        Map<String, Object> credential = certificates.openBadge(ALICE, gold.id());

        assertThat((List<String>) credential.get("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        assertThat((List<String>) credential.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential).containsKeys("id", "issuer", "validFrom", "name", "credentialSubject");
        assertThat((Map<String, Object>) credential.get("issuer")).containsEntry("type", List.of("Profile"));
        assertThat(credential.get("validFrom")).isEqualTo("2026-11-27T10:00:00Z");

        Map<String, Object> subject = (Map<String, Object>) credential.get("credentialSubject");
        assertThat(subject.get("type")).isEqualTo(List.of("AchievementSubject"));
        Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
        assertThat(achievement.get("type")).isEqualTo(List.of("Achievement"));
        assertThat((Map<String, Object>) achievement.get("criteria")).containsKey("narrative");
        List<Map<String, Object>> descriptions = (List<Map<String, Object>>) achievement.get("resultDescription");
        assertThat(descriptions).extracting(d -> d.get("resultType")).containsExactly("PerformanceLevel", "RawScore");
        assertThat((List<Map<String, Object>>) descriptions.get(0).get("rubricCriterionLevel"))
                .extracting(l -> l.get("name")).containsExactly("none", "bronze", "silver", "gold");
        assertThat(descriptions.get(1)).containsEntry("valueMin", "0").containsEntry("valueMax", "20");

        List<Map<String, Object>> results = (List<Map<String, Object>>) subject.get("result");
        assertThat(results.get(0).get("achievedLevel")).isEqualTo(achievement.get("id") + "#level-gold");
        assertThat(results.get(0).get("resultDescription")).isEqualTo(descriptions.get(0).get("id"));
        assertThat(results.get(1)).containsEntry("value", "18.50")
                .containsEntry("resultDescription", descriptions.get(1).get("id"));
    }
}
