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
        private final Map<String, List<PositioningRecord>> byLearner = new HashMap<>();
        private long lastId;

        Positionings(InMemoryTransactions tx) {
            this.tx = tx;
        }

        @Override
        public PositioningRecord append(NewPositioningRecord positioning) {
            return tx.write(() -> {
                PositioningRecord stored = PositioningRecord.of(++lastId, positioning);
                List<PositioningRecord> mine = byLearner.computeIfAbsent(stored.learnerId(), k -> new ArrayList<>());
                // kept in (at, id) order; appends are nearly always in time order, so this walks back a step or none
                int index = mine.size();
                while (index > 0 && CHRONOLOGICAL.compare(mine.get(index - 1), stored) > 0) {
                    index--;
                }
                mine.add(index, stored);
                tx.onRollback(() -> mine.remove(stored));
                return stored;
            });
        }

        @Override
        public List<PositioningRecord> find(PositioningQuery query) {
            return tx.read(() -> {
                java.time.Instant from = query.from().orElse(null);
                java.time.Instant to = query.to().orElse(null);
                java.util.Set<String> learners = query.learnerIds();
                int size = 0;
                for (String learner : learners) {
                    size += byLearner.getOrDefault(learner, List.of()).size();
                }
                List<PositioningRecord> found = new ArrayList<>(size);
                for (String learner : learners) {
                    for (PositioningRecord p : byLearner.getOrDefault(learner, List.of())) {
                        if ((from == null || !p.at().isBefore(from)) && (to == null || !p.at().isAfter(to))) {
                            found.add(p);
                        }
                    }
                }
                return found;
            });
        }

        @Override
        public Page<PositioningRecord> history(String learnerId, PageRequest page) {
            return tx.read(() -> InMemoryCertificationStores.page(byLearner.getOrDefault(learnerId, List.of()).stream()
                    .sorted(CHRONOLOGICAL.reversed()).toList(), page));
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
