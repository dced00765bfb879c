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

/** A view reads in a read-only transaction, yet what it publishes reaches a host that writes in response. */
class ReadOnlyViewsTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor LEARNER = Actor.of("robert", Role.LEARNER);
    private final List<StorageProvider> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(StorageProvider::close);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_refusal_published_by_a_view_reaches_a_publisher_that_writes_once_the_view_is_over(Storages kind) {
        StorageProvider storage = kind.fresh();
        opened.add(storage);
        AtomicReference<Lms> lms = new AtomicReference<>();
        List<Object> heard = new ArrayList<>();
        lms.set(Lms.builder().storage(storage).eventPublisher(event -> {
            heard.add(event);
            if (event instanceof CompetencyEvent.Refused) {
                // a host that records every refusal in its own catalogue entry, through lmskit
                lms.get().competencies().catalogue().defineCompetency(ADMIN, new Catalogue.Competency(
                        CompetencyCode.of("REFUSALS-" + heard.size()), "Refus enregistré", "", Scale.DEFAULT_ID,
                        ScoreThresholds.evenlyOver(Scale.ofDefaults()), 0));
            }
        }).build());

        assertThatThrownBy(() -> lms.get().competencies().views().teamView(LEARNER, Optional.empty(),
                CompetencyViews.TeamSort.NAME, false, CompetencyViews.Period.always()))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(heard).hasSize(1).first().isInstanceOf(CompetencyEvent.Refused.class);
        assertThat(storage.competencyCatalog().findCompetency("REFUSALS-1")).isPresent();
    }
}
