package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.CertificationFixtures.question;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.certification.QuestionBankStore;
import org.lmskit.spi.certification.QuestionRecord;

/**
 * The contract every adapter's {@code QuestionBankStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class QuestionBankStoreContract extends StorageContract {

    private QuestionBankStore questions() {
        return storage.questions();
    }

    @Test
    void a_question_round_trips_with_its_choices_in_order() {
        QuestionRecord q = questions().insert(question("q1", "sourcing", 2, "lesson-1"));

        assertThat(questions().find("q1")).contains(q);
        assertThat(questions().find("q1").orElseThrow().choices()).containsExactly("a", "b", "c");
        assertThat(questions().find("q2")).isEmpty();
    }

    @Test
    void an_id_is_taken_once() {
        questions().insert(question("q1", "sourcing", 2, null));
        assertThatThrownBy(() -> questions().insert(question("q1", "other", 1, null)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(questions().find("q1").orElseThrow().themeId()).isEqualTo("sourcing");
    }

    @Test
    void many_questions_are_read_in_one_call_ordered_by_id() {
        QuestionRecord q2 = questions().insert(question("q2", "t", 1, null));
        QuestionRecord q1 = questions().insert(question("q1", "t", 2, null));
        questions().insert(question("q3", "t", 1, null));

        assertThat(questions().findAll(List.of("q2", "missing", "q1", "q2"))).containsExactly(q1, q2);
        assertThat(questions().findAll(List.of())).isEmpty();
        assertThat(questions().findAll(List.of("' OR '1'='1"))).isEmpty();
    }

    @Test
    void a_themes_questions_come_by_difficulty_then_id() {
        questions().insert(question("q3", "sourcing", 2, null));
        questions().insert(question("q1", "sourcing", 3, null));
        questions().insert(question("q2", "sourcing", 2, null));
        questions().insert(question("q0", "entretien", 1, null));

        assertThat(questions().findByTheme("sourcing")).extracting(QuestionRecord::questionId)
                .containsExactly("q2", "q3", "q1");
    }

    @Test
    void questions_about_lessons_are_found_by_lesson() {
        questions().insert(question("q1", "t", 1, "lesson-1"));
        questions().insert(question("q2", "t", 1, "lesson-2"));
        questions().insert(question("q3", "t", 1, null));
        questions().insert(question("q4", "t", 1, "lesson-3"));

        assertThat(questions().findByLessons(List.of("lesson-3", "lesson-1"))).extracting(QuestionRecord::questionId)
                .containsExactly("q1", "q4");
        assertThat(questions().findByLessons(List.of())).isEmpty();
    }

    @Test
    void hostile_text_is_only_data() {
        questions().insert(question("plain", "t", 1, "lesson"));
        for (String text : HOSTILE_TEXT) {
            assertThat(questions().findByTheme(text)).isEmpty();
            assertThat(questions().findByLessons(List.of(text))).isEmpty();
        }
        int i = 0;
        for (String text : HOSTILE_TEXT) {
            QuestionRecord q = questions().insert(question("h" + i++, text, 1, text));
            assertThat(questions().findByTheme(text)).containsExactly(q);
            assertThat(questions().findByLessons(List.of(text))).containsExactly(q);
        }
    }
}
