package org.lmskit.core.certification;

import java.util.List;

/**
 * A staircase: a right answer moves one level up, a wrong one one level down; after
 * {@code staircaseLength} questions the result is the highest level answered right.
 */
public final class Staircase implements QuestionSelectionPolicy {
    public static final String NAME = "STAIRCASE";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public QuizStep next(ProgramQuizConfig config, List<AskedQuestion> answered) {
        int[] walk = walk(config, answered);
        return answered.size() >= config.staircaseLength() ? new QuizStep.Finish(walk[1]) : new QuizStep.Ask(walk[0]);
    }

    @Override
    public int highestLevelPassed(ProgramQuizConfig config, List<AskedQuestion> answered) {
        return walk(config, answered)[1];
    }

    /** Returns {current level, highest level answered right}. */
    private static int[] walk(ProgramQuizConfig config, List<AskedQuestion> answered) {
        int level = config.startLevel();
        int highestPassed = config.startLevel() - 1;
        for (AskedQuestion question : answered) {
            if (question.correct().orElseThrow()) {
                highestPassed = Math.max(highestPassed, level);
                level = Math.min(level + 1, config.levels());
            } else {
                level = Math.max(level - 1, 1);
            }
        }
        return new int[] {level, highestPassed};
    }

    @Override
    public int questionsNeededPerLevel(ProgramQuizConfig config) {
        // up and down moves alternate levels, so one level hosts at most every other question
        return (config.staircaseLength() + 1) / 2;
    }
}
