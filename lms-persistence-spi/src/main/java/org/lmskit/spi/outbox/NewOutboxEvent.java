package org.lmskit.spi.outbox;

import java.time.Instant;
import org.lmskit.spi.Required;

/**
 * An event to record with the change it describes.
 *
 * @param id the event's stable id (a UUID), the same on every delivery, so a consumer can de-duplicate
 * @param aggregateType what the event is about, e.g. {@code learner}, {@code card}, {@code session}
 * @param aggregateId which one; events of one aggregate are delivered in the order they were recorded
 * @param type the event's kind, e.g. {@code CompetencyEvent.Positioned}
 * @param payload the event as a JSON object
 */
public record NewOutboxEvent(String id, String aggregateType, String aggregateId, String type, String payload,
                             Instant createdAt) {
    /** The longest aggregate type, aggregate id or type: the 255 characters Debezium's outbox table allows. */
    public static final int MAX_NAME = 255;

    public NewOutboxEvent {
        Required.fields("id aggregateType aggregateId type payload createdAt",
                id, aggregateType, aggregateId, type, payload, createdAt);
        if (!java.util.UUID.fromString(id).toString().equals(id)) {
            throw new IllegalArgumentException("id must be a UUID in its canonical lower-case form, was " + id);
        }
        for (String text : new String[] {aggregateType, aggregateId, type}) {
            if (text.isEmpty() || text.length() > MAX_NAME) {
                throw new IllegalArgumentException("aggregate type, aggregate id and type hold 1 to " + MAX_NAME
                        + " characters, was " + text.length());
            }
        }
    }
}
