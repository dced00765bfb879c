package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lmskit.spi.Page;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.AuditTrailStore;
import org.lmskit.spi.audit.NewAuditEntry;

final class InMemoryAuditTrailStore implements AuditTrailStore {
    private static final Comparator<AuditEntry> CHRONOLOGICAL =
            Comparator.comparing(AuditEntry::occurredAt).thenComparingLong(AuditEntry::id);

    private final InMemoryTransactions transactions;
    private final List<AuditEntry> entries = new ArrayList<>();
    private long lastId;

    InMemoryAuditTrailStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AuditEntry append(NewAuditEntry entry) {
        return transactions.write(() -> {
            AuditEntry stored = AuditEntry.of(++lastId, entry);
            entries.add(stored);
            transactions.onRollback(() -> entries.remove(stored));
            return stored;
        });
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query) {
        return transactions.read(() -> {
            Comparator<AuditEntry> order = query.direction() == SortDirection.ASCENDING
                    ? CHRONOLOGICAL : CHRONOLOGICAL.reversed();
            List<AuditEntry> matching = entries.stream().filter(e -> matches(query, e)).sorted(order).toList();
            int from = Math.min(query.page().offset(), matching.size());
            int to = Math.min(from + query.page().limit(), matching.size());
            return new Page<>(matching.subList(from, to), matching.size(), query.page());
        });
    }

    private static boolean matches(AuditQuery q, AuditEntry e) {
        return q.recordType().map(e.recordType()::equals).orElse(true)
                && q.recordId().map(e.recordId()::equals).orElse(true)
                && q.actorId().map(e.actorId()::equals).orElse(true)
                && q.from().map(f -> !e.occurredAt().isBefore(f)).orElse(true)
                && q.to().map(t -> e.occurredAt().isBefore(t)).orElse(true);
    }
}
