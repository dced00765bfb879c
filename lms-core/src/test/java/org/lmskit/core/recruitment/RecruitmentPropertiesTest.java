package org.lmskit.core.recruitment;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import org.quicktheories.core.Gen;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.RuleRefusedException;

/** Invariants of seed 004's cards over generated histories; the pool search's oracle is {@link PoolSearchOracleTest}. */
class RecruitmentPropertiesTest {
    private static final PerformedAction[] ACTIONS = PerformedAction.values();

    /** A save of a card: how long after the previous one, which result, which actions, which follow-up. */
    record Save(Duration after, CardResult result, Set<PerformedAction> actions, Optional<RecruitmentState> recruitment,
                boolean rejectionCause) {
        @Override
        public String toString() {
            return "after " + after.toHours() + " h: " + result + " " + actions + recruitment.map(r -> " " + r).orElse("")
                    + (rejectionCause ? " with a rejection cause" : "");
        }

        /** The card update this save makes; without a follow-up, "Recrutement" is refused, and refusals change nothing. */
        CardUpdate of(FollowUpCard card) {
            CardUpdate update = CardUpdate.of(card).withResult(result).withActions(actions);
            if (recruitment.isPresent()) {
                update = update.withRecruitment(new RecruitmentFollowUp(LocalDate.of(2019, 6, 3),
                        ContractType.PERMANENT, Optional.empty(), recruitment.get()));
            }
            if (result == CardResult.NOT_EMPLOYABLE_AFTER_INTERVIEW && rejectionCause) {
                update = update.withRejectionCauses(Set.of(RejectionCause.INSUFFICIENT_EXPERIENCE));
            }
            return update;
        }
    }

    static Gen<Save> saves() {
        Gen<Set<PerformedAction>> actions = lists().of(arbitrary().enumValues(PerformedAction.class))
                .ofSizeBetween(0, ACTIONS.length).map(list -> list.isEmpty() ? EnumSet.noneOf(PerformedAction.class)
                        : EnumSet.copyOf(list));
        Gen<Optional<RecruitmentState>> recruitment = integers().between(0, 5)
                .map(i -> i == 0 ? Optional.<RecruitmentState>empty() : Optional.of(RecruitmentState.values()[i]));
        return integers().between(0, 10_000).map(h -> Duration.ofHours(h)).zip(arbitrary().enumValues(CardResult.class),
                actions, recruitment, booleans().all(), Save::new);
    }

    @Test
    void the_due_instant_never_precedes_the_update_that_set_it_and_follows_the_table() {
        qt().withExamples(60).forAll(lists().of(saves()).ofSizeBetween(1, 15))
                .checkAssert(steps -> {
                    RecruitmentWorld world = new RecruitmentWorld();
                    ResultTable table = world.recruitment.resultTable();
                    FollowUpCard opened = world.recruitment.cards().quickAction(RecruitmentWorld.CAMILLE, world.mbarki.id(),
                            QuickAction.STUDY_LATER);
                    assertThat(opened.dueAt()).hasValueSatisfying(due -> assertThat(due).isAfter(opened.updatedAt()));
                    FollowUpCard card = opened;
                    for (Save save : steps) {
                        world.clock.advance(save.after());
                        CardUpdate update = save.of(card);
                        FollowUpCard before = card;
                        try {
                            card = world.recruitment.cards().updateCard(RecruitmentWorld.CAMILLE, card.id(), update,
                                    card.version());
                        } catch (RuleRefusedException refused) {
                            assertThat(world.recruitment.cards().card(RecruitmentWorld.CAMILLE, card.id())).isEqualTo(before);
                            continue;
                        }
                        Instant updatedAt = card.updatedAt();
                        card.dueAt().ifPresent(due -> assertThat(due).isAfter(before.updatedAt()));
                        boolean recounted = before.result() != card.result() || before.status() != card.status()
                                || !before.actions().equals(card.actions());
                        if (recounted) {
                            assertThat(card.dueAt()).isEqualTo(table.deadline(card.status()).map(updatedAt::plus));
                        } else {
                            assertThat(card.dueAt()).isEqualTo(before.dueAt());
                        }
                    }
                });
    }
}
