package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Seed 004: a card is overdue once its deadline has passed, not at the deadline itself; a card without one never is. */
class OverdueTest {
    private final RecruitmentWorld world = new RecruitmentWorld();

    @Test
    void overdue_strictly_after_the_deadline_and_never_without_one() {
        FollowUpCard card = world.recruitment.cards().quickAction(RecruitmentWorld.LUC, world.anais.id(),
                QuickAction.STUDY_LATER);
        Instant due = card.dueAt().orElseThrow();

        assertThat(card.isOverdueAt(due.minusNanos(1))).isFalse();
        assertThat(card.isOverdueAt(due)).isFalse();
        assertThat(card.isOverdueAt(due.plusNanos(1))).isTrue();
        FollowUpCard closed = world.recruitment.cards().updateCard(RecruitmentWorld.LUC, card.id(),
                CardUpdate.of(card).withResult(CardResult.PROFILE_NOT_RETAINED), card.version());
        assertThat(closed.dueAt()).isEmpty();
        assertThat(closed.isOverdueAt(due.plusSeconds(86_400L * 365))).isFalse();
    }
}
