package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lmskit.spi.Page;
import org.lmskit.spi.seats.InactiveMembersQuery;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SessionMemberStore;

final class InMemorySessionMemberStore implements SessionMemberStore {
    private static final Comparator<SessionMemberRecord> ORDER =
            Comparator.comparing(SessionMemberRecord::sessionId).thenComparing(SessionMemberRecord::userId);

    private final InMemoryTransactions tx;
    private final VersionedTable<List<String>, SessionMemberRecord> table;
    private final Map<String, TreeMap<String, SessionMemberRecord>> bySession = new HashMap<>();
    private final Map<String, TreeMap<String, SessionMemberRecord>> byUser = new HashMap<>();

    InMemorySessionMemberStore(InMemoryTransactions tx) {
        this.tx = tx;
        table = new VersionedTable<>("session-member", tx, m -> List.of(m.sessionId(), m.userId()),
                SessionMemberRecord::version, SessionMemberRecord::withVersion);
    }

    @Override
    public Optional<SessionMemberRecord> find(String sessionId, String userId) {
        return table.find(List.of(sessionId, userId));
    }

    @Override
    public SessionMemberRecord insert(SessionMemberRecord member) {
        return tx.write(() -> index(table.insert(member)));
    }

    @Override
    public SessionMemberRecord update(SessionMemberRecord member) {
        return tx.write(() -> index(table.update(member)));
    }

    private SessionMemberRecord index(SessionMemberRecord stored) {
        SessionMemberRecord previous = bySession.computeIfAbsent(stored.sessionId(), k -> new TreeMap<>())
                .put(stored.userId(), stored);
        byUser.computeIfAbsent(stored.userId(), k -> new TreeMap<>()).put(stored.sessionId(), stored);
        tx.onRollback(() -> {
            if (previous == null) {
                bySession.get(stored.sessionId()).remove(stored.userId());
                byUser.get(stored.userId()).remove(stored.sessionId());
            } else {
                bySession.get(stored.sessionId()).put(stored.userId(), previous);
                byUser.get(stored.userId()).put(stored.sessionId(), previous);
            }
        });
        return stored;
    }

    @Override
    public List<SessionMemberRecord> findBySessions(Collection<String> sessionIds) {
        return tx.read(() -> {
            List<SessionMemberRecord> found = new ArrayList<>();
            sessionIds.stream().distinct().sorted().forEach(id -> {
                TreeMap<String, SessionMemberRecord> members = bySession.get(id);
                if (members != null) {
                    found.addAll(members.values());
                }
            });
            return found;
        });
    }

    @Override
    public List<SessionMemberRecord> findByUser(String userId) {
        return tx.read(() -> List.copyOf(byUser.getOrDefault(userId, new TreeMap<>()).values()));
    }

    @Override
    public Page<SessionMemberRecord> findInactive(InactiveMembersQuery query) {
        Set<String> roles = query.roles();
        return InMemoryCertificationStores.page(findBySessions(query.sessionIds()).stream()
                .filter(m -> roles.contains(m.role())
                        && !m.lastConnectionAt().orElse(m.joinedAt()).isAfter(query.quietSince()))
                .sorted(ORDER).toList(), query.page());
    }
}
