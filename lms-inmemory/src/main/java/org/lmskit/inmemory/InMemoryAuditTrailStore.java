package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    // indexes so a query by record or by actor reads only its own entries, not the whole trail
    private final Map<List<String>, List<AuditEntry>> byRecord = new HashMap<>();
    private final Map<String, List<AuditEntry>> byActor = new HashMap<>();
    private long lastId;

    InMemoryAuditTrailStore(InMemoryTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AuditEntry append(NewAuditEntry entry) {
        return transactions.write(() -> {
            AuditEntry stored = AuditEntry.of(++lastId, entry);
            entries.add(stored);
            byRecord.computeIfAbsent(List.of(stored.recordType(), stored.recordId()), k -> new ArrayList<>()).add(stored);
            byActor.computeIfAbsent(stored.actorId(), k -> new ArrayList<>()).add(stored);
            transactions.onRollback(() -> {
                entries.remove(stored);
                byRecord.get(List.of(stored.recordType(), stored.recordId())).remove(stored);
                byActor.get(stored.actorId()).remove(stored);
            });
            return stored;
        });
    }

    @Override
    public Page<AuditEntry> find(AuditQuery query) {
        return transactions.read(() -> {
            Comparator<AuditEntry> order = query.direction() == SortDirection.ASCENDING
                    ? CHRONOLOGICAL : CHRONOLOGICAL.reversed();
            List<AuditEntry> matching = candidates(query).stream().filter(e -> matches(query, e)).sorted(order).toList();
            int from = Math.min(query.page().offset(), matching.size());
            int to = Math.min(from + query.page().limit(), matching.size());
            return new Page<>(matching.subList(from, to), matching.size(), query.page());
        });
    }

    private List<AuditEntry> candidates(AuditQuery query) {
        if (query.recordType().isPresent() && query.recordId().isPresent()) {
            return byRecord.getOrDefault(List.of(query.recordType().get(), query.recordId().get()), List.of());
        }
        if (query.actorId().isPresent()) {
            return byActor.getOrDefault(query.actorId().get(), List.of());
        }
        return entries;
    }

    private static boolean matches(AuditQuery q, AuditEntry e) {
        return q.recordType().map(e.recordType()::equals).orElse(true)
                && q.recordId().map(e.recordId()::equals).orElse(true)
                && q.actorId().map(e.actorId()::equals).orElse(true)
                && q.from().map(f -> !e.occurredAt().isBefore(f)).orElse(true)
                && q.to().map(t -> e.occurredAt().isBefore(t)).orElse(true);
    }
}
