package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.jobs.JobRun;
import org.lmskit.spi.jobs.JobRunStore;

/**
 * The contract every adapter's {@code JobRunStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class JobRunStoreContract extends StorageContract {

    private JobRunStore runs() {
        return storage.jobRuns();
    }

    @Test
    void the_first_claim_of_a_run_wins_and_later_ones_lose() {
        assertThat(runs().tryClaim("daily-rotation", "2026-11-24", "node-a", at(0))).isTrue();
        assertThat(runs().tryClaim("daily-rotation", "2026-11-24", "node-b", at(1))).isFalse();

        JobRun run = runs().find("daily-rotation", "2026-11-24").orElseThrow();
        assertThat(run.owner()).isEqualTo("node-a");
        assertThat(run.claimedAt()).isEqualTo(at(0));
        assertThat(run.completedAt()).isEmpty();
    }

    @Test
    void runs_of_other_keys_or_jobs_are_independent() {
        assertThat(runs().tryClaim("daily-rotation", "2026-11-24", "a", at(0))).isTrue();
        assertThat(runs().tryClaim("daily-rotation", "2026-11-25", "a", at(0))).isTrue();
        assertThat(runs().tryClaim("overdue-sweep", "2026-11-24", "a", at(0))).isTrue();
        assertThat(runs().find("overdue-sweep", "2026-11-26")).isEmpty();
    }

    @Test
    void only_the_owner_completes_a_run_and_only_once() {
        runs().tryClaim("job", "k", "owner", at(0));

        assertThatThrownBy(() -> runs().complete("job", "k", "intruder", at(1), "x"))
                .isInstanceOf(StaleVersionException.class);
        runs().complete("job", "k", "owner", at(2), "3 assignments");
        assertThatThrownBy(() -> runs().complete("job", "k", "owner", at(3), "again"))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> runs().complete("job", "unclaimed", "owner", at(3), "x"))
                .isInstanceOf(StaleVersionException.class);

        JobRun run = runs().find("job", "k").orElseThrow();
        assertThat(run.completedAt()).contains(at(2));
        assertThat(run.outcome()).contains("3 assignments");
    }

    @RepeatedTest(10)
    void of_runners_racing_for_the_same_run_exactly_one_claims_it() {
        AtomicInteger names = new AtomicInteger();
        List<Boolean> claims = Race.run(6,
                () -> runs().tryClaim("daily-rotation", "2026-11-24", "runner-" + names.incrementAndGet(), at(0)));

        assertThat(claims.stream().filter(won -> won)).hasSize(1);
    }
}
