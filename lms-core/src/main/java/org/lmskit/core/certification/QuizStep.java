package org.lmskit.core.certification;

/** What a selection policy decides after the answers so far: ask at a level, or finish. */
public sealed interface QuizStep permits QuizStep.Ask, QuizStep.Finish {

    /** Ask a question of difficulty {@code level} next. */
    record Ask(int level) implements QuizStep {
    }

    /** Stop: the highest level passed so far is the result. */
    record Finish(int highestLevelPassed) implements QuizStep {
    }
}
