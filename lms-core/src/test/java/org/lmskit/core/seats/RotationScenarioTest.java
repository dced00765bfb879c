package org.lmskit.core.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.seats.SeatWorld.ADMIN;
import static org.lmskit.core.seats.SeatWorld.PILOT;
import static org.lmskit.core.seats.SeatWorld.m;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.SessionId;

/** Day-by-day scenarios of seed 003's "Rotations", stepping a fixed clock through the daily job. */
class RotationScenarioTest {
    private final SeatWorld world = new SeatWorld();

    @Test
    void rhythmic_every_10_working_days_hands_over_on_the_tenth_working_day() {
        SessionId id = world.started("s", 3, Rotation.every(10, false), 6).id();

        world.runUntil(LocalDate.of(2021, 9, 19));
        assertThat(world.holders(id)).containsExactly("m1", "m2", "m3");

        DailyRotationReport monday = world.runOn(LocalDate.of(2021, 9, 20));
        assertThat(world.holders(id)).containsExactly("m4", "m5", "m6");
        assertThat(world.waiting(id)).containsExactly("m1", "m2", "m3");
        assertThat(monday.assignments()).isEqualTo(3);
        assertThat(monday.releases()).isEqualTo(3);

        world.runUntil(LocalDate.of(2021, 10, 3));
        assertThat(world.holders(id)).containsExactly("m4", "m5", "m6");
        world.runOn(LocalDate.of(2021, 10, 4));
        assertThat(world.holders(id)).containsExactly("m1", "m2", "m3");
        assertThat(world.waiting(id)).containsExactly("m4", "m5", "m6");
    }

    @Test
    void rhythmic_counting_weekends_hands_over_after_10_calendar_days() {
        SessionId id = world.started("s", 3, Rotation.every(10, true), 6).id();

        world.runUntil(LocalDate.of(2021, 9, 15));
        assertThat(world.holders(id)).containsExactly("m1", "m2", "m3");
        world.runOn(LocalDate.of(2021, 9, 16));
        assertThat(world.holders(id)).containsExactly("m4", "m5", "m6");
        world.runUntil(LocalDate.of(2021, 9, 25));
        assertThat(world.holders(id)).containsExactly("m4", "m5", "m6");
        world.runOn(LocalDate.of(2021, 9, 26));  // a Sunday counts
        assertThat(world.holders(id)).containsExactly("m1", "m2", "m3");
    }

    @Test
    void a_public_holiday_pushes_a_working_day_rotation_back() {
        SeatWorld withHoliday = new SeatWorld();
        // not the seed's: a host calendar where Friday 17 September 2021 is off
        SeatsCapability seats = org.lmskit.core.Lms.builder().storage(withHoliday.storage).clock(withHoliday.clock)
                .directory(new org.lmskit.core.directory.Directory() {
                    @Override
                    public java.util.Set<org.lmskit.core.id.UserId> managersOf(org.lmskit.core.id.UserId learner) {
                        return java.util.Set.of();
                    }

                    @Override
                    public java.util.Optional<org.lmskit.core.id.CompanyId> companyOf(org.lmskit.core.id.UserId user) {
                        return java.util.Optional.of(SeatWorld.MANPOWER);
                    }
                })
                .workingDays(WorkingDayCalendar.weekdays().withHolidays(java.util.Set.of(LocalDate.of(2021, 9, 17))))
                .build().seats();
        SessionId id = withHoliday.started("s", 1, Rotation.every(10, false), 2).id();

        withHoliday.clock.setDay(LocalDate.of(2021, 9, 20));
        seats.rotation().runDailyRotation(ADMIN, LocalDate.of(2021, 9, 20));
        assertThat(withHoliday.holders(id)).containsExactly("m1");
        withHoliday.clock.setDay(LocalDate.of(2021, 9, 21));
        seats.rotation().runDailyRotation(ADMIN, LocalDate.of(2021, 9, 21));
        assertThat(withHoliday.holders(id)).containsExactly("m2");
    }

    @Test
    void with_fewer_waiting_than_turns_over_only_the_first_slots_rotate_and_nobody_gets_a_slot_back_at_once() {
        SessionId id = world.started("s", 3, Rotation.every(10, true), 4).id();

        world.runOn(LocalDate.of(2021, 9, 16));

        assertThat(world.holders(id)).containsExactly("m4", "m2", "m3");
        assertThat(world.waiting(id)).containsExactly("m1");
        // m2 and m3's turns are over too: they rotate as soon as someone waits (m1, the next day)
        world.runOn(LocalDate.of(2021, 9, 17));
        assertThat(world.holders(id)).containsExactly("m4", "m1", "m3");
        assertThat(world.waiting(id)).containsExactly("m2");
    }

