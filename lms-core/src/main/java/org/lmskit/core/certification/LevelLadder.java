package org.lmskit.core.certification;

import java.util.List;

/**
 * The seed's ladder: start at the configured level; {@code rightAnswersToPass} right answers at a
 * level pass it and move up; {@code wrongAnswersToStop} wrong answers at a level stop the quiz.
 * Passing the top level ends it with every level passed.
 */
public final class LevelLadder implements QuestionSelectionPolicy {
    public static final String NAME = "LEVEL_LADDER";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public QuizStep next(ProgramQuizConfig config, List<AskedQuestion> answered) {
        Walk walk = walk(config, answered);
        return walk.finished ? new QuizStep.Finish(walk.highestPassed) : new QuizStep.Ask(walk.level);
    }

    @Override
    public int highestLevelPassed(ProgramQuizConfig config, List<AskedQuestion> answered) {
        return walk(config, answered).highestPassed;
    }

    private record Walk(int level, int highestPassed, boolean finished) {
    }

    private static Walk walk(ProgramQuizConfig config, List<AskedQuestion> answered) {
        int level = config.startLevel();
        int highestPassed = config.startLevel() - 1;
        int right = 0;
        int wrong = 0;
        for (AskedQuestion question : answered) {
            if (question.correct().orElseThrow()) {
                right++;
            } else {
                wrong++;
            }
            if (right >= config.rightAnswersToPass()) {
                highestPassed = level;
                if (level == config.levels()) {
                    return new Walk(level, highestPassed, true);
                }
                level++;
                right = 0;
                wrong = 0;
            } else if (wrong >= config.wrongAnswersToStop()) {
                return new Walk(level, highestPassed, true);
            }
        }
        return new Walk(level, highestPassed, false);
    }

    @Override
    public int questionsNeededPerLevel(ProgramQuizConfig config) {
        return config.rightAnswersToPass() + config.wrongAnswersToStop() - 1;
    }
}
