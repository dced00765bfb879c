package org.lmskit.core.audit;

import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.AuditTrailStore;

/**
 * Reads the audit trail. An administrator reads everything; anyone else reads only the entries
 * they made themselves.
 */
public final class AuditService {
    private final AuditTrailStore store;

    public AuditService(AuditTrailStore store) {
        this.store = store;
    }

    public Page<AuditEntry> find(Actor actor, AuditQuery query) {
        if (actor == null) {
            throw InvalidInputException.of("actor", "is required");
        }
        if (query == null) {
            throw InvalidInputException.of("query", "is required");
        }
        if (actor.has(Role.ADMINISTRATOR)) {
            return store.find(query);
        }
        if (query.actorId().filter(actor.id().value()::equals).isPresent()) {
            return store.find(query);
        }
        throw new PermissionDeniedException("audit.read",
                "only an administrator reads the audit trail of others; filter on your own actor id");
    }
}
