package org.lmskit.core.audit;

import org.lmskit.core.domain.Instants;
import org.lmskit.core.domain.Texts;
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
    /** The longest record type, record id or actor id a query may name. */
    public static final int MAX_CRITERION = 300;
    private final AuditTrailStore store;

    public AuditService(AuditTrailStore store) {
        this.store = store;
    }

    /**
     * Audit entries matching the query, oldest first: administrators read all; anyone else only their own actions
     * ({@code audit.read}).
     */
    public Page<AuditEntry> find(Actor actor, AuditQuery query) {
        if (actor == null) {
            throw InvalidInputException.of("actor", "is required");
        }
        if (query == null) {
            throw InvalidInputException.of("query", "is required");
        }
        query.recordType().ifPresent(v -> Texts.line("recordType", v, MAX_CRITERION));
        query.recordId().ifPresent(v -> Texts.line("recordId", v, MAX_CRITERION));
        query.actorId().ifPresent(v -> Texts.line("actor", v, MAX_CRITERION));
        Instants.checkOptional("from", query.from());
        Instants.checkOptional("to", query.to());
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
