package org.lmskit.spi.outbox;

/** Where an outbox event is in its delivery. */
public enum OutboxStatus {
    /** Recorded, not yet delivered: due at its next attempt, or held by a relay's lease meanwhile. */
    PENDING,
    /** Handed to the host's publisher; kept until the retention purges it. */
    DELIVERED,
    /** Failed too many times: set aside, no longer blocking its aggregate, until an administrator retries it. */
    PARKED
}
