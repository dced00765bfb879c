package org.lmskit.core.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.seats.SeatWorld.ADMIN;
import static org.lmskit.core.seats.SeatWorld.PILOT;
import static org.lmskit.core.seats.SeatWorld.m;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.SessionId;
import org.lmskit.tck.Race;

class SeatConcurrencyTest {

    @RepeatedTest(10)
    void racing_assignments_never_hold_more_slots_than_bought() {
        SeatWorld world = new SeatWorld();
        SessionId id = world.slotSession("s", 3, Rotation.none(), 8).id();
        AtomicInteger next = new AtomicInteger();

        List<Boolean> won = Race.run(8, () -> {
            try {
                world.seats.slots().assignSlot(PILOT, id, m(next.incrementAndGet()));
                return true;
            } catch (RuleRefusedException full) {
                return false;
            }
        });

        assertThat(won.stream().filter(w -> w)).hasSize(3);
        assertThat(world.holders(id)).hasSize(3).doesNotHaveDuplicates();
    }

    @RepeatedTest(5)
    void two_daily_job_runners_at_once_assign_each_slot_once() {
        SeatWorld world = new SeatWorld();
        for (int s = 0; s < 10; s++) {
            world.started("s" + s, 2, Rotation.every(10, true), 4);
        }
        LocalDate day = LocalDate.of(2021, 9, 16);
        world.clock.setDay(day);

        List<DailyRotationReport> reports = Race.run(2, () -> world.seats.rotation().runDailyRotation(ADMIN, day));

        assertThat(reports.stream().mapToInt(DailyRotationReport::assignments).sum()).isEqualTo(20);
        for (int s = 0; s < 10; s++) {
            assertThat(world.holders(SessionId.of("s" + s))).containsExactly("m3", "m4");
            assertThat(world.waiting(SessionId.of("s" + s))).containsExactly("m1", "m2");
        }
        assertThat(world.events).filteredOn(SeatEvent.SlotAssigned.class::isInstance)
                .map(e -> (SeatEvent.SlotAssigned) e)
                .filteredOn(e -> e.reason() == SlotChange.Reason.RHYTHMIC_ROTATION).hasSize(20);
    }
}
