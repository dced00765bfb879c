package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.SeatFixtures.held;
import static org.lmskit.tck.SeatFixtures.slots;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.seats.RotationDueQuery;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SeatSessionStore;

/**
 * The contract every adapter's {@code SeatSessionStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class SeatSessionStoreContract extends StorageContract {

    private SeatSessionStore sessions() {
        return storage.seatSessions();
    }

    @Test
    void a_session_round_trips_with_its_slots_and_waiting_list_in_order() {
        SeatSessionRecord stored = sessions().insert(held(slots("s1", "manpower", 3), List.of("ana", "ben"),
                List.of("zoe", "carl"), LocalDate.of(2021, 9, 10)));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(sessions().find("s1")).contains(stored);
        assertThat(sessions().findByReference("Manpower - Lyon - s1")).contains(stored);
        assertThat(sessions().find("s1").orElseThrow().waiting()).containsExactly("zoe", "carl");
        assertThat(sessions().find("s1").orElseThrow().slots().get(2).holderId()).isEmpty();
    }

    @Test
    void ids_and_references_are_unique() {
        sessions().insert(slots("s1", "manpower", 3));

        assertThatThrownBy(() -> sessions().insert(slots("s1", "other", 1))).isInstanceOf(DuplicateKeyException.class);
        SeatSessionRecord sameReference = new SeatSessionRecord("s2", "Manpower - Lyon - s1", "manpower", "p", "SLOTS",
                SeatFixtures.START, SeatFixtures.EXPIRY, 1, 0, "NONE", 0, false, List.of(), List.of(), Optional.empty(), 0);
        assertThatThrownBy(() -> sessions().insert(sameReference)).isInstanceOf(DuplicateKeyException.class);
        assertThat(sessions().find("s2")).isEmpty();
    }

    @Test
    void a_stale_update_never_overwrites() {
        SeatSessionRecord v1 = sessions().insert(slots("s1", "manpower", 3));
        SeatSessionRecord v2 = sessions().update(held(v1, List.of("ana"), List.of(), null));

        assertThatThrownBy(() -> sessions().update(held(v1, List.of("ben"), List.of(), null)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(sessions().find("s1")).contains(v2);
    }

    @Test
    void a_companys_sessions_come_by_reference_and_the_running_ones_by_day() {
        sessions().insert(slots("b", "manpower", 1));
        sessions().insert(slots("a", "manpower", 1));
        sessions().insert(slots("c", "adecco", 1));

        assertThat(sessions().findByCompany("manpower", PageRequest.first(10)).items())
                .extracting(SeatSessionRecord::sessionId).containsExactly("a", "b");
        assertThat(sessions().findRunning("manpower", SeatFixtures.START)).hasSize(2);
        assertThat(sessions().findRunning("manpower", SeatFixtures.EXPIRY)).hasSize(2);
        assertThat(sessions().findRunning("manpower", SeatFixtures.EXPIRY.plusDays(1))).isEmpty();
        assertThat(sessions().findRunning("manpower", SeatFixtures.START.minusDays(1))).isEmpty();
        assertThat(sessions().findRunning("' OR '1'='1", SeatFixtures.START)).isEmpty();
    }

    @Test
    void the_rotations_due_on_a_day_are_running_slot_sessions_with_a_rotation_not_yet_handled() {
        LocalDate day = LocalDate.of(2021, 10, 4);
        sessions().insert(slots("s1", "manpower", 1));
        sessions().insert(held(slots("s2", "manpower", 1), List.of(), List.of(), day));
        sessions().insert(held(slots("s3", "manpower", 1), List.of(), List.of(), day.minusDays(1)));
        SeatSessionRecord none = slots("s4", "manpower", 1);
        sessions().insert(new SeatSessionRecord("s4", "r4", "manpower", "p", "SLOTS", none.startDate(), none.expiryDate(),
                1, 0, "NONE", 0, false, none.slots(), List.of(), Optional.empty(), 0));
        sessions().insert(new SeatSessionRecord("s5", "r5", "manpower", "p", "LICENCES", none.startDate(),
                none.expiryDate(), 1, 0, "RHYTHMIC", 10, false, List.of(), List.of(), Optional.empty(), 0));
        sessions().insert(new SeatSessionRecord("s6", "r6", "manpower", "p", "SLOTS", none.startDate(),
                day.minusDays(1), 1, 0, "NATURAL", 0, false, none.slots(), List.of(), Optional.empty(), 0));

        assertThat(sessions().findRotationDue(new RotationDueQuery(day, Optional.empty(), 10)))
                .extracting(SeatSessionRecord::sessionId).containsExactly("s1", "s3");
        assertThat(sessions().findRotationDue(new RotationDueQuery(day, Optional.of("s1"), 10)))
                .extracting(SeatSessionRecord::sessionId).containsExactly("s3");
        assertThat(sessions().findRotationDue(new RotationDueQuery(day, Optional.empty(), 1)))
                .extracting(SeatSessionRecord::sessionId).containsExactly("s1");
    }

    @RepeatedTest(5)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        SeatSessionRecord v1 = sessions().insert(slots("s1", "manpower", 1));

        assertThat(Race.successfulWrites(4, () -> sessions().update(held(v1, List.of("ana"), List.of(), null))))
                .isEqualTo(1);
    }
}
