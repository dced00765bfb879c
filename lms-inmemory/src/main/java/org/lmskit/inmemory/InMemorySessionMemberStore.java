package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import com.google.common.collect.TreeBasedTable;
import org.lmskit.spi.Page;
import org.lmskit.spi.seats.InactiveMembersQuery;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SessionMemberStore;

final class InMemorySessionMemberStore extends VersionedStore<List<String>, SessionMemberRecord>
        implements SessionMemberStore {
    private static final Comparator<SessionMemberRecord> ORDER =
            Comparator.comparing(SessionMemberRecord::sessionId).thenComparing(SessionMemberRecord::userId);

    /** (session, user) -> member and (user, session) -> member, each sorted, for the two ways members are read. */
    private final TreeBasedTable<String, String, SessionMemberRecord> bySession = TreeBasedTable.create();
    private final TreeBasedTable<String, String, SessionMemberRecord> byUser = TreeBasedTable.create();

    InMemorySessionMemberStore(InMemoryTransactions tx) {
        super("session-member", tx, m -> List.of(m.sessionId(), m.userId()),
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
        SessionMemberRecord previous = bySession.put(stored.sessionId(), stored.userId(), stored);
        byUser.put(stored.userId(), stored.sessionId(), stored);
        tx.onRollback(() -> {
            if (previous == null) {
                bySession.remove(stored.sessionId(), stored.userId());
                byUser.remove(stored.userId(), stored.sessionId());
            } else {
                bySession.put(stored.sessionId(), stored.userId(), previous);
                byUser.put(stored.userId(), stored.sessionId(), previous);
            }
        });
        return stored;
    }

    @Override
    public List<SessionMemberRecord> findBySessions(Collection<String> sessionIds) {
        return tx.read(() -> {
            List<SessionMemberRecord> found = new ArrayList<>();
            sessionIds.stream().distinct().sorted().forEach(id -> found.addAll(bySession.row(id).values()));
            return found;
        });
    }

    @Override
    public List<SessionMemberRecord> findByUser(String userId) {
        return tx.read(() -> List.copyOf(byUser.row(userId).values()));
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
