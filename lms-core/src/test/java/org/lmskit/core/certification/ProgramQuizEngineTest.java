package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.QuestionId;

class ProgramQuizEngineTest {
    private static final ProgramQuizConfig DEFAULTS = ProgramQuizConfig.ofDefaults();
    private static final List<Question> BANK = QuizBank.of(RecrutementEtSourcing.SOURCING, 5, 3);

    /** Answers with the given right/wrong pattern until the engine finishes or the pattern runs out. */
    private static Run run(QuestionSelectionPolicy policy, ProgramQuizConfig config, long seed, List<Boolean> pattern) {
        List<AskedQuestion> answered = new ArrayList<>();
        for (boolean right : pattern) {
            ProgramQuizEngine.Step step = ProgramQuizEngine.step(policy, config, BANK, seed, answered);
            if (step instanceof ProgramQuizEngine.Done done) {
                return new Run(answered, Optional.of(done));
            }
            Question q = ((ProgramQuizEngine.Next) step).question();
            answered.add(new AskedQuestion(q.id(), q.difficulty(), Optional.of(right)));
        }
        ProgramQuizEngine.Step last = ProgramQuizEngine.step(policy, config, BANK, seed, answered);
        return new Run(answered, last instanceof ProgramQuizEngine.Done done ? Optional.of(done) : Optional.empty());
    }

    private record Run(List<AskedQuestion> answered, Optional<ProgramQuizEngine.Done> done) {
        List<Integer> difficulties() {
            return answered.stream().map(AskedQuestion::difficulty).toList();
        }
    }

    private static List<Boolean> all(boolean right, int count) {
        return java.util.Collections.nCopies(count, right);
    }

    @Test
    void all_right_climbs_two_questions_a_level_and_finishes_at_20() {
        Run run = run(new LevelLadder(), DEFAULTS, 7, all(true, 20));

        assertThat(run.difficulties()).containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        assertThat(run.done()).hasValueSatisfying(done -> {
            assertThat(done.highestLevelPassed()).isEqualTo(5);
            assertThat(done.score().value()).isEqualTo(new BigDecimal("20.00"));
        });
    }

    @Test
    void two_wrong_answers_at_a_level_stop_the_quiz_at_the_level_below() {
        // level 1 passed, level 2 passed, level 3: wrong, right, wrong -> stop with 2 of 5 levels = 8/20
        Run run = run(new LevelLadder(), DEFAULTS, 7, List.of(true, true, true, true, false, true, false));

        assertThat(run.difficulties()).containsExactly(1, 1, 2, 2, 3, 3, 3);
        assertThat(run.done()).hasValueSatisfying(done -> {
            assertThat(done.highestLevelPassed()).isEqualTo(2);
            assertThat(done.score().value()).isEqualTo(new BigDecimal("8.00"));
        });
    }

    @Test
    void failing_the_first_level_scores_0() {
        Run run = run(new LevelLadder(), DEFAULTS, 1, all(false, 5));

        assertThat(run.answered()).hasSize(2);
        assertThat(run.done().orElseThrow().score().value()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void a_later_start_level_counts_the_levels_below_as_passed() {
        Run run = run(new LevelLadder(), DEFAULTS.withLevels(5, 3), 1, all(false, 5));

        assertThat(run.difficulties()).containsExactly(3, 3);
        assertThat(run.done().orElseThrow().highestLevelPassed()).isEqualTo(2);
    }

    @Test
    void the_staircase_moves_one_level_per_answer_and_keeps_the_highest_right() {
        ProgramQuizConfig config = DEFAULTS.withStaircaseLength(6);
        Run run = run(new Staircase(), config, 3, List.of(true, true, false, true, false, false));

        assertThat(run.difficulties()).containsExactly(1, 2, 3, 2, 3, 2);
        assertThat(run.done().orElseThrow().highestLevelPassed()).isEqualTo(2);
    }

    @Test
    void a_bank_that_runs_dry_ends_the_quiz_with_what_was_passed() {
        List<Question> thin = QuizBank.of(RecrutementEtSourcing.SOURCING, 5, 1);
        List<AskedQuestion> answered = new ArrayList<>();
        Question first = ((ProgramQuizEngine.Next) ProgramQuizEngine.step(new LevelLadder(), DEFAULTS, thin, 1, answered))
                .question();
        answered.add(new AskedQuestion(first.id(), 1, Optional.of(true)));

        assertThat(ProgramQuizEngine.step(new LevelLadder(), DEFAULTS, thin, 1, answered))
                .isEqualTo(new ProgramQuizEngine.Done(0, Grade.of(BigDecimal.ZERO)));
    }

    @Test
    void a_question_is_never_asked_twice_in_an_attempt() {
        Run run = run(new Staircase(), DEFAULTS.withStaircaseLength(10), 11, List.of(true, false, true, false, true,
                false, true, false, true, false));

        assertThat(run.answered().stream().map(AskedQuestion::id).distinct()).hasSize(run.answered().size());
    }

    @Test
    void property_the_same_seed_and_answers_ask_the_same_questions() {
        qt().forAll(longs().all(), lists().of(booleans().all()).ofSizeBetween(1, 12))
                .check((seed, pattern) -> run(new LevelLadder(), DEFAULTS, seed, pattern).answered()
                        .equals(run(new LevelLadder(), DEFAULTS, seed, pattern).answered()));
    }

    @Test
    void property_a_replay_from_the_seed_finds_the_recorded_questions() {
        qt().forAll(longs().all(), lists().of(booleans().all()).ofSizeBetween(1, 12))
                .check((seed, pattern) -> {
                    Run run = run(new LevelLadder(), DEFAULTS, seed, pattern);
                    List<QuestionId> replayed = ProgramQuizEngine.replay(new LevelLadder(), DEFAULTS, BANK, seed,
                            run.answered());
                    return replayed.equals(run.answered().stream().map(AskedQuestion::id).toList());
                });
    }

    @Test
    void property_the_score_stays_in_0_to_20() {
        qt().forAll(longs().all(), lists().of(booleans().all()).ofSizeBetween(0, 15))
                .check((seed, pattern) -> run(new LevelLadder(), DEFAULTS, seed, pattern).done()
                        .map(d -> d.score().value().signum() >= 0 && d.score().value().compareTo(Grade.MAX) <= 0)
                        .orElse(true));
    }

    @Test
    void the_ladder_needs_right_plus_wrong_minus_one_questions_a_level() {
        assertThat(new LevelLadder().questionsNeededPerLevel(DEFAULTS)).isEqualTo(3);
        assertThat(new Staircase().questionsNeededPerLevel(DEFAULTS.withStaircaseLength(10))).isEqualTo(5);
    }
}
