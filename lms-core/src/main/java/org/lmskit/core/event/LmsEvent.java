package org.lmskit.core.event;

import java.time.Instant;

/** Marker of every event; each capability declares its own sealed family of records. */
public interface LmsEvent {
    Instant occurredAt();
}
