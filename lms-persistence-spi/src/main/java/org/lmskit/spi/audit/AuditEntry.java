package org.lmskit.spi.audit;

import java.time.Instant;
import java.util.List;

/** A stored audit entry. Ids grow with each append, so they order entries of the same instant. */
public record AuditEntry(long id, Instant occurredAt, String actorId, String recordType, String recordId,
                         String action, List<FieldChange> changes) {
    public AuditEntry {
        changes = List.copyOf(changes);
    }

    public static AuditEntry of(long id, NewAuditEntry entry) {
        return new AuditEntry(id, entry.occurredAt(), entry.actorId(), entry.recordType(), entry.recordId(),
                entry.action(), entry.changes());
    }
}
