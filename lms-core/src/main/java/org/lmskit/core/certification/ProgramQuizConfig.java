package org.lmskit.core.certification;

import java.math.BigDecimal;
import org.lmskit.core.internal.Checks;

/**
 * How a program quiz adapts (seed 003: "Les questions proposées augmentent en niveau de difficulté
 * au fur et à mesure que les réponses données sont bonnes ... il s'interrompt lorsque l'apprenant ne
 * parvient pas à dépasser un niveau de difficulté en donnant trop de mauvaises réponses").
 *
 * @param levels difficulty levels, 1 (easiest) to {@code levels}
 * @param startLevel where a quiz starts; levels below it count as passed
 * @param rightAnswersToPass right answers at a level that pass it and move up
 * @param wrongAnswersToStop wrong answers at a level that stop the quiz
 * @param passingScore score out of 20 from which the quiz is passed (and the theme's badge earned)
 * @param staircaseLength questions asked by the staircase policy
 */
public record ProgramQuizConfig(int levels, int startLevel, int rightAnswersToPass, int wrongAnswersToStop,
                                 BigDecimal passingScore, int staircaseLength) {

    public ProgramQuizConfig {
        Checks checks = new Checks();
        if (levels < 2 || levels > 20) {
            checks.fail("levels", "must be between 2 and 20, was " + levels);
        }
        if (startLevel < 1 || startLevel > levels) {
            checks.fail("startLevel", "must be between 1 and levels (" + levels + "), was " + startLevel);
        }
        if (rightAnswersToPass < 1 || rightAnswersToPass > 20) {
            checks.fail("rightAnswersToPass", "must be between 1 and 20, was " + rightAnswersToPass);
        }
        if (wrongAnswersToStop < 1 || wrongAnswersToStop > 20) {
            checks.fail("wrongAnswersToStop", "must be between 1 and 20, was " + wrongAnswersToStop);
        }
        passingScore = checks.decimal("passingScore", passingScore, Grade.MIN, Grade.MAX, Grade.SCALE);
        if (staircaseLength < 1 || staircaseLength > 100) {
            checks.fail("staircaseLength", "must be between 1 and 100, was " + staircaseLength);
        }
        checks.throwIfAny();
    }

    /** Five levels from the first; two right answers pass a level, two wrong ones stop; passed from 10/20. */
    public static ProgramQuizConfig ofDefaults() {
        return new ProgramQuizConfig(5, 1, 2, 2, new BigDecimal("10.00"), 10);
    }

    /** The same rules over {@code newLevels} levels, starting at {@code newStartLevel}. */
    public ProgramQuizConfig withLevels(int newLevels, int newStartLevel) {
        return new ProgramQuizConfig(newLevels, newStartLevel, rightAnswersToPass, wrongAnswersToStop, passingScore,
                staircaseLength);
    }

    /** {@code right} right answers pass a level, {@code wrong} wrong ones stop the quiz. */
    public ProgramQuizConfig withAnswers(int right, int wrong) {
        return new ProgramQuizConfig(levels, startLevel, right, wrong, passingScore, staircaseLength);
    }

    /** The quiz is passed from {@code score} out of 20. */
    public ProgramQuizConfig withPassingScore(BigDecimal score) {
        return new ProgramQuizConfig(levels, startLevel, rightAnswersToPass, wrongAnswersToStop, score, staircaseLength);
    }

    /** An attempt asks at most {@code length} questions. */
    public ProgramQuizConfig withStaircaseLength(int length) {
        return new ProgramQuizConfig(levels, startLevel, rightAnswersToPass, wrongAnswersToStop, passingScore, length);
    }
}
