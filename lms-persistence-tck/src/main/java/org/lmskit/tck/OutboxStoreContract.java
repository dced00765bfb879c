package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.outbox.NewOutboxEvent;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStatus;
import org.lmskit.spi.outbox.OutboxStore;

/**
 * The contract every adapter's {@code OutboxStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class OutboxStoreContract extends StorageContract {
    private static final String PAYLOAD = "{\"learner\":\"robert-redford\",\"level\":\"2\"}";

    private OutboxStore outbox() {
        return storage.outbox();
    }

    private static NewOutboxEvent event(String aggregateId, long secondsAfterT0) {
        return new NewOutboxEvent(UUID.randomUUID().toString(), "learner", aggregateId, "CompetencyEvent.Positioned",
                PAYLOAD, at(secondsAfterT0));
    }

    /** Records one event per aggregate id given, a second apart from T0, in that order. */
    private List<NewOutboxEvent> recordAll(String... aggregateIds) {
        List<NewOutboxEvent> recorded = new ArrayList<>();
        for (int i = 0; i < aggregateIds.length; i++) {
            recorded.add(event(aggregateIds[i], i));
        }
        outbox().append(recorded);
        return recorded;
    }

    private List<String> claimIds(String node, long now, int limit) {
        return outbox().claim(node, at(now), at(now + 30), limit).stream().map(OutboxEvent::id).toList();
    }

    @Test
    void an_appended_event_reads_back_pending_and_due_at_once_with_its_payload_unchanged() {
        List<NewOutboxEvent> all = recordAll("robert-redford");
        NewOutboxEvent recorded = all.get(0);

        OutboxEvent read = outbox().find(recorded.id()).orElseThrow();
        assertThat(read.id()).isEqualTo(recorded.id());
        assertThat(read.aggregateType()).isEqualTo("learner");
        assertThat(read.aggregateId()).isEqualTo("robert-redford");
        assertThat(read.type()).isEqualTo("CompetencyEvent.Positioned");
        assertThat(read.payload()).isEqualTo(PAYLOAD);
        assertThat(read.createdAt()).isEqualTo(at(0));
        assertThat(read.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(read.attempts()).isZero();
        assertThat(read.nextAttemptAt()).isEqualTo(at(0));
        assertThat(read.claimedBy()).isEmpty();
        assertThat(read.leaseUntil()).isEmpty();
        assertThat(read.deliveredAt()).isEmpty();
        assertThat(read.lastError()).isEmpty();
        assertThat(outbox().find(UUID.randomUUID().toString())).isEmpty();
        assertThat(outbox().find("not-a-uuid")).isEmpty();
    }

    @Test
    void hostile_text_in_an_aggregate_or_payload_is_kept_as_data() {
        for (String hostile : HOSTILE_TEXT) {
            String payload = "{\"text\":\"" + hostile.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
            NewOutboxEvent recorded = new NewOutboxEvent(UUID.randomUUID().toString(), hostile, hostile, hostile,
                    payload, at(0));
            outbox().append(List.of(recorded));
            OutboxEvent read = outbox().find(recorded.id()).orElseThrow();
            assertThat(List.of(read.aggregateType(), read.aggregateId(), read.type(), read.payload()))
                    .containsExactly(hostile, hostile, hostile, payload);
        }
    }

    @Test
    void an_event_is_recorded_only_if_its_transaction_commits() {
        NewOutboxEvent kept = event("a", 0);
        NewOutboxEvent dropped = event("b", 0);
        storage.transactions().inTransaction(() -> outbox().append(List.of(kept)));
        assertThatThrownBy(() -> storage.transactions().inTransaction(() -> {
            outbox().append(List.of(dropped));
            throw new IllegalStateException("the change failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox().find(kept.id())).isPresent();
        assertThat(outbox().find(dropped.id())).isEmpty();
        assertThat(claimIds("node", 1, 10)).containsExactly(kept.id());
    }

    @Test
    void an_id_is_recorded_once() {
        List<NewOutboxEvent> all = recordAll("a");
        NewOutboxEvent first = all.get(0);
        NewOutboxEvent again = new NewOutboxEvent(first.id(), "learner", "b", "X", "{}", at(1));
        assertThatThrownBy(() -> outbox().append(List.of(again))).isInstanceOf(DuplicateKeyException.class);
        assertThat(outbox().find(first.id()).orElseThrow().aggregateId()).isEqualTo("a");
    }

    @Test
    void a_claim_takes_each_aggregate_s_run_from_its_oldest_pending_event_and_holds_it() {
        List<NewOutboxEvent> all = recordAll("a", "b", "a", "c");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent b1 = all.get(1);
        NewOutboxEvent a2 = all.get(2);
        NewOutboxEvent c1 = all.get(3);

        List<OutboxEvent> claimed = outbox().claim("node-1", at(10), at(40), 10);

        assertThat(claimed).extracting(OutboxEvent::id).containsExactly(a1.id(), b1.id(), a2.id(), c1.id());
        assertThat(claimed).allSatisfy(e -> {
            assertThat(e.claimedBy()).contains("node-1");
            assertThat(e.leaseUntil()).contains(at(40));
        });
        assertThat(claimed.get(0).sequence()).isLessThan(claimed.get(1).sequence());
        // held: nobody else gets them while the lease holds
        assertThat(claimIds("node-2", 20, 10)).isEmpty();
    }

    @Test
    void the_heads_come_first_and_the_runs_after_them_fill_the_room_left() {
        List<NewOutboxEvent> all = recordAll("a", "a", "a", "b", "c");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent a2 = all.get(1);
        NewOutboxEvent a3 = all.get(2);
        NewOutboxEvent b1 = all.get(3);
        NewOutboxEvent c1 = all.get(4);

        assertThat(claimIds("node-1", 10, 4)).containsExactly(a1.id(), a2.id(), b1.id(), c1.id());
        // a3 waits behind its aggregate's run, held by node-1: nobody takes it out of order
        assertThat(claimIds("node-2", 11, 10)).isEmpty();
    }

    @Test
    void a_run_never_passes_an_event_that_is_not_due() {
        List<NewOutboxEvent> all = recordAll("a", "a", "a");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent a2 = all.get(1);
        NewOutboxEvent a3 = all.get(2);
        claimIds("node", 5, 1);
        outbox().markFailed("node", a1.id(), "poison", at(5), true); // a1 parked: a2 is the head
        claimIds("node", 6, 1);
        outbox().markFailed("node", a2.id(), "LRS down", at(100), false); // a2 backs off until 100
        assertThat(outbox().retry(a1.id(), at(7))).isTrue(); // a1 is the head again

        assertThat(claimIds("node", 10, 10)).containsExactly(a1.id()); // not a2 (not due), so not a3
        outbox().markDelivered("node", List.of(a1.id()), at(11));
        assertThat(claimIds("node", 12, 10)).isEmpty();
        assertThat(claimIds("node", 100, 10)).containsExactly(a2.id(), a3.id());
    }

    @Test
    void released_events_go_back_in_line_untouched_and_only_their_holder_releases_them() {
        List<NewOutboxEvent> all = recordAll("a", "a", "a");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent a2 = all.get(1);
        NewOutboxEvent a3 = all.get(2);
        claimIds("node-1", 5, 10);
        outbox().markFailed("node-1", a1.id(), "LRS down", at(60), false);

        assertThat(outbox().release("node-2", List.of(a2.id(), a3.id()))).isZero();
        assertThat(outbox().release("node-1", List.of(a2.id(), a3.id(), a1.id(), "not-a-uuid"))).isEqualTo(2);
        assertThat(outbox().release("node-1", List.of())).isZero();

        OutboxEvent released = outbox().find(a2.id()).orElseThrow();
        assertThat(released.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(released.leaseUntil()).isEmpty();
        assertThat(released.attempts()).isZero();
        assertThat(claimIds("node-2", 10, 10)).as("still behind a1, backing off").isEmpty();
        assertThat(claimIds("node-2", 60, 10)).containsExactly(a1.id(), a2.id(), a3.id());
    }

    @Test
    void a_claim_honours_its_limit() {
        for (int i = 0; i < 5; i++) {
            outbox().append(List.of(event("learner-" + i, i)));
        }
        assertThat(claimIds("node", 10, 2)).hasSize(2);
        assertThat(claimIds("node", 10, 10)).hasSize(3);
        assertThatThrownBy(() -> outbox().claim("node", at(10), at(20), 0)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox().claim("node", at(10), at(20), PageRequest.MAX_LIMIT + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_delivered_event_lets_the_next_of_its_aggregate_be_claimed() {
        List<NewOutboxEvent> all = recordAll("a", "a");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent a2 = all.get(1);

        assertThat(claimIds("node", 5, 1)).containsExactly(a1.id());
        assertThat(claimIds("node", 5, 10)).as("a2 waits while a1 is held").isEmpty();
        assertThat(outbox().markDelivered("node", List.of(a1.id()), at(6))).isEqualTo(1);

        OutboxEvent delivered = outbox().find(a1.id()).orElseThrow();
        assertThat(delivered.status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(delivered.deliveredAt()).contains(at(6));
        assertThat(claimIds("node", 7, 10)).containsExactly(a2.id());
    }

    @Test
    void only_the_node_holding_an_event_marks_it() {
        List<NewOutboxEvent> all = recordAll("a");
        NewOutboxEvent a1 = all.get(0);
        assertThat(outbox().markDelivered("node-1", List.of(a1.id()), at(1))).isZero(); // not claimed yet
        claimIds("node-1", 1, 10);

        assertThat(outbox().markDelivered("node-2", List.of(a1.id()), at(2))).isZero();
        assertThat(outbox().markFailed("node-2", a1.id(), "boom", at(3), false)).isFalse();
        assertThat(outbox().markDelivered("node-1", List.of(a1.id(), "not-a-uuid"), at(2))).isEqualTo(1);
        assertThat(outbox().markDelivered("node-1", List.of(a1.id()), at(3))).isZero(); // once
        assertThat(outbox().markDelivered("node-1", List.of(), at(3))).isZero();
    }

    @Test
    void an_expired_lease_lets_another_node_claim_the_event_and_the_first_can_no_longer_mark_it() {
        List<NewOutboxEvent> all = recordAll("a");
        NewOutboxEvent a1 = all.get(0);
        outbox().claim("node-1", at(1), at(31), 10);

        assertThat(claimIds("node-2", 30, 10)).isEmpty(); // lease holds until 31
        assertThat(claimIds("node-2", 31, 10)).containsExactly(a1.id());
        assertThat(outbox().markDelivered("node-1", List.of(a1.id()), at(32))).isZero();
        assertThat(outbox().markDelivered("node-2", List.of(a1.id()), at(32))).isEqualTo(1);
    }

    @Test
    void a_failed_event_backs_off_and_holds_back_the_rest_of_its_aggregate_only() {
        List<NewOutboxEvent> all = recordAll("a", "a", "b");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent a2 = all.get(1);
        NewOutboxEvent b1 = all.get(2);
        claimIds("node", 5, 1);

        assertThat(outbox().markFailed("node", a1.id(), "LRS answered 503", at(60), false)).isTrue();

        OutboxEvent failed = outbox().find(a1.id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isEqualTo(at(60));
        assertThat(failed.leaseUntil()).isEmpty();
        assertThat(failed.lastError()).contains("LRS answered 503");
        assertThat(claimIds("node", 10, 10)).containsExactly(b1.id()); // a2 waits behind a1
        outbox().markDelivered("node", List.of(b1.id()), at(11));
        assertThat(claimIds("node", 60, 10)).containsExactly(a1.id(), a2.id());
    }

    @Test
    void a_parked_event_stops_holding_back_its_aggregate_until_an_administrator_retries_it() {
        List<NewOutboxEvent> all = recordAll("a", "a");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent a2 = all.get(1);
        claimIds("node", 5, 1);
        assertThat(outbox().retry(a1.id(), at(6))).isFalse(); // not parked

        assertThat(outbox().markFailed("node", a1.id(), "poison", at(6), true)).isTrue();
        assertThat(outbox().find(a1.id()).orElseThrow().status()).isEqualTo(OutboxStatus.PARKED);
        assertThat(outbox().find(a1.id()).orElseThrow().attempts()).isEqualTo(1);
        assertThat(claimIds("node", 7, 10)).containsExactly(a2.id());
        assertThat(outbox().markDelivered("node", List.of(a2.id()), at(8))).isEqualTo(1);

        assertThat(outbox().retry(a1.id(), at(9))).isTrue();
        OutboxEvent retried = outbox().find(a1.id()).orElseThrow();
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        assertThat(retried.nextAttemptAt()).isEqualTo(at(9));
        assertThat(claimIds("node", 9, 10)).containsExactly(a1.id());
        assertThat(outbox().retry("not-a-uuid", at(9))).isFalse();
    }

    @Test
    void the_list_filters_by_status_in_recording_order_and_the_summary_counts_and_dates_the_lag() {
        List<NewOutboxEvent> all = recordAll("a", "b", "c");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent b1 = all.get(1);
        NewOutboxEvent c1 = all.get(2);
        claimIds("node", 5, 10);
        outbox().markDelivered("node", List.of(a1.id()), at(6));
        outbox().markFailed("node", b1.id(), "x", at(6), true);

        assertThat(outbox().list(Optional.empty(), PageRequest.first(10)).items()).extracting(OutboxEvent::id)
                .containsExactly(a1.id(), b1.id(), c1.id());
        assertThat(outbox().list(Optional.of(OutboxStatus.PARKED), PageRequest.first(10)).items())
                .extracting(OutboxEvent::id).containsExactly(b1.id());
        var page = outbox().list(Optional.empty(), new PageRequest(1, 1));
        assertThat(page.items()).extracting(OutboxEvent::id).containsExactly(b1.id());
        assertThat(page.total()).isEqualTo(3);
        assertThat(outbox().list(Optional.of(OutboxStatus.PENDING), new PageRequest(5, 1)).total()).isEqualTo(1);

        var summary = outbox().summary();
        assertThat(List.of(summary.pending(), summary.delivered(), summary.parked())).containsExactly(1L, 1L, 1L);
        assertThat(summary.oldestPending()).contains(at(2));
    }

    @Test
    void the_retention_purges_only_events_delivered_before_its_cut_off() {
        List<NewOutboxEvent> all = recordAll("a", "b", "c");
        NewOutboxEvent a1 = all.get(0);
        NewOutboxEvent b1 = all.get(1);
        NewOutboxEvent c1 = all.get(2);
        claimIds("node", 5, 10);
        outbox().markDelivered("node", List.of(a1.id()), at(6));
        outbox().markDelivered("node", List.of(b1.id()), at(8));

        assertThat(outbox().purgeDelivered(at(8), 100)).isEqualTo(1);
        assertThat(outbox().find(a1.id())).isEmpty();
        assertThat(outbox().find(b1.id())).isPresent();
        assertThat(outbox().find(c1.id())).isPresent(); // pending, never purged
        assertThat(outbox().purgeDelivered(at(100), 100)).isEqualTo(1);
        assertThat(outbox().summary().delivered()).isZero();
    }

    @RepeatedTest(5)
    void racing_claimers_never_receive_the_same_event_and_deliver_each_aggregate_in_order() {
        List<NewOutboxEvent> recorded = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            recorded.add(event("learner-" + (i % 7), i));
        }
        outbox().append(recorded);
        ConcurrentHashMap<String, String> claimedBy = new ConcurrentHashMap<>();
        List<String> deliveryOrder = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger names = new AtomicInteger();

        List<Integer> duplicates = Race.run(4, () -> {
            String node = "node-" + names.incrementAndGet();
            int clashes = 0;
            for (int round = 0; round < 200; round++) {
                List<OutboxEvent> batch = outbox().claim(node, at(100), at(130), 5);
                for (OutboxEvent e : batch) {
                    if (claimedBy.putIfAbsent(e.id(), node) != null) {
                        clashes++;
                    }
                    deliveryOrder.add(e.id());
                }
                outbox().markDelivered(node, batch.stream().map(OutboxEvent::id).toList(), at(101));
            }
            return clashes;
        });

        assertThat(duplicates).containsOnly(0);
        assertThat(claimedBy).hasSize(recorded.size());
        for (int learner = 0; learner < 7; learner++) {
            String aggregate = "learner-" + learner;
            List<String> expected = recorded.stream().filter(e -> e.aggregateId().equals(aggregate))
                    .map(NewOutboxEvent::id).toList();
            assertThat(deliveryOrder.stream().filter(expected::contains).toList()).as(aggregate)
                    .containsExactlyElementsOf(expected);
        }
    }
}
