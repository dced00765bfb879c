package org.lmskit.spi.audit;

import java.time.Instant;
import java.util.Optional;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.Required;

/**
 * Criteria for reading the audit trail; every criterion given must hold. Results are ordered by
 * {@code occurredAt} then {@code id}, in {@code direction}.
 *
 * @param recordType only entries about this kind of record (empty: any)
 * @param recordId only entries about this record; needs {@code recordType}
 * @param actorId only entries made by this actor
 * @param from only entries at or after this instant
 * @param to only entries strictly before this instant
 */
public record AuditQuery(Optional<String> recordType, Optional<String> recordId, Optional<String> actorId,
                         Optional<Instant> from, Optional<Instant> to, SortDirection direction, PageRequest page) {
    public AuditQuery {
        Required.fields("recordType recordId actorId from to direction page",
                recordType, recordId, actorId, from, to, direction, page);
        if (recordId.isPresent() && recordType.isEmpty()) {
            throw new IllegalArgumentException("recordId needs recordType");
        }
    }

    public static AuditQuery byRecord(String recordType, String recordId) {
        return new AuditQuery(Optional.of(recordType), Optional.of(recordId), Optional.empty(), Optional.empty(),
                Optional.empty(), SortDirection.ASCENDING, PageRequest.first(100));
    }

    public static AuditQuery byActor(String actorId) {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.of(actorId), Optional.empty(),
                Optional.empty(), SortDirection.ASCENDING, PageRequest.first(100));
    }

    public static AuditQuery all() {
        return new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), SortDirection.ASCENDING, PageRequest.first(100));
    }

    public AuditQuery between(Instant fromInclusive, Instant toExclusive) {
        return new AuditQuery(recordType, recordId, actorId, Optional.ofNullable(fromInclusive),
                Optional.ofNullable(toExclusive), direction, page);
    }

    public AuditQuery newestFirst() {
        return new AuditQuery(recordType, recordId, actorId, from, to, SortDirection.DESCENDING, page);
    }

    public AuditQuery page(int offset, int limit) {
        return new AuditQuery(recordType, recordId, actorId, from, to, direction, new PageRequest(offset, limit));
    }

    public AuditQuery withActor(String actor) {
        return new AuditQuery(recordType, recordId, Optional.ofNullable(actor), from, to, direction, page);
    }
}
