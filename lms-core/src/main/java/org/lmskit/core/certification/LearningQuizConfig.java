package org.lmskit.core.certification;

import org.lmskit.core.error.InvalidInputException;

/**
 * Seed 003: "Un quiz apparaît toutes les 5 leçons vues", "une série de 10 questions qui portent sur
 * les leçons déjà visionnées", and the first only once 10 such questions exist.
 */
public record LearningQuizConfig(int lessonsPerQuiz, int questionsPerQuiz) {
    public LearningQuizConfig {
        if (lessonsPerQuiz < 1 || lessonsPerQuiz > 100) {
            throw InvalidInputException.of("lessonsPerQuiz", "must be between 1 and 100, was " + lessonsPerQuiz);
        }
        if (questionsPerQuiz < 1 || questionsPerQuiz > 100) {
            throw InvalidInputException.of("questionsPerQuiz", "must be between 1 and 100, was " + questionsPerQuiz);
        }
    }

    /** Seed 003: a quiz of 10 questions for every 5 lessons viewed. */
    public static LearningQuizConfig ofDefaults() {
        return new LearningQuizConfig(5, 10);
    }

    /** The rank of the quiz due now, if any: one per {@code lessonsPerQuiz} lessons viewed, and enough questions. */
    public java.util.OptionalInt due(int lessonsViewed, int delivered, int questionsAvailable) {
        int earned = lessonsViewed / lessonsPerQuiz;
        return delivered < earned && questionsAvailable >= questionsPerQuiz
                ? java.util.OptionalInt.of(delivered + 1) : java.util.OptionalInt.empty();
    }
}
