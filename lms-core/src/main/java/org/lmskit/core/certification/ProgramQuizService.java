package org.lmskit.core.certification;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.QuizAttemptId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.audit.FieldChange;

/**
 * Program quizzes (seed 003): adaptive questions by difficulty, taken until passed, then once more
 * to improve, never after 20/20; the best score is kept; passing earns the theme's badge.
 */
public final class ProgramQuizService {
    static final String ATTEMPT_TYPE = "program-quiz-attempt";

    private final CertificationContext ctx;
    private final AchievementService achievements;
    private final RetakePolicy retakes = new RetakePolicy();

    ProgramQuizService(CertificationContext ctx, AchievementService achievements) {
        this.ctx = ctx;
        this.achievements = achievements;
    }

    /** Adds a question to the bank; administrators only. */
    public Question addQuestion(Actor actor, Question question) {
        ctx.access.requireRole(actor, "certification.question.add", Role.ADMINISTRATOR);
        if (question == null) {
            throw InvalidInputException.of("question", "is required");
        }
        return ctx.write(() -> {
            Question stored = CertificationRecords.question(ctx.storage.questions().insert(CertificationRecords.record(question)));
            ctx.audit.record(actor, "question", question.id().value(), "created",
                    List.of(new FieldChange("theme", null, question.theme().value()),
                            new FieldChange("difficulty", null, String.valueOf(question.difficulty()))));
            return stored;
        });
    }

    /** Whether the theme's bank holds enough questions at every level for a quiz, and which levels lack. */
    public QuizAvailability availability(ThemeId theme) {
        if (theme == null) {
            throw InvalidInputException.of("theme", "is required");
        }
        Map<Integer, Integer> perLevel = new TreeMap<>(bank(theme).stream()
                .collect(Collectors.groupingBy(Question::difficulty, Collectors.summingInt(q -> 1))));
        return new QuizAvailability(theme, perLevel, ctx.settings.quiz().levels(),
                ctx.settings.quizPolicy().questionsNeededPerLevel(ctx.settings.quiz()));
    }

