package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.core.id.QuestionId;

/**
 * Runs a program quiz as a pure function of (policy, config, bank, seed, answers so far): the same
 * inputs always choose the same next question, which is what makes an attempt replayable.
 */
public final class ProgramQuizEngine {
    private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

    /** What comes next: a question to ask, or the end with its result. */
    public sealed interface Step permits Next, Done {
    }

    /** Ask {@code question} next. */
    public record Next(Question question) implements Step {
    }

    /** The quiz is over: the highest level passed and the score out of 20. */
    public record Done(int highestLevelPassed, Grade score) implements Step {
    }

    private ProgramQuizEngine() {
    }

    /** The next step of an attempt from everything answered so far; the same inputs always give the same step. */
    public static Step step(QuestionSelectionPolicy policy, ProgramQuizConfig config, List<Question> bank, long seed,
                            List<AskedQuestion> answered) {
        QuizStep decision = policy.next(config, answered);
        if (decision instanceof QuizStep.Finish finish) {
            return done(config, finish.highestLevelPassed());
        }
        int level = ((QuizStep.Ask) decision).level();
        Set<QuestionId> asked = answered.stream().map(AskedQuestion::id).collect(Collectors.toSet());
        List<Question> candidates = bank.stream()
                .filter(q -> q.difficulty() == level && !asked.contains(q.id()))
                .sorted(Comparator.comparing(q -> q.id().value()))
                .toList();
        if (candidates.isEmpty()) {
            // the bank ran dry at this level: end with what was passed so far
            return done(config, policy.highestLevelPassed(config, answered));
        }
        Random random = new Random(seed * 1_000_003L + answered.size());
        return new Next(candidates.get(random.nextInt(candidates.size())));
    }

    /** Score out of 20: the share of levels passed. */
    public static Grade score(ProgramQuizConfig config, int highestLevelPassed) {
        return Grade.of(BigDecimal.valueOf(highestLevelPassed).multiply(TWENTY)
                .divide(BigDecimal.valueOf(config.levels()), Grade.SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Replays an attempt from its seed and the right/wrong pattern of its answers, returning the
     * questions the engine asks; equal to the attempt's own list when nothing was tampered with.
     */
    public static List<QuestionId> replay(QuestionSelectionPolicy policy, ProgramQuizConfig config, List<Question> bank,
                                          long seed, List<AskedQuestion> recorded) {
        List<AskedQuestion> answered = new ArrayList<>();
        List<QuestionId> asked = new ArrayList<>();
        for (AskedQuestion original : recorded) {
            if (!(step(policy, config, bank, seed, answered) instanceof Next next)) {
                break;
            }
            asked.add(next.question().id());
            Optional<Boolean> correct = original.correct();
            if (correct.isEmpty()) {
                break;
            }
            answered.add(new AskedQuestion(next.question().id(), next.question().difficulty(), correct));
        }
        return asked;
    }

    private static Done done(ProgramQuizConfig config, int highestLevelPassed) {
        return new Done(highestLevelPassed, score(config, highestLevelPassed));
    }
}
