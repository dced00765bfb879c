package org.lmskit.spring.boot;

import org.lmskit.core.Lms;
import org.lmskit.core.event.EventRelay;
import org.springframework.context.SmartLifecycle;

/** Starts the outbox relay's thread with the application and closes it when the application stops. */
public final class EventRelayLifecycle implements SmartLifecycle {
    private final EventRelay relay;
    private boolean running;

    public EventRelayLifecycle(Lms lms) {
        this.relay = lms.events().relay().orElseThrow(() -> new IllegalStateException(
                "lmskit.outbox.enabled=true but the Lms bean was built without an outbox"));
    }

    @Override
    public synchronized void start() {
        relay.start();
        running = true;
    }

    @Override
    public synchronized void stop() {
        relay.close();
        running = false;
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }
}
