package org.lmskit.spi.outbox;

import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A recorded event and its delivery state.
 *
 * @param sequence the store's recording order: among the events of one aggregate, the delivery order
 * @param attempts failed deliveries so far (0 once an administrator retries a parked event)
 * @param nextAttemptAt not claimed before this instant (a failed event backs off)
 * @param claimedBy the relay (node) holding it, while its lease holds or since its last claim
 * @param leaseUntil until when the claim holds; after it another relay may claim the event again
 * @param deliveredAt when a relay marked it delivered
 * @param lastError the last delivery failure, shortened
 */
public record OutboxEvent(long sequence, String id, String aggregateType, String aggregateId, String type,
                          String payload, Instant createdAt, OutboxStatus status, int attempts, Instant nextAttemptAt,
                          Optional<String> claimedBy, Optional<Instant> leaseUntil, Optional<Instant> deliveredAt,
                          Optional<String> lastError) {
    public OutboxEvent {
        Required.fields("id aggregateType aggregateId type payload createdAt status nextAttemptAt claimedBy "
                        + "leaseUntil deliveredAt lastError", id, aggregateType, aggregateId, type, payload, createdAt,
                status, nextAttemptAt, claimedBy, leaseUntil, deliveredAt, lastError);
    }
}
