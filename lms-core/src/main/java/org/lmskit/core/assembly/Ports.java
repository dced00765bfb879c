package org.lmskit.core.assembly;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.EventRelay;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.spi.StorageProvider;

/**
 * What the host plugs into the library, as every capability receives it: the storage, the clock every "now"
 * comes from, where events and messages go, the organisation chart and where new ids come from. {@code Lms}
 * builds it from its builder and hands it to each capability's {@code assemble}.
 *
 * @param ids a supplier of fresh record ids (random UUIDs by default)
 * @param outbox when present, a change's events are recorded in the storage's outbox in its transaction and this
 *               relay delivers them; when empty, they go to {@code events} after the commit
 * @param observer hears every operation's duration and outcome, refusals and the daily job, for metrics
 *                 ({@link LmsObserver#NONE}: nothing is measured)
 */
public record Ports(StorageProvider storage, Clock clock, EventPublisher events, Notifier notifier,
                    Directory directory, Supplier<String> ids, Optional<EventRelay> outbox, LmsObserver observer) {
    /** Ports without an observer. */
    public Ports(StorageProvider storage, Clock clock, EventPublisher events, Notifier notifier, Directory directory,
                 Supplier<String> ids, Optional<EventRelay> outbox) {
        this(storage, clock, events, notifier, directory, ids, outbox, LmsObserver.NONE);
    }

    /** Ports without the outbox: events go to {@code events} after the commit. */
    public Ports(StorageProvider storage, Clock clock, EventPublisher events, Notifier notifier, Directory directory,
                 Supplier<String> ids) {
        this(storage, clock, events, notifier, directory, ids, Optional.empty());
    }

    public Ports {
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(observer, "observer");
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(ids, "ids");
    }
}