    /**
     * Starts an attempt for the acting learner, or returns the one in progress. {@code seed} fixes the
     * choice of questions (random when empty).
     */
    public ProgramQuizAttempt start(Actor actor, PathId pathId, ThemeId theme, OptionalLong seed) {
        LearnerAccess.requireActor(actor);
        CertificationService.requirePath(pathId);
        if (theme == null) {
            throw InvalidInputException.of("theme", "is required");
        }
        ctx.access.requireRole(actor, "certification.quiz.take", Role.LEARNER);
        return ctx.write(() -> {
            List<ProgramQuizAttempt> attempts = attempts(actor.id(), theme);
            Optional<ProgramQuizAttempt> inProgress = attempts.stream().filter(a -> !a.finished()).findFirst();
            if (inProgress.isPresent()) {
                return inProgress.get();
            }
            ctx.enforce(actor, retakes.mayStart(attempts));
            QuizAvailability availability = availability(theme);
            if (!availability.available()) {
                ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.QUIZ_NOT_ENOUGH_QUESTIONS, "theme",
                        "theme '" + theme + "' has too few questions for a quiz at levels "
                                + availability.lackingLevels() + " (" + availability.neededPerLevel() + " needed each)"));
            }
            long chosenSeed = seed.orElseGet(() -> ThreadLocalRandom.current().nextLong());
            ProgramQuizAttempt fresh = new ProgramQuizAttempt(QuizAttemptId.of(ctx.ids.next()), actor.id(), pathId,
                    theme, chosenSeed, ctx.settings.quizPolicy().name(), false, List.of(), Optional.empty(), 0, false,
                    ctx.now(), Optional.empty(), 0);
            return advance(actor, fresh, bank(theme));
        });
    }

    /** A program-quiz attempt by id, read by its learner and those who may read their certification. */
    public ProgramQuizAttempt attempt(Actor actor, QuizAttemptId id) {
        Operations.requireActor(actor);
        Operations.required("quizAttemptId", id);
        ProgramQuizAttempt attempt = load(id);
        ctx.access.requireRead(actor, attempt.learner());
        return attempt;
    }

    /** The question waiting for the learner's answer. */
    public QuizQuestion currentQuestion(Actor actor, QuizAttemptId id) {
        Operations.requireActor(actor);
        Operations.required("quizAttemptId", id);
        return ctx.read(() -> {
            ProgramQuizAttempt attempt = load(id);
            ctx.access.requireSelf(actor, attempt.learner(), "answers their quiz");
            AskedQuestion current = requireCurrent(actor, attempt);
            return ctx.storage.questions().find(current.id().value()).map(CertificationRecords::question).orElseThrow()
                    .shown();
        });
    }

    /** Answers the current question with a choice index; returns the attempt, finished or with its next question. */
    public ProgramQuizAttempt answer(Actor actor, QuizAttemptId id, QuestionId questionId, int choice) {
        Operations.requireActor(actor);
        Operations.required("quizAttemptId", id);
        Operations.required("questionId", questionId);
        if (questionId == null) {
            throw InvalidInputException.of("questionId", "is required");
        }
        ProgramQuizAttempt result = ctx.write(() -> {
            ProgramQuizAttempt attempt = load(id);
            ctx.access.requireSelf(actor, attempt.learner(), "answers their quiz");
            AskedQuestion current = requireCurrent(actor, attempt);
            if (!current.id().equals(questionId)) {
                ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.QUIZ_WRONG_QUESTION, "questionId",
                        "the question waiting for an answer is " + current.id() + ", not " + questionId));
            }
            Question question = ctx.storage.questions().find(questionId.value()).map(CertificationRecords::question).orElseThrow();
            if (choice < 0 || choice >= question.choices().size()) {
                throw InvalidInputException.of("choice", "must index one of the " + question.choices().size() + " choices");
            }
            List<AskedQuestion> asked = new java.util.ArrayList<>(attempt.asked());
            asked.set(asked.size() - 1, new AskedQuestion(current.id(), current.difficulty(),
                    Optional.of(choice == question.correctChoice())));
            return advance(actor, copy(attempt, asked), bank(attempt.theme()));
        });
        if (result.finished()) {
            ctx.publish(new CertificationEvent.ProgramQuizFinished(ctx.now(), result.learner(), result.theme(),
                    result.score().orElseThrow(), result.passed()));
        }
        return result;
    }

    /** A learner's standing on a theme: best score kept, passed, and whether another attempt is allowed. */
    public ProgramQuizResult result(Actor actor, UserId learner, ThemeId theme) {
        LearnerAccess.requireLearner(learner);
        if (theme == null) {
            throw InvalidInputException.of("theme", "is required");
        }
        ctx.access.requireRead(actor, learner);
        List<ProgramQuizAttempt> finished = attempts(learner, theme).stream().filter(ProgramQuizAttempt::finished).toList();
        Optional<Grade> best = finished.stream().map(a -> a.score().orElseThrow()).max(Grade::compareTo);
        return new ProgramQuizResult(learner, theme, finished.size(), best,
                finished.stream().anyMatch(ProgramQuizAttempt::passed), retakes.mayStart(finished));
    }

    /**
     * Whether the learner passed the theme's program quiz (seed 003: passing it validates the theme), read
     * without an acting user: the port {@code Lms} wires into the adaptive capability's path progress, which
     * has checked its own access first. A host calling it directly bypasses access rules.
     */
    public boolean passed(UserId learner, ThemeId theme) {
        LearnerAccess.requireLearner(learner);
        if (theme == null) {
            throw InvalidInputException.of("theme", "is required");
        }
        return attempts(learner, theme).stream().anyMatch(ProgramQuizAttempt::passed);
    }

    /** Replays an attempt from its seed and answers: the questions the engine asks again, in order. */
    public List<QuestionId> replay(Actor actor, QuizAttemptId id) {
        Operations.requireActor(actor);
        Operations.required("quizAttemptId", id);
        ProgramQuizAttempt attempt = attempt(actor, id);
        return ProgramQuizEngine.replay(ctx.settings.policyNamed(attempt.policy()), ctx.settings.quiz(),
                bank(attempt.theme()), attempt.seed(), attempt.asked());
    }

    private ProgramQuizAttempt advance(Actor actor, ProgramQuizAttempt attempt, List<Question> bank) {
        ProgramQuizEngine.Step step = ProgramQuizEngine.step(ctx.settings.policyNamed(attempt.policy()),
                ctx.settings.quiz(), bank, attempt.seed(), attempt.asked());
        ProgramQuizAttempt next;
        if (step instanceof ProgramQuizEngine.Next ask) {
            List<AskedQuestion> asked = new java.util.ArrayList<>(attempt.asked());
            asked.add(new AskedQuestion(ask.question().id(), ask.question().difficulty(), Optional.empty()));
            next = copy(attempt, asked);
        } else {
            ProgramQuizEngine.Done done = (ProgramQuizEngine.Done) step;
            boolean passed = done.score().value().compareTo(ctx.settings.quiz().passingScore()) >= 0;
            next = new ProgramQuizAttempt(attempt.id(), attempt.learner(), attempt.pathId(), attempt.theme(),
                    attempt.seed(), attempt.policy(), true, attempt.asked(), Optional.of(done.score()),
                    done.highestLevelPassed(), passed, attempt.startedAt(), Optional.of(ctx.now()), attempt.version());
            if (passed) {
                // seed 003: a passed program quiz validates its theme, lessons watched or not
                achievements.grantBadge(actor, attempt.learner(), attempt.pathId(), attempt.theme());
            }
        }
        return CertificationRecords.attempt(next.version() == 0 ? ctx.storage.programQuizAttempts().insert(CertificationRecords.record(next))
                : ctx.storage.programQuizAttempts().update(CertificationRecords.record(next)));
    }

    private AskedQuestion requireCurrent(Actor actor, ProgramQuizAttempt attempt) {
        Optional<AskedQuestion> current = attempt.current();
        if (current.isEmpty()) {
            ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.QUIZ_FINISHED, "attemptId",
                    "attempt " + attempt.id() + " is finished"));
        }
        return current.orElseThrow();
    }

    private List<ProgramQuizAttempt> attempts(UserId learner, ThemeId theme) {
        return ctx.storage.programQuizAttempts().findByLearnerAndTheme(learner.value(), theme.value()).stream()
                .map(CertificationRecords::attempt).toList();
    }

    private List<Question> bank(ThemeId theme) {
        return ctx.storage.questions().findByTheme(theme.value()).stream().map(CertificationRecords::question).toList();
    }

    private ProgramQuizAttempt load(QuizAttemptId id) {
        if (id == null) {
            throw InvalidInputException.of("attemptId", "is required");
        }
        return ctx.storage.programQuizAttempts().find(id.value()).map(CertificationRecords::attempt)
                .orElseThrow(() -> new NotFoundException(ATTEMPT_TYPE, id.value()));
    }

    private static ProgramQuizAttempt copy(ProgramQuizAttempt a, List<AskedQuestion> asked) {
        return new ProgramQuizAttempt(a.id(), a.learner(), a.pathId(), a.theme(), a.seed(), a.policy(), a.finished(),
                asked, a.score(), a.highestLevelPassed(), a.passed(), a.startedAt(), a.finishedAt(), a.version());
    }
}
