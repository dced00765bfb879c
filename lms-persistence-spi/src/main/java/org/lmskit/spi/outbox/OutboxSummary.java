package org.lmskit.spi.outbox;

import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * How many events are in each state, and since when the oldest pending one waits (the relay's lag).
 */
public record OutboxSummary(long pending, long delivered, long parked, Optional<Instant> oldestPending) {
    public OutboxSummary {
        Required.fields("oldestPending", oldestPending);
    }
}
