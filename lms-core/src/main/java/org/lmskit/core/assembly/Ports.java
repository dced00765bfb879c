package org.lmskit.core.assembly;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.notification.Notifier;
import org.lmskit.spi.StorageProvider;

/**
 * What the host plugs into the library, as every capability receives it: the storage, the clock every "now"
 * comes from, where events and messages go, the organisation chart and where new ids come from. {@code Lms}
 * builds it from its builder and hands it to each capability's {@code assemble}.
 *
 * @param ids a supplier of fresh record ids (random UUIDs by default)
 */
public record Ports(StorageProvider storage, Clock clock, EventPublisher events, Notifier notifier,
                    Directory directory, Supplier<String> ids) {
    public Ports {
        Objects.requireNonNull(storage, "storage");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(notifier, "notifier");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(ids, "ids");
    }
}
