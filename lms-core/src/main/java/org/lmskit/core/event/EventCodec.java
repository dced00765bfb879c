package org.lmskit.core.event;

import org.apiguardian.api.API;
import java.util.Set;

/**
 * Turns events into the outbox's recorded form and back: a type name, an aggregate (what the relay keeps in order)
 * and a JSON payload. The library's own is {@code org.lmskit.core.StandardEventCodec.standard()} (docs/events.md).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface EventCodec {

    /** An event ready for the outbox. */
    record Encoded(String type, String aggregateType, String aggregateId, String payload) {
    }

    /** Every type name the codec knows. */
    Set<String> types();

    /** The event's type, aggregate and JSON. */
    Encoded encode(LmsEvent event);

    /**
     * The event of {@code type} that {@code payload} holds; {@link IllegalArgumentException} naming what is wrong when
     * the type is unknown (written by a newer version, say) or the payload does not make that event.
     */
    LmsEvent decode(String type, String payload);
}
