package org.lmskit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.outbox.NewOutboxEvent;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStatus;
import org.lmskit.spi.outbox.OutboxStore;
import org.lmskit.spi.outbox.OutboxSummary;

/**
 * The outbox in recording order (a linked map by id), with the pending events queued per aggregate and the
 * aggregates ordered by their oldest pending event, so a claim reads the heads it takes and the runs after them, not
 * the whole backlog. Claims run under the storage's write lock, so racing claimers of one process see each other's
 * leases; nothing survives the process, so in memory the outbox gives the delivery
 * order and the retries, not durability.
 */
final class InMemoryOutboxStore implements OutboxStore {
    private final InMemoryTransactions transactions;
    private final Map<String, OutboxEvent> events = new LinkedHashMap<>();
    /** The pending events' ids by sequence. */
    private final Map<Long, String> pending = new HashMap<>();
    /** Each aggregate's pending events by sequence, and each such aggregate by its oldest one (its head). */
    private final Map<List<String>, java.util.TreeSet<Long>> queues = new HashMap<>();
    private final java.util.TreeMap<Long, List<String>> heads = new java.util.TreeMap<>();
    private long sequence;

    InMemoryOutboxStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(List<NewOutboxEvent> added) {
        transactions.write(() -> {
            for (NewOutboxEvent event : added) {
                if (events.containsKey(event.id())) {
                    throw new DuplicateKeyException("outbox-event", event.id());
                }
            }
            for (NewOutboxEvent event : added) {
                long seq = ++sequence;
                events.put(event.id(), new OutboxEvent(seq, event.id(), event.aggregateType(),
                        event.aggregateId(), event.type(), event.payload(), event.createdAt(), OutboxStatus.PENDING,
                        0, event.createdAt(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty()));
                OutboxEvent stored = events.get(event.id());
                index(stored);
                transactions.onRollback(() -> {
                    events.remove(event.id());
                    unindex(stored);
                });
            }
            return null;
        });
    }

    @Override
    public List<OutboxEvent> claim(String node, Instant now, Instant leaseUntil, int limit) {
        PageRequest.checkLimit(limit);
        return transactions.write(() -> {
            // the heads first: the oldest pending event of each aggregate, when due and free, oldest first
            List<OutboxEvent> taken = new ArrayList<>();
            List<List<String>> chosen = new ArrayList<>();
            for (Map.Entry<Long, List<String>> head : heads.entrySet()) {
                if (taken.size() == limit) {
                    break;
                }
                OutboxEvent event = events.get(pending.get(head.getKey()));
                if (claimable(event, now)) {
                    taken.add(event);
                    chosen.add(head.getValue());
                }
            }
            // then the runs after those heads, in recording order, each stopping at an event not due or not free
            int room = limit - taken.size();
            List<OutboxEvent> runs = new ArrayList<>();
            for (List<String> aggregate : chosen) {
                if (room == 0) {
                    break;
                }
                java.util.TreeSet<Long> queue = queues.get(aggregate);
                int inRun = 0;
                for (Long seq : queue.tailSet(queue.first(), false)) {
                    OutboxEvent event = events.get(pending.get(seq));
                    if (inRun == room || !claimable(event, now)) {
                        break;
                    }
                    runs.add(event);
                    inRun++;
                }
            }
            runs.sort(java.util.Comparator.comparingLong(OutboxEvent::sequence));
            taken.addAll(runs.subList(0, Math.min(room, runs.size())));
            taken.sort(java.util.Comparator.comparingLong(OutboxEvent::sequence));
            List<OutboxEvent> claimed = new ArrayList<>(taken.size());
            for (OutboxEvent event : taken) {
                OutboxEvent held = with(event, OutboxStatus.PENDING, event.attempts(), event.nextAttemptAt(),
                        Optional.of(node), Optional.of(leaseUntil), Optional.empty(), event.lastError());
                replace(event, held);
                claimed.add(held);
            }
            return claimed;
        });
    }

    private static boolean claimable(OutboxEvent event, Instant now) {
        return !event.nextAttemptAt().isAfter(now)
                && event.leaseUntil().map(until -> !until.isAfter(now)).orElse(true);
    }

    @Override
    public int release(String node, List<String> ids) {
        return transactions.write(() -> {
            int released = 0;
            for (String id : ids) {
                OutboxEvent event = events.get(id);
                if (event != null && heldBy(event, node)) {
                    replace(event, with(event, OutboxStatus.PENDING, event.attempts(), event.nextAttemptAt(),
                            event.claimedBy(), Optional.empty(), Optional.empty(), event.lastError()));
                    released++;
                }
            }
            return released;
        });
    }

    @Override
    public int markDelivered(String node, List<String> ids, Instant at) {
        return transactions.write(() -> {
            int marked = 0;
            for (String id : ids) {
                OutboxEvent event = events.get(id);
                if (event != null && heldBy(event, node)) {
                    replace(event, with(event, OutboxStatus.DELIVERED, event.attempts(), event.nextAttemptAt(),
                            event.claimedBy(), Optional.empty(), Optional.of(at), event.lastError()));
                    marked++;
                }
            }
            return marked;
        });
    }

    @Override
    public boolean markFailed(String node, String id, String error, Instant nextAttemptAt, boolean park) {
        return transactions.write(() -> {
            OutboxEvent event = events.get(id);
            if (event == null || !heldBy(event, node)) {
                return false;
            }
            replace(event, with(event, park ? OutboxStatus.PARKED : OutboxStatus.PENDING, event.attempts() + 1,
                    nextAttemptAt, event.claimedBy(), Optional.empty(), Optional.empty(), Optional.of(error)));
            return true;
        });
    }

    @Override
    public boolean retry(String id, Instant now) {
        return transactions.write(() -> {
            OutboxEvent event = events.get(id);
            if (event == null || event.status() != OutboxStatus.PARKED) {
                return false;
            }
            replace(event, with(event, OutboxStatus.PENDING, 0, now, event.claimedBy(), Optional.empty(),
                    Optional.empty(), event.lastError()));
            return true;
        });
    }

    @Override
    public Optional<OutboxEvent> find(String id) {
        return transactions.read(() -> Optional.ofNullable(events.get(id)));
    }

    @Override
    public Page<OutboxEvent> list(Optional<OutboxStatus> status, PageRequest page) {
        return transactions.read(() -> {
            List<OutboxEvent> matching = events.values().stream()
                    .filter(e -> status.map(s -> e.status() == s).orElse(true)).toList();
            int from = (int) Math.min(page.offset(), matching.size());
            int to = (int) Math.min((long) from + page.limit(), matching.size());
            return new Page<>(matching.subList(from, to), matching.size(), page);
        });
    }

    @Override
    public OutboxSummary summary() {
        return transactions.read(() -> {
            Map<OutboxStatus, Long> counts = new HashMap<>();
            Instant oldest = null;
            for (OutboxEvent event : events.values()) {
                counts.merge(event.status(), 1L, Long::sum);
                if (event.status() == OutboxStatus.PENDING
                        && (oldest == null || event.createdAt().isBefore(oldest))) {
                    oldest = event.createdAt();
                }
            }
            return new OutboxSummary(counts.getOrDefault(OutboxStatus.PENDING, 0L),
                    counts.getOrDefault(OutboxStatus.DELIVERED, 0L), counts.getOrDefault(OutboxStatus.PARKED, 0L),
                    Optional.ofNullable(oldest));
        });
    }

    @Override
    public int purgeDelivered(Instant deliveredBefore, int limit) {
        PageRequest.checkLimit(limit);
        return transactions.write(() -> {
            List<OutboxEvent> old = events.values().stream()
                    .filter(e -> e.status() == OutboxStatus.DELIVERED
                            && e.deliveredAt().orElseThrow().isBefore(deliveredBefore))
                    .limit(limit).toList();
            if (!old.isEmpty()) {
                List<OutboxEvent> before = List.copyOf(events.values());
                old.forEach(e -> events.remove(e.id()));
                transactions.onRollback(() -> {
                    events.clear(); // the recording order survives a rollback
                    before.forEach(e -> events.put(e.id(), e));
                });
            }
            return old.size();
        });
    }

    private static boolean heldBy(OutboxEvent event, String node) {
        return event.status() == OutboxStatus.PENDING && event.leaseUntil().isPresent()
                && event.claimedBy().filter(node::equals).isPresent();
    }

    private void replace(OutboxEvent before, OutboxEvent after) {
        put(after); // same key: the linked map keeps the recording order
        transactions.onRollback(() -> put(before));
    }

    private void put(OutboxEvent event) {
        events.put(event.id(), event);
        if (event.status() == OutboxStatus.PENDING) {
            index(event);
        } else {
            unindex(event);
        }
    }

    /** Counts a pending event in its aggregate's queue, as its head when it is the oldest. */
    private void index(OutboxEvent event) {
        long seq = event.sequence();
        if (pending.put(seq, event.id()) != null) {
            return; // already pending: a lease came or went
        }
        List<String> aggregate = List.of(event.aggregateType(), event.aggregateId());
        java.util.TreeSet<Long> queue = queues.computeIfAbsent(aggregate, k -> new java.util.TreeSet<>());
        if (!queue.isEmpty() && queue.first() > seq) {
            heads.remove(queue.first());
        }
        queue.add(seq);
        if (queue.first() == seq) {
            heads.put(seq, aggregate);
        }
    }

    /** An event no longer pending: out of its queue, the next one its aggregate's head. */
    private void unindex(OutboxEvent event) {
        long seq = event.sequence();
        if (pending.remove(seq) == null) {
            return;
        }
        List<String> aggregate = List.of(event.aggregateType(), event.aggregateId());
        java.util.TreeSet<Long> queue = queues.get(aggregate);
        boolean wasHead = queue.first() == seq;
        queue.remove(seq);
        if (wasHead) {
            heads.remove(seq);
            if (queue.isEmpty()) {
                queues.remove(aggregate);
            } else {
                heads.put(queue.first(), aggregate);
            }
        }
    }

    private static OutboxEvent with(OutboxEvent e, OutboxStatus status, int attempts, Instant nextAttemptAt,
                                    Optional<String> claimedBy, Optional<Instant> leaseUntil,
                                    Optional<Instant> deliveredAt, Optional<String> lastError) {
        return new OutboxEvent(e.sequence(), e.id(), e.aggregateType(), e.aggregateId(), e.type(), e.payload(),
                e.createdAt(), status, attempts, nextAttemptAt, claimedBy, leaseUntil, deliveredAt, lastError);
    }
}
