package org.lmskit.spi.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An audit entry about to be appended; the store gives it its id.
 *
 * @param occurredAt when the change happened; stores keep microsecond precision
 * @param actorId who made it
 * @param recordType the kind of record changed, e.g. {@code grading-table}
 * @param recordId which one
 * @param action what was done, e.g. {@code created}, {@code updated}, {@code unlocked}
 */
public record NewAuditEntry(Instant occurredAt, String actorId, String recordType, String recordId,
                            String action, List<FieldChange> changes) {
    public NewAuditEntry {
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireText(actorId, "actorId");
        requireText(recordType, "recordType");
        requireText(recordId, "recordId");
        requireText(action, "action");
        changes = List.copyOf(changes);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
