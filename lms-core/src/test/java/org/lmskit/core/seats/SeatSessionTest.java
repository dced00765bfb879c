package org.lmskit.core.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** The session value's own invariants and refusals (seed 003), each on both sides of its edge. */
class SeatSessionTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final UserId ALICE = UserId.of("alice");
    private static final UserId BOB = UserId.of("bob");
    private static final UserId CHLOE = UserId.of("chloe");

    private static SeatSession of(SessionType type, int quota, List<Slot> slots, List<UserId> waiting) {
        return new SeatSession(SessionId.of("s"), "Session", CompanyId.of("acme"), PathId.of("p"), type, START, END,
                quota, 0, Rotation.none(), slots, waiting, Optional.empty(), 0);
    }

    private static Slot held(int number, UserId user) {
        return new Slot(number, Optional.of(user), Optional.of(DAY));
    }

    private static SeatSession slots(int quota) {
        return SeatSession.create(SessionId.of("s"), "Session", CompanyId.of("acme"), PathId.of("p"), SessionType.SLOTS,
                START, END, quota, Rotation.natural());
    }

    private static SeatSession licences(int quota) {
        return SeatSession.create(SessionId.of("l"), "Licences", CompanyId.of("acme"), PathId.of("p"),
                SessionType.LICENCES, START, END, quota, Rotation.none());
    }

    @Test
    void a_session_is_built_only_whole_and_consistent() {
        assertThat(of(SessionType.SLOTS, 2, List.of(held(1, ALICE), Slot.free(2)), List.of(BOB)).holders())
                .containsExactly(ALICE);
        assertThatThrownBy(() -> of(SessionType.LICENCES, -1, List.of(), List.of()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).field()).isEqualTo("quota"));
        assertThatThrownBy(() -> of(SessionType.LICENCES, SeatSession.MAX_QUOTA + 1, List.of(), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(of(SessionType.LICENCES, SeatSession.MAX_QUOTA, List.of(), List.of()).quota())
                .isEqualTo(SeatSession.MAX_QUOTA);
        assertThatThrownBy(() -> of(SessionType.SLOTS, 2, List.of(Slot.free(1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exactly its quota");
        assertThatThrownBy(() -> of(SessionType.SLOTS, 2, List.of(held(1, ALICE), held(2, ALICE)), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alice holds two slots");
        assertThatThrownBy(() -> of(SessionType.SLOTS, 2, List.of(held(1, ALICE), Slot.free(2)), List.of(ALICE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("alice waits twice, or waits while holding");
        assertThatThrownBy(() -> of(SessionType.SLOTS, 1, List.of(Slot.free(1)), List.of(BOB, BOB)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bob waits twice");
    }

    @Test
    void a_licence_session_has_no_slot_to_release_nor_waiting_list_to_change() {
        SeatSession licences = licences(3);

        for (Runnable change : List.<Runnable>of(() -> licences.release(ALICE), () -> licences.removeWaiting(ALICE),
                () -> licences.moveWaiting(ALICE, 1), () -> licences.addWaiting(ALICE))) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(RuleRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo(SeatRefusals.NOT_SLOTS));
        }
    }

    @Test
    void a_waiting_member_moves_to_any_position_from_first_to_last_and_no_further() {
        SeatSession session = slots(1).assign(ALICE, DAY).addWaiting(BOB).addWaiting(CHLOE);

        assertThat(session.moveWaiting(BOB, 2).waiting()).containsExactly(CHLOE, BOB);
        assertThat(session.moveWaiting(CHLOE, 1).waiting()).containsExactly(CHLOE, BOB);
        assertThatThrownBy(() -> session.moveWaiting(BOB, 3)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("position"));
        assertThatThrownBy(() -> session.moveWaiting(BOB, 0)).isInstanceOf(InvalidInputException.class);
    }

    /**
     * Lowering a slot session's quota keeps the slots held, renumbered from 1 in their order, and refuses to go below
     * them; raising it adds free slots after them. The quota's own domain is checked first.
     */
    @Test
    void a_slot_quota_changes_around_the_slots_held_never_below_them() {
        SeatSession session = slots(4).assign(ALICE, DAY).assign(BOB, DAY).release(ALICE).assign(CHLOE, DAY);
        // slot 1 is chloe's (alice's freed slot went to her), slot 2 bob's, slots 3 and 4 free

        SeatSession lowered = session.withQuota(2);
        assertThat(lowered.slots()).extracting(Slot::number).containsExactly(1, 2);
        assertThat(lowered.holders()).containsExactly(CHLOE, BOB);
        SeatSession raised = session.release(CHLOE).withQuota(5);
        assertThat(raised.slots()).extracting(Slot::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(raised.holders()).containsExactly(BOB);
        assertThat(raised.slots().subList(1, 5)).allMatch(Slot::isFree);
        assertThatThrownBy(() -> session.withQuota(1)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(SeatRefusals.QUOTA_BELOW_USE));
        assertThatThrownBy(() -> session.withQuota(-1)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("quota"));
        assertThatThrownBy(() -> session.withQuota(SeatSession.MAX_QUOTA + 1)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_licence_quota_never_goes_below_its_learning_members() {
        SeatSession two = licences(2).withLearningMemberAdded().withLearningMemberAdded();

        assertThat(two.withQuota(2).quota()).isEqualTo(2);
        assertThatThrownBy(() -> two.withQuota(1)).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(SeatRefusals.QUOTA_BELOW_USE));
        assertThatThrownBy(two::withLearningMemberAdded).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(SeatRefusals.LICENCE_QUOTA));
    }
}
