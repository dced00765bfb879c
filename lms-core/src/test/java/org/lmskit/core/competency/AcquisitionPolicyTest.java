package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;

class AcquisitionPolicyTest {
    private static final Scale SCALE = Scale.ofDefaults();
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private static Positioning p(long id, int second, String level, Source source) {
        return new Positioning(id, UserId.of("robert"), CompetencyCode.of("C"),
                level == null ? LevelValue.notApplicable() : LevelValue.of(level), source,
                UserId.of(source.name().toLowerCase()), T0.plusSeconds(second), Optional.empty(), Optional.empty());
    }

    private static Optional<LevelValue> decide(AcquisitionPolicy policy, Positioning... positionings) {
        return policy.decide(List.of(positionings), SCALE).deciding().map(Positioning::level);
    }

    @Test
    void the_default_takes_the_most_recent_validating_positioning_and_ignores_self() {
        assertThat(decide(AcquisitionPolicy.latestValidating(), p(1, 0, "4", Source.MANAGER), p(2, 5, "2", Source.EVALUATION),
                p(3, 9, "5", Source.SELF))).contains(LevelValue.of("2"));
        assertThat(decide(AcquisitionPolicy.latestValidating(), p(1, 0, "5", Source.SELF))).isEmpty();
        assertThat(decide(AcquisitionPolicy.latestCountingSelf(), p(1, 0, "4", Source.MANAGER), p(2, 9, "5", Source.SELF)))
                .contains(LevelValue.of("5"));
    }

    @Test
    void highest_keeps_the_best_level_ever_validated() {
        assertThat(decide(AcquisitionPolicy.highest(), p(1, 0, "4", Source.MANAGER), p(2, 5, "2", Source.EVALUATION),
                p(3, 9, "5", Source.SELF))).contains(LevelValue.of("4"));
    }

    @Test
    void source_precedence_prefers_the_best_source_present_then_the_latest() {
        AcquisitionPolicy precedence = AcquisitionPolicy.sourcePrecedence(
                List.of(Source.MANAGER, Source.OBSERVATION, Source.EVALUATION));

        assertThat(decide(precedence, p(1, 0, "3", Source.MANAGER), p(2, 5, "5", Source.EVALUATION),
                p(3, 9, "4", Source.OBSERVATION))).contains(LevelValue.of("3"));
        assertThat(decide(precedence, p(1, 0, "2", Source.EVALUATION), p(2, 5, "4", Source.OBSERVATION)))
                .contains(LevelValue.of("4"));
    }

    @Test
    void every_decision_explains_itself() {
        AcquisitionPolicy.Acquisition acquisition = AcquisitionPolicy.latestValidating()
                .decide(List.of(p(1, 0, "4", Source.MANAGER)), SCALE);
        assertThat(acquisition.explanation()).contains("most recent validating positioning", "4 by manager (MANAGER)");
        assertThat(AcquisitionPolicy.latestValidating().decide(List.of(), SCALE).explanation())
                .contains("no positioning from a validating source");
    }

    @Test
    void property_policies_do_not_depend_on_the_order_positionings_were_stored_in() {
        List<AcquisitionPolicy> policies = List.of(AcquisitionPolicy.latestValidating(), AcquisitionPolicy.highest(),
                AcquisitionPolicy.latestCountingSelf(),
                AcquisitionPolicy.sourcePrecedence(List.of(Source.MANAGER, Source.OBSERVATION, Source.EVALUATION)));
        qt().forAll(lists().of(integers().between(0, 5999)).ofSizeBetween(0, 12), integers().all()).check((specs, seed) -> {
            List<Positioning> positionings = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                int spec = specs.get(i);
                positionings.add(p(i, spec % 10, spec / 10 % 6 == 0 ? null : String.valueOf(spec / 10 % 6),
                        Source.values()[spec / 60 % 5]));
            }
            List<Positioning> shuffled = new ArrayList<>(positionings);
            Collections.shuffle(shuffled, new Random(seed));
            // re-number so storage order (ids) differs too
            List<Positioning> renumbered = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                Positioning s = shuffled.get(i);
                renumbered.add(new Positioning(100 + i, s.learner(), s.competency(), s.level(), s.source(), s.actor(),
                        s.at(), s.score(), s.comment()));
            }
            return policies.stream().allMatch(policy -> policy.decide(positionings, SCALE).deciding().map(Positioning::level)
                    .equals(policy.decide(renumbered, SCALE).deciding().map(Positioning::level)));
        });
    }
}
