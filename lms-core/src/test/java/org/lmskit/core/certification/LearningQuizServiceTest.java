package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.certification.CertificationWorld.ADMIN;
import static org.lmskit.core.certification.CertificationWorld.ALICE;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ThemeId;

class LearningQuizServiceTest {
    private final CertificationWorld world = new CertificationWorld();
    private final LearningQuizService learningQuizzes = world.lms.certification().learningQuizzes();

    LearningQuizServiceTest() {
        // 5 levels x 3 questions, each about its own lesson "lesson-<level>-<i>"
        QuizBank.of(ThemeId.of("t"), 5, 3).forEach(q -> world.lms.certification().programQuizzes().addQuestion(ADMIN, q));
    }

    private void view(String... lessons) {
        world.viewed.put(ALICE.id(), java.util.Arrays.stream(lessons).map(LessonId::of).toList());
    }

    private static String[] lessons(int levels) {
        return IntStream.rangeClosed(1, levels).boxed()
                .flatMap(level -> IntStream.rangeClosed(1, 3).mapToObj(i -> "lesson-" + level + "-" + i))
                .toArray(String[]::new);
    }

    @Test
    void no_quiz_before_5_lessons_viewed() {
        view("lesson-1-1", "lesson-1-2", "lesson-1-3", "lesson-2-1");

        assertThat(learningQuizzes.next(ALICE)).isEmpty();
    }

    @Test
    void the_first_quiz_waits_until_10_questions_about_viewed_lessons_exist() {
        view(lessons(3));  // 9 lessons viewed, 9 questions about them
        assertThat(learningQuizzes.next(ALICE)).isEmpty();

        view(lessons(4));  // 12 lessons, 12 questions
        LearningQuiz quiz = learningQuizzes.next(ALICE).orElseThrow();
        assertThat(quiz.sequence()).isEqualTo(1);
        assertThat(quiz.questions()).hasSize(10).allSatisfy(q -> assertThat(q.id().value()).doesNotContain("-l5-"));
    }

    @Test
    void a_quiz_is_delivered_once_and_the_next_comes_five_lessons_later() {
        view(lessons(4));  // 12 lessons: two quizzes earned
        assertThat(learningQuizzes.next(ALICE).orElseThrow().sequence()).isEqualTo(1);
        assertThat(learningQuizzes.next(ALICE).orElseThrow().sequence()).isEqualTo(2);
        assertThat(learningQuizzes.next(ALICE)).isEmpty();

        view(lessons(5));  // 15 lessons: a third
        assertThat(learningQuizzes.next(ALICE).orElseThrow().sequence()).isEqualTo(3);
        assertThat(learningQuizzes.delivered(ALICE, ALICE.id())).extracting(LearningQuiz::sequence)
                .containsExactly(1, 2, 3);
        // delivered again as they were: the same questions, shown with their prompts
        LearningQuiz third = learningQuizzes.delivered(ALICE, ALICE.id()).get(2);
        assertThat(third.questions()).hasSize(10).allSatisfy(q -> assertThat(q.prompt()).isNotEqualTo("(removed)"));
    }

    @Test
    void learning_quizzes_never_touch_certification() {
        view(lessons(4));
        learningQuizzes.next(ALICE);

        assertThat(world.events).isEmpty();
        assertThat(world.lms.certification().achievements().achievements(ALICE, ALICE.id(), RecrutementEtSourcing.PATH).badges()).isEmpty();
        assertThat(List.copyOf(world.notifications)).isEmpty();
    }
}
