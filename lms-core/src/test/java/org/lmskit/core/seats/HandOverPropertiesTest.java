package org.lmskit.core.seats;

import static org.lmskit.core.seats.SeatWorld.ADMIN;
import static org.lmskit.core.seats.SeatWorld.PILOT;
import static org.lmskit.core.seats.SeatWorld.m;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Storages;
import org.lmskit.spi.StorageProvider;
import org.lmskit.core.error.LmsException;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/**
 * Issue 20's invariants, through the seats capability on both adapters, over any sequence of complete / release /
 * join / leave / move / quota / day steps in a rotating session: no slot is free while someone waits, nobody holds
 * two slots, a refused step changes nothing, and the list keeps its order: those who got slots are its head, in slot
 * order, and the daily job after the at-once hand-overs finds nothing left to do under natural rotation.
 */
class HandOverPropertiesTest {

    /**
     * What a step should leave on the list before any hand-over, when it is accepted; under natural rotation a
     * member who finishes the path leaves the list.
     */
    private static List<UserId> listAfter(SeatSession before, SeatStep step) {
        if (step instanceof SeatStep.Complete c && before.rotation() instanceof Rotation.Natural
                && before.waiting().contains(m(c.member()))) {
            return before.removeWaiting(m(c.member())).waiting();
        } else if (step instanceof SeatStep.AddWaiting a) {
            return before.addWaiting(m(a.member())).waiting();
        } else if (step instanceof SeatStep.RemoveWaiting r) {
            return before.removeWaiting(m(r.member())).waiting();
        } else if (step instanceof SeatStep.MoveWaiting mv) {
            return before.moveWaiting(m(mv.member()), mv.position()).waiting();
        }
        return before.waiting();
    }

    private static final class Run {
        final SeatWorld world;
        final SessionId id;
        final boolean natural;

        Run(StorageProvider storage, int quota, boolean natural) {
            this.world = new SeatWorld(storage);
            this.natural = natural;
            id = world.slotSession("s" + RUNS.incrementAndGet(), quota,
                    natural ? Rotation.natural() : Rotation.every(365, true), SeatStep.MEMBERS).id();
        }

        SeatSession session() {
            return world.seats.sessions().session(ADMIN, id);
        }

        /** Applies the step; false when the library refused it. */
        boolean apply(SeatStep step) {
            try {
                if (step instanceof SeatStep.Assign a) {
                    world.seats.slots().assignSlot(PILOT, id, m(a.member()));
                } else if (step instanceof SeatStep.Release r) {
                    world.seats.slots().releaseSlot(PILOT, id, m(r.member()));
                } else if (step instanceof SeatStep.AddWaiting a) {
                    world.seats.slots().addWaiting(PILOT, id, m(a.member()));
                } else if (step instanceof SeatStep.RemoveWaiting r) {
                    world.seats.slots().removeWaiting(PILOT, id, m(r.member()));
                } else if (step instanceof SeatStep.MoveWaiting mv) {
                    world.seats.slots().moveWaiting(PILOT, id, m(mv.member()), mv.position());
                } else if (step instanceof SeatStep.Complete c) {
                    world.seats.members().pathCompleted(PILOT, id, m(c.member()));
                } else if (step instanceof SeatStep.Quota q) {
                    world.seats.sessions().changeQuota(ADMIN, id, q.quota(), session().version());
                } else if (step instanceof SeatStep.NextDay n) {
                    return natural ? world.runOn(world.clock.day().plusDays(n.days())).assignments() == 0
                            : world.runOn(world.clock.day().plusDays(n.days())) != null;
                }
                return true;
            } catch (LmsException refused) {
                return false;
            }
        }
    }

    private static boolean holds(SeatSession before, SeatStep step, boolean accepted, SeatSession after) {
        if (!accepted) {
            return step instanceof SeatStep.NextDay ? false : after.slots().equals(before.slots())
                    && after.waiting().equals(before.waiting());
        }
        if (!after.waiting().isEmpty() && after.slots().stream().anyMatch(Slot::isFree)) {
            return false;
        }
        List<UserId> holders = after.holders();
        if (new HashSet<>(holders).size() != holders.size() || after.waiting().stream().anyMatch(holders::contains)) {
            return false;
        }
        List<UserId> list = listAfter(before, step);
        int handedOver = list.size() - after.waiting().size();
        if (handedOver < 0 || !list.subList(handedOver, list.size()).equals(after.waiting())) {
            return false;
        }
        Set<UserId> manual = step instanceof SeatStep.Assign a ? Set.of(m(a.member())) : Set.of();
        List<UserId> newcomers = new ArrayList<>();
        after.slots().stream().sorted(Comparator.comparingInt(Slot::number))
                .filter(s -> s.holder().isPresent() && !before.holders().contains(s.holder().get())
                        && !manual.contains(s.holder().get()))
                .forEach(s -> newcomers.add(s.holder().get()));
        return newcomers.equals(list.subList(0, handedOver));
    }

    private static final AtomicInteger RUNS = new AtomicInteger();

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void property_no_free_slot_while_someone_waits_and_the_list_keeps_its_order(Storages kind) throws Exception {
        // every example is a new session on the same storage: a database per example would cost more than the steps
        try (StorageProvider storage = kind.fresh()) {
            qt().withExamples(kind == Storages.IN_MEMORY ? 150 : 40).forAll(integers().between(0, 4), booleans().all(),
                            lists().of(SeatStep.any()).ofSizeBetween(1, 30))
                    .check((quota, natural, steps) -> {
                        Run run = new Run(storage, quota, natural);
                        for (SeatStep step : steps) {
                            SeatSession before = run.session();
                            boolean accepted = run.apply(step);
                            if (!holds(before, step, accepted, run.session())) {
                                return false;
                            }
                        }
                        return true;
                    });
        }
    }
}
