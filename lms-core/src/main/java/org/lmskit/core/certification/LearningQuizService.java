package org.lmskit.core.certification;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.certification.LearningQuizRecord;
import org.lmskit.spi.certification.QuestionRecord;

/**
 * Learning quizzes (seed 003): one every 5 lessons viewed, 10 questions about lessons already viewed,
 * the first only once 10 such questions exist; practice only, never counted for certification, so
 * nothing of the answers is kept.
 */
public final class LearningQuizService {
    private final CertificationContext ctx;
    private final LessonViews lessonViews;

    LearningQuizService(CertificationContext ctx, LessonViews lessonViews) {
        this.ctx = ctx;
        this.lessonViews = lessonViews;
    }

    /** The learning quiz due for the acting learner now, delivered once; empty when none is due. */
    public Optional<LearningQuiz> next(Actor actor) {
        LearnerAccess.requireActor(actor);
        UserId learner = actor.id();
        List<LessonId> viewed = lessonViews.viewedBy(learner);
        List<QuestionRecord> pool = ctx.storage.questions().findByLessons(viewed.stream().map(LessonId::value).toList());
        int delivered = ctx.storage.learningQuizzes().findByLearner(learner.value()).size();
        OptionalInt due = ctx.settings.learningQuiz().due(viewed.size(), delivered, pool.size());
        if (due.isEmpty()) {
            return Optional.empty();
        }
        int sequence = due.getAsInt();
        List<QuestionRecord> chosen = new ArrayList<>(pool);
        // seeded by learner and rank: the same quiz if two requests race for it
        Collections.shuffle(chosen, new Random(learner.value().hashCode() * 31L + sequence));
        chosen = chosen.subList(0, ctx.settings.learningQuiz().questionsPerQuiz());
        LearningQuizRecord record = new LearningQuizRecord(learner.value(), sequence,
                chosen.stream().map(QuestionRecord::questionId).toList(), ctx.now());
        try {
            ctx.write(() -> ctx.storage.learningQuizzes().insert(record));
        } catch (ConflictException alreadyDelivered) {
            return Optional.empty();
        }
        return Optional.of(new LearningQuiz(learner, sequence,
                chosen.stream().map(CertificationRecords::question).map(Question::shown).toList(), record.deliveredAt()));
    }

    /** The quizzes already delivered to a learner, oldest first (questions only: results are not kept). */
    public List<LearningQuiz> delivered(Actor actor, UserId learner) {
        LearnerAccess.requireLearner(learner);
        ctx.access.requireRead(actor, learner);
        List<LearningQuizRecord> quizzes = ctx.storage.learningQuizzes().findByLearner(learner.value());
        // every quiz's questions in one store call, not one per question
        java.util.Map<String, QuizQuestion> shown = new java.util.HashMap<>();
        ctx.storage.questions().findAll(quizzes.stream().flatMap(q -> q.questionIds().stream()).distinct().toList())
                .forEach(q -> shown.put(q.questionId(), CertificationRecords.question(q).shown()));
        return quizzes.stream()
                .map(r -> new LearningQuiz(learner, r.sequence(), r.questionIds().stream()
                        .map(id -> shown.getOrDefault(id, new QuizQuestion(QuestionId.of(id), 0, "(removed)", List.of())))
                        .toList(), r.deliveredAt()))
                .toList();
    }
}
