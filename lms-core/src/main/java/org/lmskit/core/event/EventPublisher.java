package org.lmskit.core.event;

/**
 * Where the library sends its events.
 *
 * <p>By default an event is handed to {@link #publish} after the change has committed, on the caller's thread, at most
 * once: a process that dies between the commit and the hand-over loses it. With the outbox on
 * ({@code Lms.builder().outbox(...)}) the event is recorded in the change's own transaction and the
 * {@link EventRelay} hands it to {@link #deliver} at least once, in order per aggregate, from the relay's thread; a
 * publisher that throws there gets the event again later. Refusals are not changes: they are published at once either
 * way.
 */
@FunctionalInterface
public interface EventPublisher {

    /**
     * Receives an event once the change it describes has committed (a refusal at once). Without the outbox it must not
     * throw back into the library's caller; under the relay, throwing means "not delivered, try again".
     */
    void publish(LmsEvent event);

    /**
     * Receives an event the outbox relay delivers, with its stable id for de-duplication; by default passes the event
     * to {@link #publish}. Throwing leaves the event pending: it is retried with back-off, then parked.
     */
    default void deliver(EventEnvelope envelope) {
        publish(envelope.event());
    }

    /** Drops every event. */
    static EventPublisher noop() {
        return event -> {
        };
    }
}