    @Test
    void if_nobody_waits_holders_keep_their_access() {
        SessionId id = world.started("s", 3, Rotation.every(2, true), 3).id();

        world.runUntil(LocalDate.of(2021, 10, 1));

        assertThat(world.holders(id)).containsExactly("m1", "m2", "m3");
    }

    @Test
    void natural_rotation_hands_a_finished_learners_slot_to_the_first_waiting() {
        SessionId id = world.started("s", 2, Rotation.natural(), 4).id();
        world.runUntil(LocalDate.of(2021, 9, 30));
        assertThat(world.holders(id)).containsExactly("m1", "m2");

        world.seats.members().pathCompleted(ADMIN, id, m(2), LocalDate.of(2021, 10, 1));
        world.runOn(LocalDate.of(2021, 10, 1));

        assertThat(world.holders(id)).containsExactly("m1", "m3");
        assertThat(world.waiting(id)).containsExactly("m4");
    }

    @Test
    void a_completion_recorded_without_a_day_is_dated_today_by_the_clock_and_needs_an_actor() {
        SessionId id = world.started("s", 2, Rotation.natural(), 4).id();
        world.runUntil(LocalDate.of(2021, 9, 30));

        assertThat(world.seats.members().pathCompleted(ADMIN, id, m(2)).member().pathCompletedOn())
                .contains(LocalDate.of(2021, 9, 30));
        assertThatThrownBy(() -> world.seats.members().pathCompleted(null, id, m(2)))
                .isInstanceOf(org.lmskit.core.error.InvalidInputException.class).hasMessageContaining("actor");
    }

    @Test
    void natural_rotation_with_nobody_waiting_leaves_the_finished_learner_their_access() {
        SessionId id = world.started("s", 2, Rotation.natural(), 2).id();
        world.seats.members().pathCompleted(ADMIN, id, m(1), LocalDate.of(2021, 9, 10));

        world.runUntil(LocalDate.of(2021, 9, 20));

        assertThat(world.holders(id)).containsExactly("m1", "m2");
    }

    @Test
    void running_the_daily_job_twice_for_a_day_changes_nothing_the_second_time() {
        SessionId id = world.started("s", 3, Rotation.every(10, true), 6).id();

        DailyRotationReport first = world.runOn(LocalDate.of(2021, 9, 16));
        List<String> holders = world.holders(id);
        DailyRotationReport second = world.runOn(LocalDate.of(2021, 9, 16));

        assertThat(first.assignments()).isEqualTo(3);
        assertThat(second.assignments()).isZero();
        assertThat(world.holders(id)).isEqualTo(holders);
    }

    @Test
    void the_daily_job_reports_per_session_and_emits_welcome_material() {
        world.started("a", 1, Rotation.every(10, true), 2);
        world.started("b", 1, Rotation.every(30, true), 2);

        DailyRotationReport report = world.runOn(LocalDate.of(2021, 9, 16));

        assertThat(report.sessionsExamined()).isEqualTo(2);
        assertThat(report.rotations()).singleElement().satisfies(r -> {
            assertThat(r.session().value()).isEqualTo("a");
            assertThat(r.assignments()).extracting(c -> c.user().value()).containsExactly("m2");
            assertThat(r.releases()).extracting(c -> c.user().value()).containsExactly("m1");
        });
        assertThat(world.events).filteredOn(SeatEvent.SlotAssigned.class::isInstance)
                .map(e -> (SeatEvent.SlotAssigned) e).filteredOn(e -> e.reason() == SlotChange.Reason.RHYTHMIC_ROTATION)
                .singleElement().satisfies(e -> assertThat(e.user()).isEqualTo(m(2)));
    }

    @Test
    void after_expiry_nobody_has_access_and_nothing_rotates() {
        SessionId id = world.started("s", 1, Rotation.every(1, true), 2).id();

        assertThat(world.seats.members().hasAccess(id, m(1), SeatWorld.EXPIRY)).isTrue();
        assertThat(world.seats.members().hasAccess(id, m(1), SeatWorld.EXPIRY.plusDays(1))).isFalse();
        assertThat(world.seats.rotation().runDailyRotation(ADMIN, SeatWorld.EXPIRY.plusDays(1)).sessionsExamined()).isZero();
        assertThat(world.seats.members().withAccess(PILOT, id, SeatWorld.START)).containsExactly(m(1));
    }
}
