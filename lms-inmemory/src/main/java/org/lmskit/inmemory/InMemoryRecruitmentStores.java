package org.lmskit.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.SortDirection;
import org.lmskit.spi.recruitment.CandidateQuery;
import org.lmskit.spi.recruitment.CandidateRecord;
import org.lmskit.spi.recruitment.CandidateStore;
import org.lmskit.spi.recruitment.CardQuery;
import org.lmskit.spi.recruitment.CardSort;
import org.lmskit.spi.recruitment.FollowUpCardRecord;
import org.lmskit.spi.recruitment.FollowUpCardStore;
import org.lmskit.spi.recruitment.SkillRecord;
import org.lmskit.spi.recruitment.TrainingInterestRecord;

/**
 * The recruitment capability's stores, in memory. The pool is kept in name order so a search is one
 * pass that filters and counts; each company's carded candidates are indexed so hiding them is a lookup.
 */
final class InMemoryRecruitmentStores {
    private InMemoryRecruitmentStores() {
    }

    /** A stored candidate with its names lowered once, for prefix search. */
    private record Entry(CandidateRecord record, String lastName, String firstName) {
        static Entry of(CandidateRecord record) {
            return new Entry(record, lower(record.lastName()), lower(record.firstName()));
        }

        boolean nameStartsWith(String lowerPrefix) {
            return lastName.startsWith(lowerPrefix) || firstName.startsWith(lowerPrefix);
        }
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static List<String> nameKey(CandidateRecord c) {
        return List.of(c.lastName(), c.firstName(), c.candidateId());
    }

