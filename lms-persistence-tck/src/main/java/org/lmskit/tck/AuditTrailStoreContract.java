package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.Page;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.AuditTrailStore;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.audit.NewAuditEntry;

/**
 * The contract every adapter's {@code AuditTrailStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class AuditTrailStoreContract extends StorageContract {

    private AuditTrailStore audit() {
        return storage.auditTrail();
    }

    private AuditEntry append(Instant at, String actor, String type, String id) {
        return audit().append(new NewAuditEntry(at, actor, type, id, "updated",
                List.of(new FieldChange("gold", "18.00", "17.50"))));
    }

    @Test
    void an_appended_entry_keeps_every_field_and_gets_an_id() {
        NewAuditEntry entry = new NewAuditEntry(at(0), "admin", "grading-table", "path-1", "created",
                List.of(new FieldChange("gold", null, "18.00"), new FieldChange("note", "avant", "après")));

        AuditEntry stored = audit().append(entry);

        assertThat(stored).isEqualTo(AuditEntry.of(stored.id(), entry));
        assertThat(audit().find(AuditQuery.byRecord("grading-table", "path-1")).items()).containsExactly(stored);
    }

    @Test
    void ids_grow_with_each_append() {
        AuditEntry first = append(at(5), "a", "t", "1");
        AuditEntry second = append(at(1), "a", "t", "1");

        assertThat(second.id()).isGreaterThan(first.id());
    }

    @Test
    void entries_of_one_record_come_in_chronological_order_ties_broken_by_id() {
        AuditEntry late = append(at(10), "a", "t", "r1");
        AuditEntry early = append(at(1), "b", "t", "r1");
        AuditEntry sameInstantAsLate = append(at(10), "c", "t", "r1");
        append(at(3), "a", "t", "r2");
        append(at(3), "a", "other", "r1");

        Page<AuditEntry> page = audit().find(AuditQuery.byRecord("t", "r1"));

        assertThat(page.items()).containsExactly(early, late, sameInstantAsLate);
        assertThat(page.total()).isEqualTo(3);
        assertThat(audit().find(AuditQuery.byRecord("t", "r1").newestFirst()).items())
                .containsExactly(sameInstantAsLate, late, early);
    }

    @Test
    void entries_by_actor() {
        AuditEntry mine = append(at(1), "alice", "t", "1");
        append(at(2), "bob", "t", "1");
        AuditEntry mineLater = append(at(3), "alice", "u", "9");

        assertThat(audit().find(AuditQuery.byActor("alice")).items()).containsExactly(mine, mineLater);
        assertThat(audit().find(AuditQuery.byActor("nobody")).items()).isEmpty();
    }

    @Test
    void record_and_actor_criteria_hold_together() {
        append(at(1), "alice", "t", "1");
        AuditEntry both = append(at(2), "bob", "t", "1");
        append(at(3), "bob", "t", "2");

        assertThat(audit().find(AuditQuery.byRecord("t", "1").withActor("bob")).items()).containsExactly(both);
    }

    @Test
    void the_time_window_includes_its_start_and_excludes_its_end() {
        append(at(0), "a", "t", "1");
        AuditEntry atStart = append(at(10), "a", "t", "1");
        AuditEntry inside = append(at(15), "a", "t", "1");
        append(at(20), "a", "t", "1");

        assertThat(audit().find(AuditQuery.byRecord("t", "1").between(at(10), at(20))).items())
                .containsExactly(atStart, inside);
    }

    @Test
    void pages_cover_every_entry_once_in_a_stable_order() {
        List<AuditEntry> all = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            all.add(append(at(i % 4), "a", "t", "1"));
        }
        List<AuditEntry> seen = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 10) {
            Page<AuditEntry> page = audit().find(AuditQuery.byRecord("t", "1").page(offset, 10));
            assertThat(page.total()).isEqualTo(25);
            seen.addAll(page.items());
        }
        assertThat(seen).hasSize(25).containsExactlyInAnyOrderElementsOf(all);
        assertThat(seen).isSortedAccordingTo((x, y) -> x.occurredAt().equals(y.occurredAt())
                ? Long.compare(x.id(), y.id()) : x.occurredAt().compareTo(y.occurredAt()));
        assertThat(audit().find(AuditQuery.byRecord("t", "1").page(20, 10)).hasNext()).isFalse();
        assertThat(audit().find(AuditQuery.byRecord("t", "1").page(100, 10)).items()).isEmpty();
    }

    @Test
    void hostile_text_in_every_criterion_is_only_data() {
        AuditEntry plain = append(at(0), "alice", "t", "1");
        for (String text : HOSTILE_TEXT) {
            assertThat(audit().find(AuditQuery.byRecord(text, "1")).items()).as(text).isEmpty();
            assertThat(audit().find(AuditQuery.byRecord("t", text)).items()).as(text).isEmpty();
            assertThat(audit().find(AuditQuery.byActor(text)).items()).as(text).isEmpty();

            AuditEntry stored = audit().append(new NewAuditEntry(at(1), text, text, text, text,
                    List.of(new FieldChange(text, text, text))));
            assertThat(audit().find(AuditQuery.byRecord(text, text).withActor(text)).items())
                    .as(text).containsExactly(stored);
        }
        assertThat(audit().find(AuditQuery.byRecord("t", "1")).items()).containsExactly(plain);
        assertThat(audit().find(AuditQuery.all().page(0, 100)).total()).isEqualTo(1 + HOSTILE_TEXT.length);
    }

    @RepeatedTest(3)
    void racing_appenders_lose_nothing_and_share_no_id() {
        int threads = 4;
        int perThread = 50;
        List<List<Long>> ids = Race.run(threads, () -> {
            List<Long> mine = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                mine.add(append(at(i), Thread.currentThread().getName(), "race", "r").id());
            }
            return mine;
        });

        Set<Long> distinct = new HashSet<>();
        ids.forEach(distinct::addAll);
        assertThat(distinct).hasSize(threads * perThread);
        assertThat(audit().find(AuditQuery.byRecord("race", "r").page(0, 1)).total()).isEqualTo(threads * perThread);
        for (List<Long> mine : ids) {
            assertThat(mine).isSorted();
        }
    }
}
