package org.lmskit.spi.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

/**
 * The transactional outbox. {@link #append} joins the caller's transaction, so an event exists exactly when the change
 * it describes committed. Relays on any number of nodes then {@link #claim} batches under a lease, hand them to the
 * host and {@link #markDelivered mark} them, or {@link #markFailed record the failure}.
 *
 * <p>Order: an aggregate's events are claimed as a run from its oldest {@link OutboxStatus#PENDING pending} event,
 * never past one that is not due or held by another lease, so the events of one aggregate are delivered in
 * {@link OutboxEvent#sequence()} order whichever relay claims them, and a backlog of one aggregate drains a batch at a
 * time; a {@link OutboxStatus#PARKED parked} event no longer holds its aggregate back. Claims never overlap: racing
 * claimers never receive the same event while its lease holds, nor events of one aggregate at the same time.
 */
public interface OutboxStore {

    /** Records {@code events} in the transaction in progress, in the list's order; they vanish if it rolls back. */
    void append(List<NewOutboxEvent> events);

    /**
     * Claims up to {@code limit} events for {@code node} and returns them claimed, in recording order. First the heads:
     * the oldest pending event of each aggregate, when it is due ({@code nextAttemptAt <= now}) and free (no lease,
     * or {@code leaseUntil <= now}), oldest first. Then, with the room left, the pending events after those heads in
     * their aggregates, in recording order, each aggregate's run stopping at its first event not due or not free.
     * Each is then held by {@code node} until {@code leaseUntil}.
     */
    List<OutboxEvent> claim(String node, Instant now, Instant leaseUntil, int limit);

    /**
     * Gives back events {@code node} holds without a delivery attempt (the rest of an aggregate's run once one of its
     * events failed): still pending, lease cleared, attempts unchanged. Returns how many it held.
     */
    int release(String node, List<String> ids);

    /**
     * Marks delivered those of {@code ids} that {@code node} still holds (pending, claimed by it); returns how many.
     * An event whose lease ran out and that another node claimed since is left to that node.
     */
    int markDelivered(String node, List<String> ids, Instant at);

    /**
     * Records a failed delivery of an event {@code node} holds: one more attempt, {@code error} kept, the lease
     * released; it stays pending until {@code nextAttemptAt}, or is {@link OutboxStatus#PARKED parked} when
     * {@code park}. Returns false when {@code node} no longer holds it.
     */
    boolean markFailed(String node, String id, String error, Instant nextAttemptAt, boolean park);

    /** A parked event back to pending, due at {@code now}, its attempts reset; false when it is not parked. */
    boolean retry(String id, Instant now);

    Optional<OutboxEvent> find(String id);

    /** The events in {@code status} (every status when empty), oldest first. */
    Page<OutboxEvent> list(Optional<OutboxStatus> status, PageRequest page);

    OutboxSummary summary();

    /** Deletes up to {@code limit} events delivered before {@code deliveredBefore}; returns how many. */
    int purgeDelivered(Instant deliveredBefore, int limit);
}
