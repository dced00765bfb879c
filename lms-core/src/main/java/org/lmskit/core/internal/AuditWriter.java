package org.lmskit.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditTrailStore;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.audit.NewAuditEntry;

/** Appends what a service changed, stamped with the injected clock at the stores' microsecond precision. */
public final class AuditWriter {
    private final AuditTrailStore store;
    private final Clock clock;

    public AuditWriter(AuditTrailStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    public AuditEntry record(Actor actor, String recordType, String recordId, String action, List<FieldChange> changes) {
        return store.append(new NewAuditEntry(now(), actor.id().value(), recordType, recordId, action, changes));
    }
}
