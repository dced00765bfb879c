package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.competency.InterimReviewRecord;
import org.lmskit.spi.competency.InterimReviewStore;

/**
 * The contract every adapter's {@code InterimReviewStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class InterimReviewStoreContract extends StorageContract {

    private InterimReviewStore reviews() {
        return storage.interimReviews();
    }

    private InterimReviewRecord draft(String id, String learner, int second) {
        return new InterimReviewRecord(id, learner, "DRAFT", Map.of("CC1.1", "3", "CC2.1", "2"), Set.of("CC6.2"),
                "Constats : progrès réguliers", "Conseils : travailler la maintenance", "prof", at(second),
                Optional.empty(), Optional.empty(), 0);
    }

    @Test
    void a_review_round_trips_with_levels_not_applicable_findings_and_advice() {
        InterimReviewRecord stored = reviews().insert(draft("r1", "karine", 0));

        assertThat(reviews().find("r1")).contains(stored);
        assertThatThrownBy(() -> reviews().insert(draft("r1", "x", 0))).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_learners_reviews_come_oldest_first() {
        reviews().insert(draft("b", "karine", 10));
        reviews().insert(draft("a", "karine", 10));
        reviews().insert(draft("c", "karine", 5));
        reviews().insert(draft("d", "other", 1));

        assertThat(reviews().findByLearner("karine")).extracting(InterimReviewRecord::reviewId)
                .containsExactly("c", "a", "b");
    }

    @Test
    void a_stale_update_never_overwrites() {
        InterimReviewRecord v1 = reviews().insert(draft("r1", "karine", 0));
        InterimReviewRecord finalized = new InterimReviewRecord("r1", "karine", "FINAL", v1.levels(), v1.notApplicable(),
                v1.findings(), v1.advice(), v1.authorId(), v1.createdAt(), Optional.of(at(60)), Optional.of("prof"), 1);
        InterimReviewRecord v2 = reviews().update(finalized);

        assertThatThrownBy(() -> reviews().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(reviews().find("r1")).contains(v2);
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        InterimReviewRecord v1 = reviews().insert(draft("r1", "karine", 0));

        assertThat(Race.successfulWrites(4, () -> reviews().update(v1))).isEqualTo(1);
    }
}