    private static final Comparator<List<String>> NAME_ORDER = Comparator.<List<String>, String>comparing(k -> k.get(0))
            .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2));

    static final class Candidates implements CandidateStore {
        private final InMemoryTransactions tx;
        private final VersionedTable<String, CandidateRecord> table;
        private final TreeMap<List<String>, Entry> byName = new TreeMap<>(NAME_ORDER);
        private final Map<String, Set<String>> cardedByCompany = new HashMap<>();
        private volatile Pool pool;

        Candidates(InMemoryTransactions tx) {
            this.tx = tx;
            table = new VersionedTable<>("candidate", tx, CandidateRecord::candidateId, CandidateRecord::version,
                    CandidateRecord::withVersion);
        }

        @Override
        public Optional<CandidateRecord> find(String candidateId) {
            return table.find(candidateId);
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
            byName.put(nameKey(stored), Entry.of(stored));
            pool = null;
            tx.onRollback(() -> {
                pool = null;
                byName.remove(nameKey(stored));
                if (previous != null) {
                    byName.put(nameKey(previous), Entry.of(previous));
                }
            });
            return stored;
        }

        Optional<Entry> entry(String candidateId) {
            return table.find(candidateId).map(c -> byName.get(nameKey(c)));
        }

        void carded(String companyId, String candidateId) {
            cardedByCompany.computeIfAbsent(companyId, k -> new HashSet<>()).add(candidateId);
            tx.onRollback(() -> cardedByCompany.get(companyId).remove(candidateId));
        }

        @Override
        public Page<CandidateRecord> search(CandidateQuery q) {
            return tx.read(() -> {
                Set<String> hidden = q.hideCardedBy().map(c -> cardedByCompany.getOrDefault(c, Set.of())).orElse(Set.of());
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

    /** Codes of one column numbered in order of appearance, so a criterion becomes an array of booleans. */
    private static final class Dictionary {
        private final Map<String, Integer> ids = new HashMap<>();

        int id(String code) {
            return ids.computeIfAbsent(code, k -> ids.size());
        }

        /** {@code allowed[id]} for each code of the column; null when the criterion is absent. */
        boolean[] allowed(Set<String> wanted) {
            if (wanted.isEmpty()) {
                return null;
            }
            boolean[] allowed = new boolean[ids.size()];
            ids.forEach((code, id) -> allowed[id] = wanted.contains(code));
            return allowed;
        }
    }

    /**
     * The pool as columns: the exact-match criteria (area, study level, experience, classification) and the
     * dates are read from flat arrays, and a candidate's record is touched only when those already hold.
     */
    private static final class Pool {
        final int size;
        final Entry[] entries;
        final Dictionary areaCodes = new Dictionary();
        final Dictionary studyCodes = new Dictionary();
        final Dictionary experienceCodes = new Dictionary();
        final Dictionary classificationCodes = new Dictionary();
        final int[] area;
        final int[] study;
        final int[] experience;
        final int[] classification;
        final Instant[] classifiedAt;
        final long[] situationDay;

        Pool(Entry[] entries) {
            this.entries = entries;
            size = entries.length;
            area = new int[size];
            study = new int[size];
            experience = new int[size];
            classification = new int[size];
            classifiedAt = new Instant[size];
            situationDay = new long[size];
            for (int i = 0; i < size; i++) {
                CandidateRecord c = entries[i].record();
                area[i] = areaCodes.id(c.area());
                study[i] = studyCodes.id(c.studyLevel());
                experience[i] = experienceCodes.id(c.experience());
                classification[i] = classificationCodes.id(c.classification());
                classifiedAt[i] = c.classifiedAt();
                situationDay[i] = c.situationChangedOn().toEpochDay();
            }
        }
    }

    /** A pool query compiled once per search against a {@link Pool}; absent criteria cost nothing. */
    private static final class PoolFilter {
        private final boolean[] areas;
        private final boolean[] studyLevels;
        private final boolean[] experiences;
        private final boolean[] classifications;
        private final Set<String> jobs;
        private final Instant classifiedFrom;
        private final Instant classifiedBefore;
        private final long situationFrom;
        private final Set<String> themes;
        private final Set<String> masteries;
        private final Set<String> trainings;
        private final Set<String> links;
        private final String prefix;

        PoolFilter(CandidateQuery q, Pool pool) {
            areas = pool.areaCodes.allowed(q.areas());
            studyLevels = pool.studyCodes.allowed(q.studyLevels());
            experiences = pool.experienceCodes.allowed(q.experiences());
            classifications = pool.classificationCodes.allowed(q.classifications());
            jobs = q.currentJobs().isEmpty() ? null : q.currentJobs();
            classifiedFrom = q.classifiedFrom().orElse(null);
            classifiedBefore = q.classifiedBefore().orElse(null);
            situationFrom = q.situationChangedFrom().map(java.time.LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            themes = q.skillThemes();
            masteries = q.masteries();
            trainings = q.trainings();
            links = q.trainingLinks();
            prefix = q.namePrefix().map(InMemoryRecruitmentStores::lower).orElse(null);
        }

        boolean test(Pool pool, int i) {
            if (areas != null && !areas[pool.area[i]]
                    || studyLevels != null && !studyLevels[pool.study[i]]
                    || experiences != null && !experiences[pool.experience[i]]
                    || classifications != null && !classifications[pool.classification[i]]
                    || pool.situationDay[i] < situationFrom
                    || classifiedFrom != null && pool.classifiedAt[i].isBefore(classifiedFrom)
                    || classifiedBefore != null && !pool.classifiedAt[i].isBefore(classifiedBefore)) {
                return false;
            }
            Entry e = pool.entries[i];
            CandidateRecord c = e.record();
            return (jobs == null || anyOf(jobs, c.currentJobs()))
                    && skills(themes, masteries, c.skills())
                    && trainings(trainings, links, c.trainings())
                    && (prefix == null || e.nameStartsWith(prefix));
        }
    }

    private static boolean oneOf(Set<String> wanted, String value) {
        return wanted.isEmpty() || wanted.contains(value);
    }

    private static boolean anyOf(Set<String> wanted, Collection<String> values) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String value : values) {
            if (wanted.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean skills(Set<String> themes, Set<String> masteries, List<SkillRecord> skills) {
        if (themes.isEmpty() && masteries.isEmpty()) {
            return true;
        }
        for (SkillRecord s : skills) {
            if (oneOf(themes, s.theme()) && oneOf(masteries, s.mastery())) {
                return true;
            }
        }
        return false;
    }

    private static boolean trainings(Set<String> trainings, Set<String> links, List<TrainingInterestRecord> entries) {
        if (trainings.isEmpty() && links.isEmpty()) {
            return true;
        }
        for (TrainingInterestRecord t : entries) {
            if (oneOf(trainings, t.training()) && oneOf(links, t.link())) {
                return true;
            }
        }
        return false;
    }

    static final class Cards implements FollowUpCardStore {

        private final InMemoryTransactions tx;
        private final Candidates candidates;
        private final VersionedTable<String, FollowUpCardRecord> table;
        private final Map<List<String>, String> idByCandidate = new HashMap<>();
        private final Map<String, Map<String, FollowUpCardRecord>> byCompany = new HashMap<>();
        private final Map<List<String>, Map<String, FollowUpCardRecord>> byCreator = new HashMap<>();

        Cards(InMemoryTransactions tx, Candidates candidates) {
            this.tx = tx;
            this.candidates = candidates;
            table = new VersionedTable<>("follow-up-card", tx, FollowUpCardRecord::cardId, FollowUpCardRecord::version,
                    FollowUpCardRecord::withVersion);
        }

        @Override
        public Optional<FollowUpCardRecord> find(String cardId) {
            return table.find(cardId);
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
                Optional<String> prefix = q.namePrefix().map(InMemoryRecruitmentStores::lower);
                boolean candidateCriteria = prefix.isPresent() || !q.areas().isEmpty() || !q.currentJobs().isEmpty()
                        || !q.classifications().isEmpty() || !q.skillThemes().isEmpty() || !q.masteries().isEmpty();
                List<FollowUpCardRecord> found = new ArrayList<>();
                for (FollowUpCardRecord card : byCompany.getOrDefault(q.companyId(), Map.of()).values()) {
                    if (matches(q, card) && (!candidateCriteria || candidates.entry(card.candidateId())
                            .filter(e -> candidateMatches(q, prefix, e)).isPresent())) {
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

        private static boolean candidateMatches(CardQuery q, Optional<String> prefix, Entry e) {
            CandidateRecord c = e.record();
            return oneOf(q.areas(), c.area())
                    && oneOf(q.classifications(), c.classification())
                    && anyOf(q.currentJobs(), c.currentJobs())
                    && skills(q.skillThemes(), q.masteries(), c.skills())
                    && prefix.map(e::nameStartsWith).orElse(true);
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
}
