package org.lmskit.spi.audit;

import org.lmskit.spi.Page;

/**
 * Append-only audit trail. Entries are never updated or deleted. Safe for concurrent appends;
 * every append gets a distinct id greater than any id already returned.
 */
public interface AuditTrailStore {

    AuditEntry append(NewAuditEntry entry);

    Page<AuditEntry> find(AuditQuery query);
}
