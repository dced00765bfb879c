package org.lmskit.core.event;

/**
 * Where the library sends its events. Called after the change has committed, on the caller's
 * thread; an implementation that fails does not undo the change, so it should not throw.
 */
@FunctionalInterface
public interface EventPublisher {

    /**
     * Receives an event once the change it describes has committed (a refusal at once); must not throw back into the
     * library's caller.
     */
    void publish(LmsEvent event);

    /** Drops every event. */
    static EventPublisher noop() {
        return event -> {
        };
    }
}
