package org.lmskit.core.certification;

/** What a selection policy decides after the answers so far: ask at a level, or finish. */
public sealed interface QuizStep permits QuizStep.Ask, QuizStep.Finish {

    record Ask(int level) implements QuizStep {
    }

    record Finish(int highestLevelPassed) implements QuizStep {
    }
}
