package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.adaptive.LessonProgressRecord;
import org.lmskit.spi.adaptive.LessonProgressStore;

/**
 * The contract every adapter's {@code LessonProgressStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class LessonProgressStoreContract extends StorageContract {

    private LessonProgressStore store() {
        return storage.lessonProgress();
    }

    @Test
    void progress_round_trips_with_attempts_in_order_and_scores_exact() {
        LessonProgressRecord record = new LessonProgressRecord("agasse", "quiz", "PASSED", Optional.of("LEARNER"), false,
                List.of(new LessonProgressRecord.Attempt(at(0), "FAILED", Optional.of(new BigDecimal("40.00")), 30),
                        new LessonProgressRecord.Attempt(at(60), "IN_PROGRESS", Optional.empty(), 0),
                        new LessonProgressRecord.Attempt(at(120), "PASSED", Optional.of(new BigDecimal("94.00")), 44)),
                74, Optional.of(new BigDecimal("94.00")), Optional.of(at(120)), 0);

        LessonProgressRecord stored = store().insert(record);

        assertThat(stored).isEqualTo(record.withVersion(1));
        assertThat(store().find("agasse", "quiz")).contains(stored);
        assertThatThrownBy(() -> store().insert(record)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void progress_without_attempts_or_score_round_trips() {
        LessonProgressRecord record = new LessonProgressRecord("amalric", "l1", "NOT_STARTED", Optional.empty(), true,
                List.of(), 0, Optional.empty(), Optional.empty(), 0);

        assertThat(store().insert(record)).isEqualTo(record.withVersion(1));
        assertThat(store().find("amalric", "l1")).contains(record.withVersion(1));
    }

    @RepeatedTest(3)
    void two_first_attempts_racing_make_one_record() {
        long won = Race.successfulWrites(4, () -> store().insert(AdaptiveFixtures.progress("agasse", "l1", "IN_PROGRESS", at(0))));

        assertThat(won).isEqualTo(1);
    }

    @Test
    void a_stale_update_never_overwrites() {
        LessonProgressRecord v1 = store().insert(AdaptiveFixtures.progress("agasse", "l1", "IN_PROGRESS", at(0)));
        LessonProgressRecord v2 = store().update(AdaptiveFixtures.progress("agasse", "l1", "COMPLETED", at(10)).withVersion(1));

        assertThatThrownBy(() -> store().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThat(store().find("agasse", "l1")).contains(v2);
    }

    @Test
    void several_learners_and_lessons_come_in_one_call_ordered() {
        store().insert(AdaptiveFixtures.progress("demory", "l2", "COMPLETED", at(0)));
        store().insert(AdaptiveFixtures.progress("agasse", "l2", "COMPLETED", at(0)));
        store().insert(AdaptiveFixtures.progress("agasse", "l1", "COMPLETED", at(0)));
        store().insert(AdaptiveFixtures.progress("agasse", "l9", "COMPLETED", at(0)));
        store().insert(AdaptiveFixtures.progress("borrat", "l1", "COMPLETED", at(0)));

        assertThat(store().findAll(List.of("demory", "agasse"), List.of("l1", "l2")))
                .extracting(p -> p.learnerId() + "/" + p.lessonId())
                .containsExactly("agasse/l1", "agasse/l2", "demory/l2");
        assertThat(store().findAll(List.of(), List.of("l1"))).isEmpty();
        assertThat(store().findByLearner("agasse")).extracting(LessonProgressRecord::lessonId)
                .containsExactly("l1", "l2", "l9");
        assertThat(store().findAll(List.of("' OR '1'='1"), List.of("l1"))).isEmpty();
    }
}
