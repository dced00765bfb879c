package org.lmskit.core.event;

/**
 * Where the library sends its events. Called after the change has committed, on the caller's
 * thread; an implementation that fails does not undo the change, so it should not throw.
 */
@FunctionalInterface
public interface EventPublisher {

    void publish(LmsEvent event);

    static EventPublisher noop() {
        return event -> {
        };
    }
}
