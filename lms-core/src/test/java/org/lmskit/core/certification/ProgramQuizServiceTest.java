package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.CertificationWorld.ADMIN;
import static org.lmskit.core.certification.CertificationWorld.ALICE;
import static org.lmskit.core.certification.CertificationWorld.BOB;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;
import static org.lmskit.core.certification.RecrutementEtSourcing.SOURCING;

import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.ThemeId;

class ProgramQuizServiceTest {
    private final CertificationWorld world = new CertificationWorld().withSeedPath();
    private final ProgramQuizService quizzes = world.lms.certification().programQuizzes();

    ProgramQuizServiceTest() {
        QuizBank.of(SOURCING, 5, 3).forEach(q -> quizzes.addQuestion(ADMIN, q));
    }

    /** Answers right ({@code 0}) or wrong ({@code 1}) until the attempt finishes or the pattern ends. */
    private ProgramQuizAttempt take(long seed, boolean... rights) {
        ProgramQuizAttempt attempt = quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(seed));
        for (boolean right : rights) {
            if (attempt.finished()) {
                break;
            }
            QuizQuestion question = quizzes.currentQuestion(ALICE, attempt.id());
            attempt = quizzes.answer(ALICE, attempt.id(), question.id(), right ? 0 : 1);
        }
        return attempt;
    }

    private static boolean[] rights(int count) {
        boolean[] all = new boolean[count];
        java.util.Arrays.fill(all, true);
        return all;
    }

    @Test
    void a_quiz_starts_with_a_level_one_question_shown_without_its_answer() {
        ProgramQuizAttempt attempt = quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(42));

        QuizQuestion question = quizzes.currentQuestion(ALICE, attempt.id());
        assertThat(question.difficulty()).isEqualTo(1);
        assertThat(question.choices()).containsExactly("right", "wrong", "also wrong");
        assertThat(attempt.asked()).singleElement().satisfies(a -> assertThat(a.answered()).isFalse());
    }

    @Test
    void starting_again_while_an_attempt_is_open_resumes_it() {
        ProgramQuizAttempt first = quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(1));

        assertThat(quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(2)).id()).isEqualTo(first.id());
    }

    @Test
    void passing_the_quiz_earns_the_themes_badge_even_with_lessons_unwatched() {
        ProgramQuizAttempt attempt = take(7, true, true, true, true, true, true, false, false);

        assertThat(attempt.finished()).isTrue();
        assertThat(attempt.score().orElseThrow().value()).isEqualTo(new BigDecimal("12.00"));
        assertThat(attempt.passed()).isTrue();
        assertThat(world.lms.certification().achievements().achievements(ALICE, ALICE.id(), PATH).badges()).containsExactly(SOURCING);
        assertThat(world.events(CertificationEvent.ProgramQuizFinished.class)).singleElement()
                .satisfies(e -> assertThat(e.passed()).isTrue());
    }

    @Test
    void a_failed_quiz_earns_no_badge_and_may_be_retaken() {
        ProgramQuizAttempt failed = take(7, true, true, false, false);

        assertThat(failed.passed()).isFalse();
        assertThat(world.lms.certification().achievements().achievements(ALICE, ALICE.id(), PATH).badges()).isEmpty();
        assertThat(quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(8)).finished()).isFalse();
    }

    @Test
    void after_a_pass_one_attempt_to_improve_and_the_best_score_is_kept() {
        take(1, true, true, true, true, true, true, false, false);
        take(2, true, true, false, false);

        ProgramQuizResult result = quizzes.result(ALICE, ALICE.id(), SOURCING);
        assertThat(result.bestScore().orElseThrow().value()).isEqualTo(new BigDecimal("12.00"));
        assertThat(result.passed()).isTrue();
        assertThat(result.finishedAttempts()).isEqualTo(2);
        assertThat(result.retake().isAllowed()).isFalse();
        assertThatThrownBy(() -> quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(3)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.QUIZ_IMPROVEMENT_USED));
    }

    @Test
    void after_20_out_of_20_no_attempt_is_allowed() {
        ProgramQuizAttempt perfect = take(5, rights(10));
        assertThat(perfect.score().orElseThrow().value()).isEqualTo(new BigDecimal("20.00"));

        assertThatThrownBy(() -> quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(6)))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.QUIZ_PERFECT_SCORE));
    }

    @Test
    void an_attempt_replays_exactly_from_its_seed() {
        ProgramQuizAttempt attempt = take(99, true, false, true, true, false, true, false);

        assertThat(quizzes.replay(ALICE, attempt.id()))
                .isEqualTo(attempt.asked().stream().map(AskedQuestion::id).toList());
        assertThat(attempt.asked()).extracting(AskedQuestion::difficulty).containsExactly(1, 1, 1, 2, 2, 2, 3, 3);
    }

    @Test
    void a_theme_without_enough_questions_at_each_level_reports_which_levels_lack() {
        ThemeId thin = ThemeId.of("l-art-de-l-ecriture");
        QuizBank.of(thin, 3, 3).forEach(q -> quizzes.addQuestion(ADMIN, q));

        QuizAvailability availability = quizzes.availability(thin);
        assertThat(availability.lackingLevels()).containsExactly(4, 5);
        assertThatThrownBy(() -> quizzes.start(ALICE, PATH, thin, OptionalLong.of(1)))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo(CertificationRefusals.QUIZ_NOT_ENOUGH_QUESTIONS);
                    assertThat(e.getMessage()).contains("[4, 5]");
                });
    }

    @Test
    void only_the_current_question_is_answered_and_only_by_the_learner() {
        ProgramQuizAttempt attempt = quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(4));
        QuizQuestion current = quizzes.currentQuestion(ALICE, attempt.id());

        assertThatThrownBy(() -> quizzes.answer(ALICE, attempt.id(), QuestionId.of("other"), 0))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.QUIZ_WRONG_QUESTION));
        assertThatThrownBy(() -> quizzes.answer(BOB, attempt.id(), current.id(), 0))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> quizzes.answer(ALICE, attempt.id(), current.id(), 3))
                .hasMessageContaining("choice");
    }

    @Test
    void a_finished_attempt_takes_no_more_answers() {
        ProgramQuizAttempt failed = take(7, false, false);

        assertThatThrownBy(() -> quizzes.currentQuestion(ALICE, failed.id()))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CertificationRefusals.QUIZ_FINISHED));
    }

    /** Only a learner takes a quiz; only they see its question; another learner does not even read the attempt. */
    @Test
    void a_quiz_is_the_learner_s_own() {
        ProgramQuizAttempt attempt = quizzes.start(ALICE, PATH, SOURCING, OptionalLong.of(4));

        assertThatThrownBy(() -> quizzes.start(CertificationWorld.MANAGER, PATH, SOURCING, OptionalLong.of(4)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> quizzes.currentQuestion(BOB, attempt.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> quizzes.currentQuestion(ADMIN, attempt.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> quizzes.attempt(BOB, attempt.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(quizzes.attempt(ALICE, attempt.id())).isEqualTo(attempt);
        assertThat(quizzes.attempt(ADMIN, attempt.id()).id()).isEqualTo(attempt.id());
    }

    @Test
    void an_added_question_is_returned_as_stored() {
        Question question = QuizBank.of(ThemeId.of("extra"), 1, 1).get(0);

        assertThat(quizzes.addQuestion(ADMIN, question)).isEqualTo(question);
    }

    @Test
    void only_an_administrator_adds_questions() {
        assertThatThrownBy(() -> quizzes.addQuestion(ALICE, QuizBank.of(ThemeId.of("x"), 1, 1).get(0)))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
