package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.competency.PositioningRecord;

/**
 * How the shipped policies break ties, in either order of arrival (the storage order never decides), and how they
 * name themselves in an explanation.
 */
class PolicyTiesTest {
    private static final Scale SCALE = Scale.ofDefaults();
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    private static Positioning positioning(long id, String level, Source source, String actor, Instant at) {
        return new Positioning(id, UserId.of("robert"), CompetencyCode.of("C"), LevelValue.of(level), source,
                UserId.of(actor), at, Optional.empty(), Optional.empty());
    }

    private static PositioningRecord record(Positioning p) {
        return new PositioningRecord(p.id(), "robert", "C", p.level().code(), p.source().name(), p.actor().value(),
                p.at(), Optional.empty(), Optional.empty());
    }

    private static void assertWinner(AcquisitionPolicy policy, Positioning winner, Positioning loser) {
        for (List<Positioning> order : List.of(List.of(winner, loser), List.of(loser, winner))) {
            assertThat(policy.decide(order, SCALE).deciding()).as("%s over %s", policy.name(), order).contains(winner);
            assertThat(((Policies.RecordDecider) policy).decideRecord(order.stream().map(PolicyTiesTest::record).toList(),
                    SCALE)).as("records, %s over %s", policy.name(), order).contains(record(winner));
        }
    }

    @Test
    void at_the_same_instant_the_higher_level_then_the_later_source_then_the_later_actor_wins() {
        AcquisitionPolicy latest = AcquisitionPolicy.latestValidating();

        assertWinner(latest, positioning(1, "4", Source.MANAGER, "marc", AT), positioning(2, "3", Source.MANAGER, "zoe", AT));
        assertWinner(latest, positioning(1, "3", Source.SUPERVISOR, "marc", AT),
                positioning(2, "3", Source.MANAGER, "zoe", AT));
        assertWinner(latest, positioning(1, "3", Source.MANAGER, "zoe", AT), positioning(2, "3", Source.MANAGER, "marc", AT));
        assertWinner(latest, positioning(1, "2", Source.MANAGER, "marc", AT.plusSeconds(1)),
                positioning(2, "5", Source.SUPERVISOR, "zoe", AT));
    }

    @Test
    void the_highest_policy_prefers_the_level_then_the_time_and_the_precedence_policy_the_source() {
        assertWinner(AcquisitionPolicy.highest(), positioning(1, "4", Source.MANAGER, "marc", AT),
                positioning(2, "3", Source.MANAGER, "marc", AT.plusSeconds(60)));
        assertWinner(AcquisitionPolicy.highest(), positioning(1, "4", Source.MANAGER, "zoe", AT),
                positioning(2, "4", Source.MANAGER, "marc", AT));
        AcquisitionPolicy precedence = AcquisitionPolicy.sourcePrecedence(List.of(Source.EVALUATION, Source.MANAGER));
        assertWinner(precedence, positioning(1, "2", Source.EVALUATION, "marc", AT),
                positioning(2, "5", Source.MANAGER, "marc", AT.plusSeconds(60)));
        assertWinner(precedence, positioning(1, "2", Source.MANAGER, "marc", AT),
                positioning(2, "5", Source.OBSERVATION, "marc", AT.plusSeconds(60)));
    }

    @Test
    void each_policy_names_its_rule_in_the_explanation() {
        List<Positioning> one = List.of(positioning(1, "3", Source.MANAGER, "marc", AT));

        assertThat(AcquisitionPolicy.latestValidating().decide(one, SCALE).rule())
                .isEqualTo("most recent validating positioning");
        assertThat(AcquisitionPolicy.latestCountingSelf().decide(one, SCALE).rule()).isEqualTo("most recent positioning");
        assertThat(AcquisitionPolicy.highest().decide(one, SCALE).rule()).isEqualTo("highest validated level");
        assertThat(AcquisitionPolicy.sourcePrecedence(List.of(Source.EVALUATION, Source.MANAGER)).decide(one, SCALE)
                .rule()).isEqualTo("most recent positioning of the best source present [EVALUATION, MANAGER]");
        assertThat(AcquisitionPolicy.highest().name()).isEqualTo("HIGHEST");
        assertThat(AcquisitionPolicy.latestCountingSelf().name()).isEqualTo("LATEST_COUNTING_SELF");
        assertThat(AcquisitionPolicy.sourcePrecedence(List.of(Source.MANAGER)).name())
                .isEqualTo("SOURCE_PRECEDENCE[MANAGER]");
    }

    /** The store is asked for the newest of the counted sources only: a newer self-positioning hides nothing. */
    @Test
    void the_counted_sources_are_the_validating_ones_unless_self_counts() {
        assertThat(((Policies.Shipped) AcquisitionPolicy.latestValidating()).countedSources())
                .containsExactlyInAnyOrder("EVALUATION", "OBSERVATION", "MANAGER", "SUPERVISOR", "REVIEW");
        assertThat(((Policies.Shipped) AcquisitionPolicy.latestCountingSelf()).countedSources())
                .contains("SELF").hasSize(Source.values().length);
    }
}
