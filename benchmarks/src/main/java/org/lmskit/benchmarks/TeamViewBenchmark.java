package org.lmskit.benchmarks;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.competency.CompetencyViews;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.JobId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.NewPositioningRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue budget: the team view for 10,000 learners x 11 competencies x 5 positionings each, in
 * memory, under 50 ms per call on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, time = 3)
@Measurement(iterations = 8, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx8g"})
public class TeamViewBenchmark {
    static final int LEARNERS = 10_000;
    static final int COMPETENCIES = 11;
    static final int POSITIONINGS = 5;
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor MANAGER = Actor.of("manon", Role.MANAGER);

    private Lms lms;
    private InMemoryStorage storage;
    private Set<String> learnerIds;

    @Setup
    public void setUp() {
        storage = InMemoryStorage.create();
        lms = Lms.builder().storage(storage).directory(BenchmarkJob.team(MANAGER.id(), LEARNERS)).build();
        List<CompetencyCode> codes = BenchmarkJob.define(lms, ADMIN, "TEST-CGCR-", COMPETENCIES);
        JobId job = BenchmarkJob.CCR;
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < LEARNERS; i++) {
            String learner = "learner-" + i;
            storage.jobAssignments().insert(new JobAssignmentRecord(learner, job.value(), t0, 0));
            for (int c = 0; c < COMPETENCIES; c++) {
                for (int p = 0; p < POSITIONINGS; p++) {
                    storage.positionings().append(new NewPositioningRecord(learner, codes.get(c).value(),
                            Optional.of(String.valueOf(1 + (i + c + p) % 5)), p == 0 ? "SELF" : "MANAGER", "manon",
                            t0.plusSeconds(p * 60L), Optional.empty(), Optional.empty()));
                }
            }
        }
    }

    private Set<String> learnerIds() {
        if (learnerIds == null) {
            learnerIds = new HashSet<>();
            for (int i = 0; i < LEARNERS; i++) {
                learnerIds.add("learner-" + i);
            }
        }
        return learnerIds;
    }

    /** The part of the team view spent in the store: one query for every positioning of the team. */
    @Benchmark
    public int storeQueryAlone() {
        return storage.positionings().find(new org.lmskit.spi.competency.PositioningQuery(learnerIds(), Optional.empty(),
                Optional.empty())).size();
    }

    /** The store's share under the default rule: the latest validating positioning of each line. */
    @Benchmark
    public int storeLatestAlone() {
        return storage.positionings().latest(new org.lmskit.spi.competency.PositioningQuery(learnerIds(), Optional.empty(),
                Optional.empty()), BenchmarkJob.validatingSources()).size();
    }

    @Benchmark
    public List<CompetencyViews.TeamRow> teamViewOfTenThousand() {
        return lms.competencies().views().teamView(MANAGER, Optional.empty(), CompetencyViews.TeamSort.PERCENT, true, CompetencyViews.Period.always());
    }
}
