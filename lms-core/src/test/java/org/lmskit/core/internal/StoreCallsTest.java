package org.lmskit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;

/** Which lost races are run again, and how many times in all. */
class StoreCallsTest {

    private static ConflictException conflict(String code) {
        return new ConflictException(code, code, null);
    }

    @Test
    void a_stale_version_is_tried_again_until_it_goes_through() {
        AtomicInteger runs = new AtomicInteger();

        String result = StoreCalls.retryingLostRaces(5, false, () -> {
            if (runs.incrementAndGet() < 3) {
                throw conflict(ConflictException.STALE_VERSION);
            }
            return "through";
        });

        assertThat(result).isEqualTo("through");
        assertThat(runs).hasValue(3);
    }

    @Test
    void work_that_keeps_losing_runs_exactly_the_times_allowed_then_the_conflict_is_thrown() {
        AtomicInteger runs = new AtomicInteger();
        ConflictException stale = conflict(ConflictException.STALE_VERSION);

        assertThatThrownBy(() -> StoreCalls.retryingLostRaces(3, false, () -> {
            runs.incrementAndGet();
            throw stale;
        })).isSameAs(stale);
        assertThat(runs).hasValue(3);
    }

    @Test
    void an_insert_that_lost_is_retried_only_when_inserts_race_and_other_conflicts_never() {
        AtomicInteger runs = new AtomicInteger();
        ConflictException exists = conflict(ConflictException.ALREADY_EXISTS);

        assertThatThrownBy(() -> StoreCalls.retryingLostRaces(3, false, () -> {
            runs.incrementAndGet();
            throw exists;
        })).isSameAs(exists);
        assertThat(runs).hasValue(1);
        assertThatThrownBy(() -> StoreCalls.retryingLostRaces(3, true, () -> {
            runs.incrementAndGet();
            throw exists;
        })).isSameAs(exists);
        assertThat(runs).hasValue(4);
        assertThatThrownBy(() -> StoreCalls.retryingLostRaces(3, true, () -> {
            runs.incrementAndGet();
            throw conflict("something-else");
        })).hasMessage("something-else");
        assertThat(runs).hasValue(5);
    }
}
