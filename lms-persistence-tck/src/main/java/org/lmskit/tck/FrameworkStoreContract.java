package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.competency.FrameworkNodeRecord;
import org.lmskit.spi.competency.FrameworkRecord;
import org.lmskit.spi.competency.FrameworkStore;

/**
 * The contract every adapter's {@code FrameworkStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class FrameworkStoreContract extends StorageContract {
    private static final String DOC = "a1b2c3d4-0000-4000-8000-000000000001";
    private static final String OTHER = "a1b2c3d4-0000-4000-8000-000000000002";

    private FrameworkStore frameworks() {
        return storage.competencyFrameworks();
    }

    private static FrameworkNodeRecord competency(String identifier, String code, String... parents) {
        return new FrameworkNodeRecord(identifier, FrameworkNodeRecord.COMPETENCY, code, List.of(parents),
                Optional.empty());
    }

    private static FrameworkRecord framework(String id, FrameworkNodeRecord... nodes) {
        return new FrameworkRecord(id, "Conseiller Carrière Retraite", "lmskit", "", T0, List.of(nodes), 0);
    }

    @Test
    void an_inserted_framework_reads_back_with_its_nodes_in_order_at_version_one() {
        FrameworkNodeRecord scale = new FrameworkNodeRecord("s-1", FrameworkNodeRecord.SCALE, "levels", List.of(),
                Optional.empty());
        FrameworkNodeRecord profile = new FrameworkNodeRecord("p-1", FrameworkNodeRecord.PROFILE, "ccr-profile-1",
                List.of(DOC), Optional.empty());
        FrameworkNodeRecord first = new FrameworkNodeRecord("c-2", FrameworkNodeRecord.COMPETENCY, "CGCR-02",
                List.of("p-1", DOC), Optional.of("criterion-2"));
        FrameworkRecord stored = frameworks().insert(new FrameworkRecord(DOC, "Conseiller Carrière Retraite",
                HOSTILE_TEXT[1], "Référentiel\nsur deux lignes", at(5), List.of(scale, profile, first,
                competency("c-1", HOSTILE_TEXT[0], "p-1")), 0));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(frameworks().find(DOC)).contains(stored);
        assertThat(frameworks().find(OTHER)).isEmpty();
    }

    @Test
    void parents_read_back_exactly_whatever_text_they_hold() {
        List<String> parents = List.of("with space", "", HOSTILE_TEXT[4], "{braces,comma}", "\"quoted\"", "NULL");
        FrameworkRecord stored = frameworks().insert(framework(DOC, new FrameworkNodeRecord("c-1",
                FrameworkNodeRecord.COMPETENCY, "CGCR-01", parents, Optional.of(HOSTILE_TEXT[6]))));

        assertThat(frameworks().find(DOC).orElseThrow().nodes().get(0).parents()).isEqualTo(parents);
        assertThat(frameworks().find(DOC)).contains(stored);
    }

    @Test
    void a_framework_without_nodes_reads_back_empty() {
        FrameworkRecord stored = frameworks().insert(framework(DOC));

        assertThat(frameworks().find(DOC)).contains(stored);
        assertThat(stored.nodes()).isEmpty();
    }

    @Test
    void a_second_insert_of_the_same_framework_is_refused_and_changes_nothing() {
        FrameworkRecord first = frameworks().insert(framework(DOC, competency("c-1", "CGCR-01", DOC)));

        assertThatThrownBy(() -> frameworks().insert(framework(DOC, competency("c-9", "CGCR-09", DOC))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(frameworks().find(DOC)).contains(first);
        assertThat(frameworks().holders(FrameworkNodeRecord.COMPETENCY, List.of("CGCR-09"))).isEmpty();
    }

    @Test
    void an_update_replaces_the_nodes_and_moves_to_the_next_version() {
        FrameworkRecord v1 = frameworks().insert(framework(DOC, competency("c-1", "CGCR-01", DOC),
                competency("c-2", "CGCR-02", DOC)));

        FrameworkRecord v2 = frameworks().update(new FrameworkRecord(DOC, "Renamed", "lmskit", "now described", at(60),
                List.of(competency("c-2", "CGCR-02", DOC), competency("c-3", "CGCR-03", "c-2")), v1.version()));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(frameworks().find(DOC)).contains(v2);
        assertThat(frameworks().holders(FrameworkNodeRecord.COMPETENCY, List.of("CGCR-01", "CGCR-02", "CGCR-03")))
                .isEqualTo(Map.of("CGCR-02", DOC, "CGCR-03", DOC));
    }

    @Test
    void a_stale_update_is_refused_and_never_overwrites() {
        FrameworkRecord v1 = frameworks().insert(framework(DOC, competency("c-1", "CGCR-01", DOC)));
        FrameworkRecord v2 = frameworks().update(v1);

        assertThatThrownBy(() -> frameworks().update(framework(DOC, competency("c-9", "CGCR-09", DOC)).withVersion(1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(frameworks().find(DOC)).contains(v2);
        assertThat(frameworks().holders(FrameworkNodeRecord.COMPETENCY, List.of("CGCR-09"))).isEmpty();
    }

    @Test
    void updating_a_framework_never_stored_is_refused_as_stale() {
        assertThatThrownBy(() -> frameworks().update(framework(DOC).withVersion(1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(frameworks().find(DOC)).isEmpty();
    }

    @Test
    void holders_name_the_framework_of_each_key_held_of_that_kind_only() {
        frameworks().insert(framework(DOC, competency("c-1", "CGCR-01", DOC),
                new FrameworkNodeRecord("p-1", FrameworkNodeRecord.PROFILE, "CGCR-02", List.of(DOC), Optional.empty())));
        frameworks().insert(framework(OTHER, competency("c-7", "CGCR-07", OTHER)));

        assertThat(frameworks().holders(FrameworkNodeRecord.COMPETENCY, List.of("CGCR-01", "CGCR-02", "CGCR-07", "x")))
                .isEqualTo(Map.of("CGCR-01", DOC, "CGCR-07", OTHER));
        assertThat(frameworks().holders(FrameworkNodeRecord.PROFILE, List.of("CGCR-02"))).isEqualTo(Map.of("CGCR-02", DOC));
        assertThat(frameworks().holders(FrameworkNodeRecord.SCALE, List.of())).isEmpty();
    }

    @Test
    void a_key_held_by_another_framework_is_refused_on_insert_and_on_update_and_nothing_is_stored() {
        frameworks().insert(framework(DOC, competency("c-1", "CGCR-01", DOC)));
        FrameworkRecord other = frameworks().insert(framework(OTHER, competency("c-7", "CGCR-07", OTHER)));

        assertThatThrownBy(() -> frameworks().insert(framework("a1b2c3d4-0000-4000-8000-000000000003",
                competency("c-8", "CGCR-01", DOC)))).isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> frameworks().update(framework(OTHER, competency("c-7", "CGCR-07", OTHER),
                competency("c-8", "CGCR-01", OTHER)).withVersion(other.version())))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(frameworks().find("a1b2c3d4-0000-4000-8000-000000000003")).isEmpty();
        assertThat(frameworks().find(OTHER)).contains(other);
        assertThat(frameworks().holders(FrameworkNodeRecord.COMPETENCY, List.of("CGCR-01", "CGCR-07")))
                .isEqualTo(Map.of("CGCR-01", DOC, "CGCR-07", OTHER));
    }

    @Test
    void the_same_key_twice_in_one_framework_is_refused() {
        assertThatThrownBy(() -> frameworks().insert(framework(DOC, competency("c-1", "CGCR-01", DOC),
                competency("c-2", "CGCR-01", DOC)))).isInstanceOf(DuplicateKeyException.class);
        assertThat(frameworks().find(DOC)).isEmpty();
    }

    @Test
    void the_same_key_under_another_kind_is_another_key() {
        frameworks().insert(framework(DOC, competency("c-1", "shared", DOC),
                new FrameworkNodeRecord("p-1", FrameworkNodeRecord.PROFILE, "shared", List.of(DOC), Optional.empty()),
                new FrameworkNodeRecord("s-1", FrameworkNodeRecord.SCALE, "shared", List.of(), Optional.empty())));

        assertThat(frameworks().find(DOC).orElseThrow().nodes()).hasSize(3);
    }

    @Test
    void two_frameworks_racing_for_one_key_leave_exactly_one_holder() {
        long won = Race.successfulWrites(4, () -> frameworks().insert(framework(java.util.UUID.randomUUID().toString(),
                competency("c-1", "CGCR-01", DOC))));

        assertThat(won).isEqualTo(1);
        assertThat(frameworks().holders(FrameworkNodeRecord.COMPETENCY, List.of("CGCR-01"))).hasSize(1);
    }

    @Test
    void an_unknown_kind_is_refused_by_the_record() {
        assertThatThrownBy(() -> new FrameworkNodeRecord("x", "job", "ccr", List.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
