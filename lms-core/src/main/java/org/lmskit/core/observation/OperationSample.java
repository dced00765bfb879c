package org.lmskit.core.observation;

import java.time.Duration;
import java.util.Objects;

/**
 * One operation, as an {@link LmsObserver} hears it.
 *
 * @param capability the capability it belongs to: {@code competency}, {@code adaptive}, {@code recruitment},
 *                   {@code seats} or {@code certification}
 * @param operation  the service and method that ran it, e.g. {@code Positionings.record}
 * @param write      whether it could change data (a write transaction), or was a view (a read-only one)
 * @param took       how long it took, transaction included, measured with {@link System#nanoTime()}
 * @param outcome    how it ended
 */
public record OperationSample(String capability, String operation, boolean write, Duration took, Outcome outcome) {
    public OperationSample {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(took, "took");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How an operation ended: done, or which kind of the library's refusal (its HTTP status in the reference app). */
    public enum Outcome {
        /** Done. */
        OK,
        /** Refused as invalid input (400). */
        INVALID,
        /** The actor may not do it (403). */
        DENIED,
        /** Something it names does not exist (404). */
        NOT_FOUND,
        /** A stale version or a duplicate (409). */
        CONFLICT,
        /** A business rule refused it (422). */
        REFUSED,
        /** Anything else: a failure of the storage or of the host's ports. */
        ERROR
    }
}
