package org.lmskit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.CardQuery;
import org.lmskit.spi.recruitment.CardSort;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.NameKey;
import org.lmskit.spi.recruitment.FollowUpCardStore;
import static org.lmskit.inmemory.InMemoryRecruitmentStores.*;

final class InMemoryFollowUpCardStore extends VersionedStore<String, FollowUpCardRecord>
        implements FollowUpCardStore {
    private final InMemoryCandidateStore candidates;
    private final Map<List<String>, String> idByCandidate = new HashMap<>();
    private final Map<String, Map<String, FollowUpCardRecord>> byCompany = new HashMap<>();
    private final Map<List<String>, Map<String, FollowUpCardRecord>> byCreator = new HashMap<>();

    InMemoryFollowUpCardStore(InMemoryTransactions tx, InMemoryCandidateStore candidates) {
        super("follow-up-card", tx, FollowUpCardRecord::cardId, FollowUpCardRecord::version,
                FollowUpCardRecord::withVersion);
        this.candidates = candidates;
    }

    @Override
    public Optional<FollowUpCardRecord> findByCandidate(String companyId, String candidateId) {
        return tx.read(() -> Optional.ofNullable(idByCandidate.get(List.of(companyId, candidateId)))
                .flatMap(table::find));
    }

    @Override
    public FollowUpCardRecord insert(FollowUpCardRecord card) {
        return tx.write(() -> {
            List<String> pair = List.of(card.companyId(), card.candidateId());
            if (idByCandidate.containsKey(pair)) {
                throw new DuplicateKeyException("follow-up-card", card.companyId() + "/" + card.candidateId());
            }
            FollowUpCardRecord stored = table.insert(card);
            idByCandidate.put(pair, stored.cardId());
            tx.onRollback(() -> idByCandidate.remove(pair));
            candidates.carded(stored.companyId(), stored.candidateId());
            return index(null, stored);
        });
    }

    @Override
    public FollowUpCardRecord update(FollowUpCardRecord card) {
        return tx.write(() -> {
            FollowUpCardRecord previous = table.find(card.cardId()).orElse(null);
            if (previous != null && (!previous.companyId().equals(card.companyId())
                    || !previous.candidateId().equals(card.candidateId())
                    || !previous.createdBy().equals(card.createdBy()))) {
                // the SQL adapter keys its update on them too: a card that would move is not the stored one
                throw new org.lmskit.spi.StaleVersionException("follow-up-card", card.cardId(), card.version());
            }
            return index(previous, table.update(card));
        });
    }

    private FollowUpCardRecord index(FollowUpCardRecord previous, FollowUpCardRecord stored) {
        Map<String, FollowUpCardRecord> company = byCompany.computeIfAbsent(stored.companyId(), k -> new HashMap<>());
        Map<String, FollowUpCardRecord> creator = byCreator.computeIfAbsent(
                List.of(stored.companyId(), stored.createdBy()), k -> new HashMap<>());
        company.put(stored.cardId(), stored);
        creator.put(stored.cardId(), stored);
        tx.onRollback(() -> {
            if (previous == null) {
                company.remove(stored.cardId());
                creator.remove(stored.cardId());
            } else {
                company.put(previous.cardId(), previous);
                creator.put(previous.cardId(), previous);
            }
        });
        return stored;
    }

    @Override
    public boolean hasOverdue(String companyId, String createdBy, Instant now) {
        return tx.read(() -> {
            for (FollowUpCardRecord card : byCreator.getOrDefault(List.of(companyId, createdBy), Map.of()).values()) {
                if (card.dueAt().isPresent() && card.dueAt().get().isBefore(now)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public Page<FollowUpCardRecord> search(CardQuery q) {
        return tx.read(() -> {
            Optional<String> name = q.nameContains().map(NameKey::of);
            boolean candidateCriteria = name.isPresent() || !q.areas().isEmpty() || !q.currentJobs().isEmpty()
                    || !q.classifications().isEmpty() || !q.skillThemes().isEmpty() || !q.masteries().isEmpty();
            List<FollowUpCardRecord> found = new ArrayList<>();
            for (FollowUpCardRecord card : byCompany.getOrDefault(q.companyId(), Map.of()).values()) {
                if (matches(q, card) && (!candidateCriteria || candidates.entry(card.candidateId())
                        .filter(e -> candidateMatches(q, name, e)).isPresent())) {
                    found.add(card);
                }
            }
            found.sort(order(q.sort(), q.direction()));
            return InMemoryCertificationStores.page(found, q.page());
        });
    }

    private static boolean matches(CardQuery q, FollowUpCardRecord card) {
        return oneOf(q.createdBy(), card.createdBy())
                && oneOf(q.statuses(), card.status())
                && oneOf(q.results(), card.result())
                && anyOf(q.actions(), card.actions())
                && q.nonResponse().map(flag -> flag == card.nonResponse()).orElse(true)
                && q.createdFrom().map(from -> !card.createdAt().isBefore(from)).orElse(true)
                && q.dueBefore().map(before -> card.dueAt().filter(due -> due.isBefore(before)).isPresent())
                .orElse(true);
    }

    private static boolean candidateMatches(CardQuery q, Optional<String> name, Entry e) {
        CandidateRecord c = e.record();
        return oneOf(q.areas(), c.area())
                && oneOf(q.classifications(), c.classification())
                && anyOf(q.currentJobs(), c.currentJobs())
                && skills(q.skillThemes(), q.masteries(), c.skills())
                && name.map(e::nameContains).orElse(true);
    }

    private static Comparator<FollowUpCardRecord> order(CardSort sort, SortDirection direction) {
        Comparator<Instant> instants = direction == SortDirection.ASCENDING
                ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Comparator<FollowUpCardRecord> primary = sort == CardSort.CREATED
                ? Comparator.comparing(FollowUpCardRecord::createdAt, instants)
                : Comparator.comparing((FollowUpCardRecord c) -> c.dueAt().orElse(null),
                Comparator.nullsLast(instants));
        Comparator<String> ids = direction == SortDirection.ASCENDING
                ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return primary.thenComparing(FollowUpCardRecord::cardId, ids);
    }
}
