package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.competency.JobAssignmentRecord;
import org.lmskit.spi.competency.NewPositioningRecord;

/**
 * The acquired-levels port the adaptive courses read: each learner's row holds only their own decisions, under the
 * shipped rule and under a host's own policy alike.
 */
class LevelGridTest {
    private static final List<CompetencyCode> CODES = ConseillerCarriereRetraite.allCodes();
    private static final Instant AT = Instant.parse("2026-02-01T10:00:00Z");

    private static void positioned(ConseillerCarriereRetraite world, String learner, int code, String level,
                                   String source, Instant at) {
        world.storage.positionings().append(new NewPositioningRecord(learner, CODES.get(code).value(),
                Optional.of(level), source, "manon", at, Optional.empty(), Optional.empty()));
    }

    private static List<Integer> row(LevelGrid grid, String learner) {
        return java.util.stream.IntStream.range(0, CODES.size()).mapToObj(i -> grid.row(UserId.of(learner)).acquired(i))
                .toList();
    }

    private static ConseillerCarriereRetraite worldWithThreeLearners() {
        ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob();
        for (String learner : List.of("aaa", "mmm", "zzz")) {
            world.storage.jobAssignments().insert(new JobAssignmentRecord(learner,
                    ConseillerCarriereRetraite.JOB.value(), AT, 0));
        }
        // mmm has a decision on every competency; aaa and zzz on one each, and a newer self-positioning that never counts
        for (int i = 0; i < CODES.size(); i++) {
            positioned(world, "mmm", i, "5", "MANAGER", AT);
        }
        positioned(world, "aaa", 0, "2", "MANAGER", AT);
        positioned(world, "aaa", 0, "5", "SELF", AT.plusSeconds(60));
        positioned(world, "zzz", 1, "3", "EVALUATION", AT);
        positioned(world, "zzz", 1, "1", "MANAGER", AT.minusSeconds(60));
        return world;
    }

    private static void assertRows(AcquiredLevels levels) {
        LevelGrid grid = levels.grid(Set.of(UserId.of("aaa"), UserId.of("mmm"), UserId.of("zzz")), CODES);

        assertThat(row(grid, "mmm")).containsOnly(5);
        assertThat(row(grid, "aaa")).containsExactly(2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(row(grid, "zzz")).containsExactly(0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void each_row_holds_its_own_learner_s_decisions_only() {
        assertRows(worldWithThreeLearners().lms.competencies().acquiredLevels());
    }

    @Test
    void a_host_s_own_policy_fills_the_grid_the_same_way() {
        ConseillerCarriereRetraite world = worldWithThreeLearners();
        Lms hosted = Lms.builder().storage(world.storage).acquisitionPolicy(HostPolicies.latestValidatingAsAHost())
                .build();

        assertRows(hosted.competencies().acquiredLevels());
    }
}
