package org.lmskit.core.event;

import org.apiguardian.api.API;
import java.util.Objects;

/**
 * An event as the outbox relay delivers it: with the stable id it was recorded under (the same on every delivery, so a
 * consumer de-duplicates by it), its type and its aggregate.
 *
 * @param id a UUID, stable across deliveries
 * @param attempt 1 on the first delivery, one more for each failed delivery before it (a delivery whose lease ran
 *                out is not counted: it may arrive again with the same attempt)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record EventEnvelope(String id, String type, String aggregateType, String aggregateId, int attempt,
                            LmsEvent event) {
    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateType, "aggregateType");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(event, "event");
    }
}
