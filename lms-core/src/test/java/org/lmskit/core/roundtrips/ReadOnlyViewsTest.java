package org.lmskit.core.roundtrips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.Storages;
import org.lmskit.core.competency.Catalogue;
import org.lmskit.core.competency.CompetencyEvent;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.competency.Scale;
import org.lmskit.core.competency.ScoreThresholds;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;

/**
 * A view reads in a read-only transaction, and a write checks its permission inside its own transaction, yet what
 * either publishes on a refusal reaches a host that writes in response: the event waits for the transaction's end.
 */
class ReadOnlyViewsTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor LEARNER = Actor.of("robert", Role.LEARNER);
    private final List<StorageProvider> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(StorageProvider::close);
    }

    /**
     * A library over fresh storage whose publisher notes every event in {@code heard} and, on a refusal of
     * {@code refusal}'s type, records it in a catalogue entry of its own through lmskit (a host that writes in
     * response).
     */
    private Lms recordingRefusals(StorageProvider storage, Class<?> refusal, List<Object> heard) {
        opened.add(storage);
        AtomicReference<Lms> lms = new AtomicReference<>();
        lms.set(Lms.builder().storage(storage).eventPublisher(event -> {
            heard.add(event);
            if (refusal.isInstance(event)) {
                lms.get().competencies().catalogue().defineCompetency(ADMIN, new Catalogue.Competency(
                        CompetencyCode.of("REFUSALS-" + heard.size()), "Refus enregistré", "", Scale.DEFAULT_ID,
                        ScoreThresholds.evenlyOver(Scale.ofDefaults()), 0));
            }
        }).build());
        return lms.get();
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_refusal_published_by_a_view_reaches_a_publisher_that_writes_once_the_view_is_over(Storages kind) {
        StorageProvider storage = kind.fresh();
        List<Object> heard = new ArrayList<>();
        Lms lms = recordingRefusals(storage, CompetencyEvent.Refused.class, heard);

        assertThatThrownBy(() -> lms.competencies().views().teamView(LEARNER, Optional.empty(),
                CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always()))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(heard).hasSize(1).first().isInstanceOf(CompetencyEvent.Refused.class);
        assertThat(storage.competencyCatalog().findCompetency("REFUSALS-1")).isPresent();
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_refusal_inside_a_write_reaches_a_publisher_that_writes_once_the_write_has_rolled_back(Storages kind) {
        StorageProvider storage = kind.fresh();
        List<Object> heard = new ArrayList<>();
        Lms lms = recordingRefusals(storage, org.lmskit.core.seats.SeatEvent.Refused.class, heard);
        org.lmskit.core.id.SessionId session = org.lmskit.core.id.SessionId.of("divalto-slots");
        lms.seats().sessions().createSession(ADMIN, org.lmskit.core.seats.SeatSession.create(session,
                "Divalto - Slots", org.lmskit.core.id.CompanyId.of("divalto"),
                org.lmskit.core.id.PathId.of("recrutement-et-sourcing"), org.lmskit.core.seats.SessionType.SLOTS,
                java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2027, 12, 1), 2,
                org.lmskit.core.seats.Rotation.every(10, false)));
        heard.clear();

        // the session is read, and the permission refused, inside the slot change's transaction
        assertThatThrownBy(() -> lms.seats().slots().assignSlot(LEARNER, session, LEARNER.id()))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(heard).hasSize(1).first().isInstanceOf(org.lmskit.core.seats.SeatEvent.Refused.class);
        assertThat(storage.competencyCatalog().findCompetency("REFUSALS-1")).isPresent();
        assertThat(storage.seatSessions().find(session.value()).orElseThrow().version()).isEqualTo(1);
    }
}
