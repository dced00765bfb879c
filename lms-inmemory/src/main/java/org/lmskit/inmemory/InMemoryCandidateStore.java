package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import com.google.common.collect.HashMultimap;
import com.google.common.collect.SetMultimap;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.recruitment.CandidateQuery;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.CandidateStore;
import static org.lmskit.inmemory.InMemoryRecruitmentStores.*;

final class InMemoryCandidateStore extends VersionedStore<String, CandidateRecord> implements CandidateStore {
    private final TreeMap<List<String>, Entry> byName = new TreeMap<>(NAME_ORDER);
    /** The same entries by id, so a portfolio search joins each card to its candidate in one hash lookup. */
    private final java.util.HashMap<String, Entry> byId = new java.util.HashMap<>();
    private final SetMultimap<String, String> cardedByCompany = HashMultimap.create();
    private volatile Pool pool;

    InMemoryCandidateStore(InMemoryTransactions tx) {
        super("candidate", tx, CandidateRecord::candidateId, CandidateRecord::version,
                CandidateRecord::withVersion);
    }

    @Override
    public List<CandidateRecord> findAll(Collection<String> candidateIds) {
        return table.findAll(candidateIds.stream().distinct().sorted().toList());
    }

    @Override
    public CandidateRecord insert(CandidateRecord candidate) {
        return tx.write(() -> index(null, table.insert(candidate)));
    }

    @Override
    public CandidateRecord update(CandidateRecord candidate) {
        return tx.write(() -> {
            CandidateRecord previous = table.find(candidate.candidateId()).orElse(null);
            return index(previous, table.update(candidate));
        });
    }

    private CandidateRecord index(CandidateRecord previous, CandidateRecord stored) {
        if (previous != null) {
            byName.remove(nameKey(previous));
        }
        Entry entry = Entry.of(stored);
        byName.put(nameKey(stored), entry);
        byId.put(stored.candidateId(), entry);
        pool = null;
        tx.onRollback(() -> {
            pool = null;
            byName.remove(nameKey(stored));
            byId.remove(stored.candidateId());
            if (previous != null) {
                Entry restored = Entry.of(previous);
                byName.put(nameKey(previous), restored);
                byId.put(previous.candidateId(), restored);
            }
        });
        return stored;
    }

    Optional<Entry> entry(String candidateId) {
        return Optional.ofNullable(byId.get(candidateId));
    }

    void carded(String companyId, String candidateId) {
        if (cardedByCompany.put(companyId, candidateId)) {
            tx.onRollback(() -> cardedByCompany.remove(companyId, candidateId));
        }
    }

    @Override
    public Page<CandidateRecord> search(CandidateQuery q) {
        return tx.read(() -> {
            Set<String> hidden = q.hideCardedBy().map(cardedByCompany::get).orElse(Set.of());
            Pool pool = pool();
            PoolFilter filter = new PoolFilter(q, pool);
            PageRequest page = q.page();
            List<CandidateRecord> items = new ArrayList<>(Math.min(page.limit(), 64));
            long total = 0;
            for (int i = 0; i < pool.size; i++) {
                if (!filter.test(pool, i) || hidden.contains(pool.entries[i].record().candidateId())) {
                    continue;
                }
                if (total >= page.offset() && items.size() < page.limit()) {
                    items.add(pool.entries[i].record());
                }
                total++;
            }
            return new Page<>(items, total, page);
        });
    }

    /** The pool in name order, column by column; rebuilt on the first read after a write. */
    private Pool pool() {
        Pool snapshot = pool;
        if (snapshot == null) {
            synchronized (this) {
                snapshot = pool;
                if (snapshot == null) {
                    snapshot = new Pool(byName.values().toArray(Entry[]::new));
                    pool = snapshot;
                }
            }
        }
        return snapshot;
    }
}
