package org.lmskit.core.certification;

import java.util.List;

/**
 * Decides the difficulty of the next program quiz question from the answers given so far, or ends
 * the quiz. Pluggable: {@link LevelLadder} by default, {@link Staircase} as an alternative. A policy
 * is a pure function of its inputs, so an attempt replays exactly.
 */
public interface QuestionSelectionPolicy {

    /** The name recorded on each attempt, used to replay it. */
    String name();

    /** @param answered every question asked so far, all answered, in order */
    QuizStep next(ProgramQuizConfig config, List<AskedQuestion> answered);

    /** The highest level passed by the answers so far, whether or not the quiz is over. */
    int highestLevelPassed(ProgramQuizConfig config, List<AskedQuestion> answered);

    /** The most questions one attempt can ask at a single level: the bank needs that many per level. */
    int questionsNeededPerLevel(ProgramQuizConfig config);
}
