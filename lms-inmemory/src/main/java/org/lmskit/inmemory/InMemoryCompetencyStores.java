package org.lmskit.inmemory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.competency.CompetencyCatalogStore;
import org.lmskit.spi.competency.CompetencyRecord;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.JobAssignmentStore;
import org.lmskit.spi.competency.JobRecord;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.lmskit.spi.competency.PositioningQuery;
import org.lmskit.spi.competency.PositioningRecord;
import org.lmskit.spi.competency.PositioningStore;
import org.lmskit.spi.competency.ProfileRecord;
import org.lmskit.spi.competency.ScaleRecord;

/** The competency capability's stores, in memory. */
final class InMemoryCompetencyStores {
    private InMemoryCompetencyStores() {
    }

    static <K, R> List<R> sortedFind(VersionedTable<K, R> table, Collection<K> ids, Function<R, String> key) {
        return table.findAll(ids.stream().distinct().toList()).stream().sorted(Comparator.comparing(key)).toList();
    }

    static final class Catalog implements CompetencyCatalogStore {
        private final VersionedTable<String, ScaleRecord> scales;
        private final VersionedTable<String, CompetencyRecord> competencies;
        private final VersionedTable<String, ProfileRecord> profiles;
        private final VersionedTable<String, JobRecord> jobs;

        Catalog(InMemoryTransactions tx) {
            scales = new VersionedTable<>("scale", tx, ScaleRecord::scaleId, ScaleRecord::version, ScaleRecord::withVersion);
            competencies = new VersionedTable<>("competency", tx, CompetencyRecord::code, CompetencyRecord::version,
                    CompetencyRecord::withVersion);
            profiles = new VersionedTable<>("profile", tx, ProfileRecord::profileId, ProfileRecord::version,
                    ProfileRecord::withVersion);
            jobs = new VersionedTable<>("job", tx, JobRecord::jobId, JobRecord::version, JobRecord::withVersion);
        }

        @Override
        public Optional<ScaleRecord> findScale(String scaleId) {
            return scales.find(scaleId);
        }

        @Override
        public List<ScaleRecord> findScales(Collection<String> scaleIds) {
            return sortedFind(scales, scaleIds, ScaleRecord::scaleId);
        }

        @Override
        public ScaleRecord insertScale(ScaleRecord scale) {
            return scales.insert(scale);
        }

        @Override
        public ScaleRecord updateScale(ScaleRecord scale) {
            return scales.update(scale);
        }

        @Override
        public Optional<CompetencyRecord> findCompetency(String code) {
            return competencies.find(code);
        }

        @Override
        public List<CompetencyRecord> findCompetencies(Collection<String> codes) {
            return sortedFind(competencies, codes, CompetencyRecord::code);
        }

        @Override
        public CompetencyRecord insertCompetency(CompetencyRecord competency) {
            return competencies.insert(competency);
        }

        @Override
        public CompetencyRecord updateCompetency(CompetencyRecord competency) {
            return competencies.update(competency);
        }

        @Override
        public List<ProfileRecord> findProfiles(Collection<String> profileIds) {
            return sortedFind(profiles, profileIds, ProfileRecord::profileId);
        }

        @Override
        public ProfileRecord insertProfile(ProfileRecord profile) {
            return profiles.insert(profile);
        }

        @Override
        public ProfileRecord updateProfile(ProfileRecord profile) {
            return profiles.update(profile);
        }

        @Override
        public Optional<JobRecord> findJob(String jobId) {
            return jobs.find(jobId);
        }

        @Override
        public List<JobRecord> findJobs(Collection<String> jobIds) {
            return sortedFind(jobs, jobIds, JobRecord::jobId);
        }

        @Override
        public JobRecord insertJob(JobRecord job) {
            return jobs.insert(job);
        }

        @Override
        public JobRecord updateJob(JobRecord job) {
            return jobs.update(job);
        }
    }

    static final class Assignments implements JobAssignmentStore {
        private final VersionedTable<String, JobAssignmentRecord> table;

        Assignments(InMemoryTransactions tx) {
            table = new VersionedTable<>("job-assignment", tx, JobAssignmentRecord::learnerId,
                    JobAssignmentRecord::version, JobAssignmentRecord::withVersion);
        }

        @Override
        public Optional<JobAssignmentRecord> find(String learnerId) {
            return table.find(learnerId);
        }

        @Override
        public Map<String, JobAssignmentRecord> findAll(Collection<String> learnerIds) {
            Map<String, JobAssignmentRecord> found = new HashMap<>();
            table.findAll(learnerIds).forEach(r -> found.put(r.learnerId(), r));
            return found;
        }

        @Override
        public JobAssignmentRecord insert(JobAssignmentRecord assignment) {
            return table.insert(assignment);
        }

        @Override
        public JobAssignmentRecord update(JobAssignmentRecord assignment) {
            return table.update(assignment);
        }
    }

