package org.lmskit.app.certification;

import io.javalin.config.RoutesConfig;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.lmskit.app.certification.CertificationJson.AttemptJson;
import org.lmskit.app.certification.CertificationJson.AvailabilityJson;
import org.lmskit.app.certification.CertificationJson.LearningQuizJson;
import org.lmskit.app.certification.CertificationJson.QuizQuestionJson;
import org.lmskit.app.certification.CertificationJson.ResultJson;
import org.lmskit.app.http.Identities;
import org.lmskit.app.http.RequestBodies;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.Question;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.QuizAttemptId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;

/** The question bank, adaptive program quizzes and learning quizzes. */
public final class QuizRoutes {
    private static final String ATTEMPT = "/api/certification/quiz-attempts/{attemptId}";

    private final Lms lms;
    private final RequestBodies bodies;

    public QuizRoutes(Lms lms, RequestBodies bodies) {
        this.lms = lms;
        this.bodies = bodies;
    }

    public record QuestionRequest(@NotBlank String id, @NotBlank String theme, @NotNull @Min(1) @Max(20) Integer difficulty,
                                  String lesson, @NotBlank String prompt, @NotNull @Size(min = 2, max = 10) List<String> choices,
                                  @NotNull @Min(0) Integer correctChoice) {
    }

    public record StartRequest(Long seed) {
    }

    public record AnswerRequest(@NotBlank String questionId, @NotNull @Min(0) Integer choice) {
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/certification/questions", ctx -> {
            QuestionRequest body = bodies.read(ctx, QuestionRequest.class);
            Question question = lms.certification().programQuizzes().addQuestion(Identities.actor(ctx), new Question(
                    QuestionId.of(body.id()), ThemeId.of(body.theme()), body.difficulty(),
                    Optional.ofNullable(body.lesson()).filter(l -> !l.isBlank()).map(LessonId::of), body.prompt(),
                    body.choices(), body.correctChoice()));
            ctx.status(201).json(QuizQuestionJson.of(question.shown()));
        });
        routes.get("/api/certification/themes/{themeId}/quiz-availability", ctx -> ctx.json(AvailabilityJson.of(
                lms.certification().programQuizzes().availability(ThemeId.of(ctx.pathParam("themeId"))))));
        routes.post("/api/certification/paths/{pathId}/themes/{themeId}/quiz-attempts", ctx -> {
            StartRequest body = ctx.body().isBlank() ? new StartRequest(null) : bodies.read(ctx, StartRequest.class);
            ctx.status(201).json(AttemptJson.of(lms.certification().programQuizzes().start(Identities.actor(ctx), CaseStudyRoutes.path(ctx),
                    ThemeId.of(ctx.pathParam("themeId")),
                    body.seed() == null ? OptionalLong.empty() : OptionalLong.of(body.seed()))));
        });
        routes.get(ATTEMPT, ctx -> ctx.json(AttemptJson.of(
                lms.certification().programQuizzes().attempt(Identities.actor(ctx), attemptId(ctx.pathParam("attemptId"))))));
        routes.get(ATTEMPT + "/question", ctx -> ctx.json(QuizQuestionJson.of(
                lms.certification().programQuizzes().currentQuestion(Identities.actor(ctx), attemptId(ctx.pathParam("attemptId"))))));
        routes.post(ATTEMPT + "/answers", ctx -> {
            AnswerRequest body = bodies.read(ctx, AnswerRequest.class);
            ctx.json(AttemptJson.of(lms.certification().programQuizzes().answer(Identities.actor(ctx),
                    attemptId(ctx.pathParam("attemptId")), QuestionId.of(body.questionId()), body.choice())));
        });
        routes.get(ATTEMPT + "/replay", ctx -> ctx.json(lms.certification().programQuizzes()
                .replay(Identities.actor(ctx), attemptId(ctx.pathParam("attemptId"))).stream()
                .map(QuestionId::value).toList()));
        routes.get("/api/certification/learners/{learnerId}/themes/{themeId}/quiz-result", ctx -> ctx.json(
                ResultJson.of(lms.certification().programQuizzes().result(Identities.actor(ctx), UserId.of(ctx.pathParam("learnerId")),
                        ThemeId.of(ctx.pathParam("themeId"))))));
        routes.post("/api/certification/learning-quizzes/next", ctx -> lms.certification().learningQuizzes()
                .next(Identities.actor(ctx))
                .ifPresentOrElse(quiz -> ctx.json(LearningQuizJson.of(quiz)), () -> ctx.status(204)));
        routes.get("/api/certification/learners/{learnerId}/learning-quizzes", ctx -> ctx.json(lms.certification().learningQuizzes()
                .delivered(Identities.actor(ctx), UserId.of(ctx.pathParam("learnerId"))).stream()
                .map(LearningQuizJson::of).toList()));
    }

    private static QuizAttemptId attemptId(String value) {
        return QuizAttemptId.of(value);
    }
}
