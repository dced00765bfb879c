package org.lmskit.inmemory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.seats.RotationDueQuery;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SeatSessionStore;

final class InMemorySeatSessionStore extends VersionedStore<String, SeatSessionRecord> implements SeatSessionStore {
    // ordered by id, so the daily job's keyset pages are a tail map
    private final TreeMap<String, SeatSessionRecord> byId = new TreeMap<>();
    private final Map<String, String> idByReference = new HashMap<>();

    InMemorySeatSessionStore(InMemoryTransactions tx) {
        super("seat-session", tx, SeatSessionRecord::sessionId, SeatSessionRecord::version,
                SeatSessionRecord::withVersion);
    }

    @Override
    public Optional<SeatSessionRecord> findByReference(String reference) {
        return tx.read(() -> Optional.ofNullable(idByReference.get(reference)).map(byId::get));
    }

    @Override
    public SeatSessionRecord insert(SeatSessionRecord session) {
        return tx.write(() -> {
            if (idByReference.containsKey(session.reference())) {
                throw new DuplicateKeyException("seat-session", session.reference());
            }
            SeatSessionRecord stored = table.insert(session);
            idByReference.put(stored.reference(), stored.sessionId());
            byId.put(stored.sessionId(), stored);
            tx.onRollback(() -> {
                idByReference.remove(stored.reference());
                byId.remove(stored.sessionId());
            });
            return stored;
        });
    }

    @Override
    public SeatSessionRecord update(SeatSessionRecord session) {
        return tx.write(() -> {
            SeatSessionRecord previous = byId.get(session.sessionId());
            String otherId = idByReference.get(session.reference());
            if (otherId != null && !otherId.equals(session.sessionId())) {
                throw new DuplicateKeyException("seat-session", session.reference());
            }
            SeatSessionRecord stored = table.update(session);
            idByReference.remove(previous.reference());
            idByReference.put(stored.reference(), stored.sessionId());
            byId.put(stored.sessionId(), stored);
            tx.onRollback(() -> {
                idByReference.remove(stored.reference());
                idByReference.put(previous.reference(), previous.sessionId());
                byId.put(previous.sessionId(), previous);
            });
            return stored;
        });
    }

    @Override
    public Page<SeatSessionRecord> findByCompany(String companyId, PageRequest page) {
        return tx.read(() -> InMemoryCertificationStores.page(byId.values().stream()
                .filter(s -> s.companyId().equals(companyId))
                .sorted(Comparator.comparing(SeatSessionRecord::reference)).toList(), page));
    }

    @Override
    public List<SeatSessionRecord> findRunning(String companyId, LocalDate day) {
        return tx.read(() -> byId.values().stream()
                .filter(s -> s.companyId().equals(companyId) && !day.isBefore(s.startDate())
                        && !day.isAfter(s.expiryDate()))
                .toList());
    }

    @Override
    public List<SeatSessionRecord> findRotationDue(RotationDueQuery query) {
        return tx.read(() -> {
            Collection<SeatSessionRecord> tail = query.after().isPresent()
                    ? byId.tailMap(query.after().get(), false).values() : byId.values();
            List<SeatSessionRecord> due = new ArrayList<>(Math.min(query.limit(), 1024));
            LocalDate day = query.day();
            for (SeatSessionRecord s : tail) {
                if (s.type().equals("SLOTS") && !s.rotationMode().equals("NONE") && !day.isBefore(s.startDate())
                        && !day.isAfter(s.expiryDate())
                        && s.lastRotatedOn().map(last -> last.isBefore(day)).orElse(true)) {
                    due.add(s);
                    if (due.size() == query.limit()) {
                        break;
                    }
                }
            }
            return due;
        });
    }
}
