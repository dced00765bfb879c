package org.lmskit.core.event;

import org.apiguardian.api.API;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * How the outbox relay delivers (docs/events.md).
 *
 * @param node this relay's name in claims: unique per running node (a host name and process id, say)
 * @param batchSize events claimed at once, 1 to 1,000
 * @param lease how long a claim holds before another node may claim the event again: longer than the publisher takes
 *              for a batch
 * @param pollInterval how often the relay's thread looks for due events when no write woke it
 * @param firstBackOff the wait after a first failed delivery; it doubles with each failure up to {@code maxBackOff}
 * @param maxAttempts failed deliveries after which an event is parked
 * @param retention how long delivered events are kept before the relay purges them
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record OutboxSettings(String node, int batchSize, Duration lease, Duration pollInterval, Duration firstBackOff,
                             Duration maxBackOff, int maxAttempts, Duration retention) {
    /** The longest node name. */
    public static final int MAX_NODE = 200;

    public OutboxSettings {
        Objects.requireNonNull(node, "node");
        if (node.isBlank() || node.length() > MAX_NODE || node.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("node must hold 1 to " + MAX_NODE + " printable characters");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batchSize must be 1 to 1000, was " + batchSize);
        }
        between("lease", lease, Duration.ofSeconds(1), Duration.ofDays(1));
        between("pollInterval", pollInterval, Duration.ofMillis(10), Duration.ofDays(1));
        between("firstBackOff", firstBackOff, Duration.ofMillis(1), Duration.ofDays(1));
        between("maxBackOff", maxBackOff, firstBackOff, Duration.ofDays(7));
        if (maxAttempts < 1 || maxAttempts > 1000) {
            throw new IllegalArgumentException("maxAttempts must be 1 to 1000, was " + maxAttempts);
        }
        between("retention", retention, Duration.ZERO, Duration.ofDays(3650));
    }

    /**
     * A relay named after a fresh UUID, batches of 100, a 30 s lease, a 1 s poll, back-off from 1 s doubling to 5 min,
     * parked after 10 failures, delivered events kept 7 days.
     */
    public static OutboxSettings ofDefaults() {
        return new OutboxSettings("relay-" + UUID.randomUUID(), 100, Duration.ofSeconds(30), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofMinutes(5), 10, Duration.ofDays(7));
    }

    /** These settings for the relay named {@code node}. */
    public OutboxSettings withNode(String node) {
        return new OutboxSettings(node, batchSize, lease, pollInterval, firstBackOff, maxBackOff, maxAttempts,
                retention);
    }

    /** The wait before the next try after {@code failures} failed deliveries. */
    public Duration backOffAfter(int failures) {
        Duration wait = firstBackOff;
        for (int i = 1; i < failures && wait.compareTo(maxBackOff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
    }

    private static void between(String name, Duration value, Duration min, Duration max) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was " + value);
        }
    }
}
