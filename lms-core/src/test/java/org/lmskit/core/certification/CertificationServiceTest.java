package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;

class CertificationServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456789Z");
    private static final PathId RECRUTEMENT = PathId.of("recrutement-et-sourcing");
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor CORRECTOR = Actor.of("care-team", Role.CORRECTOR);

    private final InMemoryStorage storage = InMemoryStorage.create();
    private final List<LmsEvent> events = new ArrayList<>();
    private final Lms lms = Lms.builder().storage(storage).clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .eventPublisher(events::add).build();
    private final CertificationService certification = lms.certification().grading();

    private static GradingTable strict() {
        return GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal("13"));
    }

    @Test
    void grades_with_the_seed_scale_by_default() {
        GradingResult result = certification.grade(new BigDecimal("11.995"));

        assertThat(result.grade().value()).isEqualTo(new BigDecimal("12.00"));
        assertThat(result.level()).isEqualTo(CertificationLevel.BRONZE);
    }

    @Test
    void a_path_without_its_own_table_grades_with_the_defaults_at_version_0() {
        PathGradingTable table = certification.gradingTable(RECRUTEMENT);

        assertThat(table.isDefault()).isTrue();
        assertThat(table.table()).isEqualTo(GradingTable.ofDefaults());
        assertThat(certification.grade(RECRUTEMENT, new BigDecimal("18")).level()).isEqualTo(CertificationLevel.GOLD);
    }

    @Test
    void an_administrator_gives_a_path_its_own_table_which_then_grades_it() {
        PathGradingTable saved = certification.defineGradingTable(ADMIN, RECRUTEMENT, strict(), 0);

        assertThat(saved.version()).isEqualTo(1);
        assertThat(certification.gradingTable(RECRUTEMENT)).isEqualTo(saved);
        assertThat(certification.grade(RECRUTEMENT, new BigDecimal("18.5")).level()).isEqualTo(CertificationLevel.SILVER);
        assertThat(certification.grade(PathId.of("other"), new BigDecimal("18.5")).level())
                .isEqualTo(CertificationLevel.GOLD);
    }

    @Test
    void each_change_is_audited_with_who_when_before_and_after() {
        certification.defineGradingTable(ADMIN, RECRUTEMENT, strict(), 0);
        certification.defineGradingTable(ADMIN, RECRUTEMENT,
                GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal("12.5")), 1);

        List<AuditEntry> trail = storage.auditTrail()
                .find(AuditQuery.byRecord("grading-table", RECRUTEMENT.value())).items();
        assertThat(trail).extracting(AuditEntry::action).containsExactly("created", "updated");
        assertThat(trail).allSatisfy(e -> {
            assertThat(e.actorId()).isEqualTo("admin");
            assertThat(e.occurredAt()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
        });
        assertThat(trail.get(0).changes()).containsExactly(new FieldChange("gold", null, "19.00"),
                new FieldChange("silver", null, "16.00"), new FieldChange("bronze", null, "13.00"));
        assertThat(trail.get(1).changes()).containsExactly(new FieldChange("bronze", "13.00", "12.50"));
    }

    @Test
    void a_change_publishes_an_event_after_it_is_stored() {
        certification.defineGradingTable(ADMIN, RECRUTEMENT, strict(), 0);

        assertThat(events).containsExactly(new CertificationEvent.GradingTableChanged(
                Instant.parse("2026-11-24T10:15:30.123456Z"), RECRUTEMENT, ADMIN.id(), strict(), 1));
    }

    @Test
    void only_an_administrator_changes_a_table_and_a_refusal_stores_nothing() {
        assertThatThrownBy(() -> certification.defineGradingTable(CORRECTOR, RECRUTEMENT, strict(), 0))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo(GradingTablePolicy.RULE));

        assertThat(certification.gradingTable(RECRUTEMENT).isDefault()).isTrue();
        assertThat(storage.auditTrail().find(AuditQuery.all()).total()).isZero();
        assertThat(events).singleElement().isInstanceOf(CertificationEvent.GradingTableChangeRefused.class);
    }

    @Test
    void a_change_from_a_stale_version_is_a_conflict_and_keeps_the_stored_table() {
        PathGradingTable v1 = certification.defineGradingTable(ADMIN, RECRUTEMENT, strict(), 0);
        certification.defineGradingTable(ADMIN, RECRUTEMENT, GradingTable.ofDefaults(), 1);

        assertThatThrownBy(() -> certification.defineGradingTable(ADMIN, RECRUTEMENT, v1.table(), 1))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ConflictException.STALE_VERSION));
        assertThatThrownBy(() -> certification.defineGradingTable(ADMIN, RECRUTEMENT, v1.table(), 0))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ConflictException.ALREADY_EXISTS));

        assertThat(certification.gradingTable(RECRUTEMENT).version()).isEqualTo(2);
        assertThat(certification.gradingTable(RECRUTEMENT).table()).isEqualTo(GradingTable.ofDefaults());
        assertThat(storage.auditTrail().find(AuditQuery.all()).total()).isEqualTo(2);
    }

    @Test
    void resetting_returns_the_path_to_the_defaults_and_is_audited() {
        certification.defineGradingTable(ADMIN, RECRUTEMENT, strict(), 0);

        certification.resetGradingTable(ADMIN, RECRUTEMENT, 1);

        assertThat(certification.gradingTable(RECRUTEMENT).isDefault()).isTrue();
        assertThat(storage.auditTrail().find(AuditQuery.byRecord("grading-table", RECRUTEMENT.value()).newestFirst())
                .items().get(0).action()).isEqualTo("reset");
        assertThatThrownBy(() -> certification.resetGradingTable(ADMIN, RECRUTEMENT, 1))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void missing_or_negative_inputs_are_refused_before_anything_is_read() {
        assertThatThrownBy(() -> certification.defineGradingTable(ADMIN, null, strict(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pathId");
        assertThatThrownBy(() -> certification.defineGradingTable(ADMIN, RECRUTEMENT, null, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("table");
        assertThatThrownBy(() -> certification.defineGradingTable(ADMIN, RECRUTEMENT, strict(), -1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> certification.resetGradingTable(ADMIN, RECRUTEMENT, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> certification.grade(RECRUTEMENT, new BigDecimal("20.01")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("grade");
    }
}
