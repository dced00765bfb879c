package org.lmskit.core.event;

import java.time.Instant;

/** Marker of every event; each capability declares its own sealed family of records. */
public interface LmsEvent {
    /** When it happened, by the library's clock. */
    Instant occurredAt();
}
