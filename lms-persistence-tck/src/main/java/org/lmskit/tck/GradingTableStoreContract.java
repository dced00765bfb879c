package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.GradingTableRecord;
import org.lmskit.spi.certification.GradingTableStore;

/**
 * The contract every adapter's {@code GradingTableStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class GradingTableStoreContract extends StorageContract {

    private GradingTableStore tables() {
        return storage.gradingTables();
    }

    static GradingTableRecord table(String pathId, String gold, String silver, String bronze) {
        return new GradingTableRecord(pathId, new BigDecimal(gold), new BigDecimal(silver), new BigDecimal(bronze), 0);
    }

    @Test
    void an_inserted_table_is_found_at_version_one() {
        GradingTableRecord stored = tables().insert(table("path-1", "18.00", "15.00", "12.00"));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(tables().find("path-1")).contains(stored);
        assertThat(tables().find("path-2")).isEmpty();
    }

    @Test
    void a_second_insert_for_the_same_path_is_refused_and_changes_nothing() {
        GradingTableRecord first = tables().insert(table("path-1", "18.00", "15.00", "12.00"));

        assertThatThrownBy(() -> tables().insert(table("path-1", "19.00", "16.00", "13.00")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(tables().find("path-1")).contains(first);
    }

    @Test
    void an_update_at_the_stored_version_moves_to_the_next_version() {
        GradingTableRecord v1 = tables().insert(table("p", "18.00", "15.00", "12.00"));

        GradingTableRecord v2 = tables().update(new GradingTableRecord("p", new BigDecimal("17.50"),
                new BigDecimal("15.00"), new BigDecimal("12.00"), v1.version()));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.gold()).isEqualTo(new BigDecimal("17.50"));
        assertThat(tables().find("p")).contains(v2);
    }

    @Test
    void a_stale_update_is_refused_and_never_overwrites() {
        GradingTableRecord v1 = tables().insert(table("p", "18.00", "15.00", "12.00"));
        GradingTableRecord v2 = tables().update(v1);

        assertThatThrownBy(() -> tables().update(new GradingTableRecord("p", new BigDecimal("10.00"),
                new BigDecimal("9.00"), new BigDecimal("8.00"), v1.version())))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.recordId()).isEqualTo("p");
                    assertThat(e.expectedVersion()).isEqualTo(1);
                });
        assertThat(tables().find("p")).contains(v2);
    }

    @Test
    void updating_a_table_never_stored_is_refused_as_stale() {
        assertThatThrownBy(() -> tables().update(table("ghost", "18.00", "15.00", "12.00").withVersion(1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(tables().find("ghost")).isEmpty();
    }

    @Test
    void delete_needs_the_stored_version() {
        GradingTableRecord v1 = tables().insert(table("p", "18.00", "15.00", "12.00"));

        assertThatThrownBy(() -> tables().delete("p", 7)).isInstanceOf(StaleVersionException.class);
        assertThat(tables().find("p")).contains(v1);

        tables().delete("p", 1);
        assertThat(tables().find("p")).isEmpty();
        assertThatThrownBy(() -> tables().delete("p", 1)).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void tables_are_listed_by_path_id_in_pages() {
        for (String id : List.of("c", "a", "e", "b", "d")) {
            tables().insert(table(id, "18.00", "15.00", "12.00"));
        }

        Page<GradingTableRecord> first = tables().list(new PageRequest(0, 2));
        Page<GradingTableRecord> last = tables().list(new PageRequest(4, 2));

        assertThat(first.items()).extracting(GradingTableRecord::pathId).containsExactly("a", "b");
        assertThat(first.total()).isEqualTo(5);
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).extracting(GradingTableRecord::pathId).containsExactly("e");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void hostile_path_ids_are_only_data() {
        tables().insert(table("p", "18.00", "15.00", "12.00"));
        for (String text : HOSTILE_TEXT) {
            assertThat(tables().find(text)).as(text).isEmpty();
            GradingTableRecord stored = tables().insert(table(text, "18.00", "15.00", "12.00"));
            assertThat(tables().find(text)).as(text).contains(stored);
        }
        assertThat(tables().list(new PageRequest(0, 100)).total()).isEqualTo(1 + HOSTILE_TEXT.length);
    }

    @RepeatedTest(5)
    void of_writers_racing_from_the_same_version_exactly_one_wins() {
        GradingTableRecord v1 = tables().insert(table("p", "18.00", "15.00", "12.00"));

        List<Optional<GradingTableRecord>> outcomes = Race.run(6, () -> {
            try {
                return Optional.of(tables().update(v1));
            } catch (StaleVersionException lost) {
                return Optional.empty();
            }
        });

        assertThat(outcomes.stream().filter(Optional::isPresent)).hasSize(1);
        assertThat(tables().find("p").orElseThrow().version()).isEqualTo(2);
    }
}
