package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.certification.LearningQuizRecord;
import org.lmskit.spi.certification.LearningQuizStore;

/**
 * The contract every adapter's {@code LearningQuizStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class LearningQuizStoreContract extends StorageContract {

    private LearningQuizStore quizzes() {
        return storage.learningQuizzes();
    }

    @Test
    void delivered_quizzes_come_back_in_rank_order_with_their_questions() {
        LearningQuizRecord second = quizzes().insert(new LearningQuizRecord("alice", 2, List.of("q9", "q1"), at(20)));
        LearningQuizRecord first = quizzes().insert(new LearningQuizRecord("alice", 1, List.of("q3", "q2"), at(10)));
        quizzes().insert(new LearningQuizRecord("bob", 1, List.of("q1"), at(5)));

        assertThat(quizzes().findByLearner("alice")).containsExactly(first, second);
        assertThat(quizzes().findByLearner("nobody")).isEmpty();
    }

    @Test
    void a_rank_is_delivered_once() {
        quizzes().insert(new LearningQuizRecord("alice", 1, List.of("q1"), at(0)));

        assertThatThrownBy(() -> quizzes().insert(new LearningQuizRecord("alice", 1, List.of("q2"), at(1))))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(quizzes().findByLearner("alice")).singleElement()
                .satisfies(q -> assertThat(q.questionIds()).containsExactly("q1"));
    }

    @RepeatedTest(5)
    void of_deliveries_racing_for_the_same_rank_exactly_one_lands() {
        assertThat(Race.successfulWrites(4,
                () -> quizzes().insert(new LearningQuizRecord("alice", 1, List.of("q1"), at(0))))).isEqualTo(1);
        assertThat(quizzes().findByLearner("alice")).hasSize(1);
    }
}
