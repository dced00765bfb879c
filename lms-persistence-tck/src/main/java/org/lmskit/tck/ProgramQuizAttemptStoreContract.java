package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.CertificationFixtures.quizAttempt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.AskedQuestionRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptRecord;
import org.lmskit.spi.certification.ProgramQuizAttemptStore;

/**
 * The contract every adapter's {@code ProgramQuizAttemptStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class ProgramQuizAttemptStoreContract extends StorageContract {

    private ProgramQuizAttemptStore attempts() {
        return storage.programQuizAttempts();
    }

    @Test
    void an_attempt_keeps_its_seed_and_asked_questions_in_order() {
        ProgramQuizAttemptRecord stored = attempts().insert(quizAttempt("a1", "alice", "sourcing", at(0)));

        assertThat(stored.version()).isEqualTo(1);
        assertThat(attempts().find("a1")).contains(stored);
        assertThat(attempts().find("a1").orElseThrow().asked()).extracting(AskedQuestionRecord::questionId)
                .containsExactly("q-1", "q-7", "q-3");
    }

    @Test
    void a_finished_attempt_round_trips() {
        ProgramQuizAttemptRecord v1 = attempts().insert(quizAttempt("a1", "alice", "sourcing", at(0)));
        ProgramQuizAttemptRecord finished = new ProgramQuizAttemptRecord("a1", "alice", v1.pathId(), "sourcing", 42L,
                "LEVEL_LADDER", "FINISHED", List.of(new AskedQuestionRecord("q-1", 1, Optional.of(true))),
                Optional.of(new BigDecimal("12.00")), 3, true, at(0), Optional.of(at(90)), 1);

        ProgramQuizAttemptRecord v2 = attempts().update(finished);

        assertThat(attempts().find("a1")).contains(v2);
        assertThatThrownBy(() -> attempts().update(v1)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> attempts().insert(v1)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_learners_attempts_at_a_theme_come_oldest_first() {
        attempts().insert(quizAttempt("a3", "alice", "sourcing", at(30)));
        attempts().insert(quizAttempt("a1", "alice", "sourcing", at(10)));
        attempts().insert(quizAttempt("a2", "alice", "sourcing", at(10)));
        attempts().insert(quizAttempt("b1", "bob", "sourcing", at(0)));
        attempts().insert(quizAttempt("a0", "alice", "entretien", at(0)));

        assertThat(attempts().findByLearnerAndTheme("alice", "sourcing")).extracting(ProgramQuizAttemptRecord::attemptId)
                .containsExactly("a1", "a2", "a3");
        assertThat(attempts().findByLearnerAndTheme("alice", "' OR '1'='1")).isEmpty();
    }

    @RepeatedTest(3)
    void of_writers_racing_from_one_version_exactly_one_wins() {
        ProgramQuizAttemptRecord v1 = attempts().insert(quizAttempt("a1", "alice", "sourcing", at(0)));

        assertThat(Race.successfulWrites(4, () -> attempts().update(v1))).isEqualTo(1);
    }
}