    static final class Positionings implements PositioningStore {
        private static final Comparator<PositioningRecord> CHRONOLOGICAL =
                Comparator.comparing(PositioningRecord::at).thenComparingLong(PositioningRecord::id);

        private final InMemoryTransactions tx;
        // copy-on-write per learner: appends are rare next to a team view reading half a million rows,
        // and an immutable list can be handed out without copying
        private final Map<String, List<PositioningRecord>> byLearner = new HashMap<>();
        private long lastId;

        Positionings(InMemoryTransactions tx) {
            this.tx = tx;
        }

        @Override
        public PositioningRecord append(NewPositioningRecord positioning) {
            return tx.write(() -> {
                PositioningRecord stored = PositioningRecord.of(++lastId, positioning);
                List<PositioningRecord> before = byLearner.getOrDefault(stored.learnerId(), List.of());
                List<PositioningRecord> after = new ArrayList<>(before.size() + 1);
                after.addAll(before);
                // kept in (at, id) order; appends are nearly always in time order, so this walks back a step or none
                int index = after.size();
                while (index > 0 && CHRONOLOGICAL.compare(after.get(index - 1), stored) > 0) {
                    index--;
                }
                after.add(index, stored);
                byLearner.put(stored.learnerId(), java.util.Collections.unmodifiableList(after));
                tx.onRollback(() -> byLearner.put(stored.learnerId(), before));
                return stored;
            });
        }

        @Override
        public List<PositioningRecord> find(PositioningQuery query) {
            return tx.read(() -> {
                java.time.Instant from = query.from().orElse(null);
                java.time.Instant to = query.to().orElse(null);
                List<List<PositioningRecord>> runs = new ArrayList<>(query.learnerIds().size());
                for (String learner : query.learnerIds()) {
                    List<PositioningRecord> mine = byLearner.get(learner);
                    if (mine == null) {
                        continue;
                    }
                    if (from == null && to == null) {
                        runs.add(mine);
                    } else {
                        List<PositioningRecord> inside = new ArrayList<>();
                        for (PositioningRecord p : mine) {
                            if ((from == null || !p.at().isBefore(from)) && (to == null || !p.at().isAfter(to))) {
                                inside.add(p);
                            }
                        }
                        runs.add(inside);
                    }
                }
                return new Runs(runs);
            });
        }

        @Override
        public Page<PositioningRecord> history(String learnerId, PageRequest page) {
            return tx.read(() -> {
                List<PositioningRecord> newestFirst = new ArrayList<>(byLearner.getOrDefault(learnerId, List.of()));
                java.util.Collections.reverse(newestFirst);
                return InMemoryCertificationStores.page(newestFirst, page);
            });
        }
    }

    /** Several immutable lists read as one, without copying them. */
    static final class Runs extends java.util.AbstractList<PositioningRecord> implements java.util.RandomAccess {
        private final List<List<PositioningRecord>> runs;
        private final int[] starts;
        private final int size;

        Runs(List<List<PositioningRecord>> runs) {
            this.runs = runs;
            this.starts = new int[runs.size()];
            int total = 0;
            for (int i = 0; i < runs.size(); i++) {
                starts[i] = total;
                total += runs.get(i).size();
            }
            this.size = total;
        }

        @Override
        public PositioningRecord get(int index) {
            java.util.Objects.checkIndex(index, size);
            int run = java.util.Arrays.binarySearch(starts, index);
            if (run < 0) {
                run = -run - 2;
            }
            while (runs.get(run).isEmpty()) {
                run++;
            }
            return runs.get(run).get(index - starts[run]);
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public java.util.Iterator<PositioningRecord> iterator() {
            return new java.util.Iterator<>() {
                private int run;
                private int next;

                @Override
                public boolean hasNext() {
                    while (run < runs.size() && next >= runs.get(run).size()) {
                        run++;
                        next = 0;
                    }
                    return run < runs.size();
                }

                @Override
                public PositioningRecord next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return runs.get(run).get(next++);
                }
            };
        }
    }

    static final class Reviews implements InterimReviewStore {
        private final VersionedTable<String, InterimReviewRecord> table;

        Reviews(InMemoryTransactions tx) {
            table = new VersionedTable<>("interim-review", tx, InterimReviewRecord::reviewId, InterimReviewRecord::version,
                    InterimReviewRecord::withVersion);
        }

        @Override
        public Optional<InterimReviewRecord> find(String reviewId) {
            return table.find(reviewId);
        }

        @Override
        public List<InterimReviewRecord> findByLearner(String learnerId) {
            return table.values().stream().filter(r -> r.learnerId().equals(learnerId))
                    .sorted(Comparator.comparing(InterimReviewRecord::createdAt).thenComparing(InterimReviewRecord::reviewId))
                    .toList();
        }

        @Override
        public InterimReviewRecord insert(InterimReviewRecord review) {
            return table.insert(review);
        }

        @Override
        public InterimReviewRecord update(InterimReviewRecord review) {
            return table.update(review);
        }
    }
}
