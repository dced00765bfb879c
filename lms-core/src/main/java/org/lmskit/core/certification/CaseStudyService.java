package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.QuestionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.notification.Notification;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.audit.FieldChange;

/**
 * The final case study of a certifying path (seed 003): answered at the learner's pace and resumed
 * at will, submitted once, corrected by a corrector against the points of each question; the grade
 * sets the level and the certificate; the learner and their managers are notified. At 11/20 the
 * learner may ask once for a review, whose grade replaces the first.
 */
public final class CaseStudyService {
    static final String RECORD_TYPE = "case-study";
    public static final String CORRECTED_TEMPLATE = "certification.case-study.corrected";
    public static final int MAX_ANSWER_LENGTH = 20_000;

    private final CertificationContext ctx;
    private final CertificationService paths;
    private final AchievementService achievements;
    private final CertificateService certificates;
    private final CaseStudyMarking marking = new CaseStudyMarking();
    private final ReviewPolicy reviews = new ReviewPolicy();

    CaseStudyService(CertificationContext ctx, CertificationService paths, AchievementService achievements,
                     CertificateService certificates) {
        this.ctx = ctx;
        this.paths = paths;
        this.achievements = achievements;
        this.certificates = certificates;
    }

    /**
     * The questions the learner answers: the version their attempt started on, or the newest if they have not
     * started (seed 003); read as {@link #caseStudy}.
     */
    public CaseStudyVersion questions(Actor actor, UserId learner, PathId pathId) {
        LearnerAccess.requireLearner(learner);
        CertificationService.requirePath(pathId);
        ctx.access.requireRead(actor, learner);
        return ctx.read(() -> {
            requireCertifying(actor, pathId);
            return find(learner, pathId).map(this::questionsOf)
                    .orElseGet(() -> paths.currentCaseStudy(pathId).orElseThrow());
        });
    }

    /** The version an attempt is pinned to; kept by the path for as long as the attempt exists. */
    private CaseStudyVersion questionsOf(CaseStudyAttempt attempt) {
        return paths.caseStudy(attempt.pathId(), attempt.caseStudyVersion()).orElseThrow(() -> new IllegalStateException(
                "path '" + attempt.pathId() + "' lost version " + attempt.caseStudyVersion() + " of its case study"));
    }

    /** The learner's case-study attempt on a path: answers, status, correction and grade once corrected. */
    public CaseStudyAttempt caseStudy(Actor actor, UserId learner, PathId pathId) {
        LearnerAccess.requireLearner(learner);
        CertificationService.requirePath(pathId);
        ctx.access.requireRead(actor, learner);
        return find(learner, pathId).orElseThrow(() -> new NotFoundException(RECORD_TYPE, AchievementService.key(learner, pathId)));
    }

    /**
     * Saves answers (question id -> text; a blank text clears an answer). The first save starts the
     * case study, which needs the learner to be eligible.
     */
    public CaseStudyAttempt saveAnswers(Actor actor, PathId pathId, Map<QuestionId, String> answers) {
        LearnerAccess.requireActor(actor);
        CertificationService.requirePath(pathId);
        if (answers == null) {
            throw InvalidInputException.of("answers", "is required");
        }
        UserId learner = actor.id();
        answers.forEach((id, text) -> Texts.optionalParagraph("answers." + id, text, MAX_ANSWER_LENGTH));
        // the path's set-up is read in the write's transaction: one connection, one commit
        return ctx.write(() -> {
            requireCertifying(actor, pathId);
            Optional<CaseStudyAttempt> existing = find(learner, pathId);
            if (existing.isEmpty()) {
                Eligibility eligibility = achievements.eligibility(actor, learner, pathId);
                if (!eligibility.eligible()) {
                    ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.NOT_ELIGIBLE, "eligibility",
                            "the case study is not open yet: " + eligibility.reason()));
                }
            }
            // a started attempt keeps its version; a new one starts on the newest (seed 003)
            CaseStudyVersion questions = existing.map(this::questionsOf)
                    .orElseGet(() -> paths.currentCaseStudy(pathId).orElseThrow());
            Set<QuestionId> known = new java.util.HashSet<>(
                    questions.questions().stream().map(CaseStudyQuestion::id).toList());
            answers.keySet().forEach(id -> {
                if (!known.contains(id)) {
                    throw InvalidInputException.of("answers." + id, "is not a question of version "
                            + questions.version() + " of this case study");
                }
            });
            CaseStudyAttempt current = existing.orElseGet(() -> new CaseStudyAttempt(learner, pathId,
                    questions.version(), CaseStudyStatus.IN_PROGRESS, Map.of(), Map.of(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), false, ctx.now(), Optional.empty(),
                    Optional.empty(), 0));
            requireStatus(actor, current, CaseStudyStatus.IN_PROGRESS, "answers are saved while the case study is in progress");
            Map<QuestionId, String> merged = new LinkedHashMap<>(current.answers());
            answers.forEach((id, text) -> {
                if (text == null || text.isBlank()) {
                    merged.remove(id);
                } else {
                    merged.put(id, text);
                }
            });
            return save(with(current, CaseStudyStatus.IN_PROGRESS, merged, current.points(), current.grade(),
                    current.level(), current.corrector(), current.comment(), false, current.submittedAt(),
                    current.correctedAt()));
        });
    }

    /** Hands the case study in, once; every question must be answered. */
    public CaseStudyAttempt submit(Actor actor, PathId pathId) {
        LearnerAccess.requireActor(actor);
        CertificationService.requirePath(pathId);
        CaseStudyAttempt submitted = ctx.write(() -> {
            requireCertifying(actor, pathId);
            CaseStudyAttempt current = find(actor.id(), pathId).orElseThrow(
                    () -> new NotFoundException(RECORD_TYPE, AchievementService.key(actor.id(), pathId)));
            requireTransition(actor, current, CaseStudyStatus.SUBMITTED, "a case study is submitted once");
            List<QuestionId> unanswered = questionsOf(current).questions().stream().map(CaseStudyQuestion::id)
                    .filter(id -> !current.answers().containsKey(id)).toList();
            if (!unanswered.isEmpty()) {
                ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.UNANSWERED, "answers",
                        "every question needs an answer before submitting; unanswered: " + unanswered));
            }
            CaseStudyAttempt saved = save(with(current, CaseStudyStatus.SUBMITTED, current.answers(), current.points(),
                    current.grade(), current.level(), current.corrector(), current.comment(), false,
                    Optional.of(ctx.now()), current.correctedAt()));
            ctx.audit.record(actor, RECORD_TYPE, AchievementService.key(actor.id(), pathId), "submitted", List.of());
            return saved;
        });
        ctx.publish(new CertificationEvent.CaseStudySubmitted(ctx.now(), actor.id(), pathId));
        return submitted;
    }

    /** A corrector grades a submitted case study; bronze or better issues the certificate. */
    public CaseStudyAttempt correct(Actor actor, UserId learner, PathId pathId, Map<QuestionId, BigDecimal> points,
                                    String comment) {
        return grade(actor, learner, pathId, points, comment, CaseStudyStatus.SUBMITTED, CaseStudyStatus.CORRECTED);
    }

    /** The learner asks, once, for a review of an 11/20 copy. */
    public CaseStudyAttempt requestReview(Actor actor, PathId pathId) {
        LearnerAccess.requireActor(actor);
        CertificationService.requirePath(pathId);
        CaseStudyAttempt requested = ctx.write(() -> {
            CaseStudyAttempt current = find(actor.id(), pathId).orElseThrow(
                    () -> new NotFoundException(RECORD_TYPE, AchievementService.key(actor.id(), pathId)));
            ctx.enforce(actor, reviews.mayRequest(current));
            CaseStudyAttempt saved = save(with(current, CaseStudyStatus.REVIEW_REQUESTED, current.answers(),
                    current.points(), current.grade(), current.level(), current.corrector(), current.comment(), true,
                    current.submittedAt(), current.correctedAt()));
            ctx.audit.record(actor, RECORD_TYPE, AchievementService.key(actor.id(), pathId), "review-requested",
                    List.of());
            return saved;
        });
        ctx.publish(new CertificationEvent.ReviewRequested(ctx.now(), actor.id(), pathId,
                requested.grade().orElseThrow()));
        return requested;
    }

    /** A corrector reviews the copy; the new grade replaces the previous one (audited). */
    public CaseStudyAttempt review(Actor actor, UserId learner, PathId pathId, Map<QuestionId, BigDecimal> points,
                                   String comment) {
        return grade(actor, learner, pathId, points, comment, CaseStudyStatus.REVIEW_REQUESTED, CaseStudyStatus.REVIEWED);
    }

    /** The copies of a path in a status, oldest submission first: a corrector's pile. */
    public Page<CaseStudyAttempt> pile(Actor actor, PathId pathId, CaseStudyStatus status, PageRequest page) {
        CertificationService.requirePath(pathId);
        if (status == null) {
            throw InvalidInputException.of("status", "is required");
        }
        if (page == null) {
            throw InvalidInputException.of("page", "is required");
        }
        ctx.access.requireRole(actor, "certification.case-study.pile", Role.CORRECTOR, Role.ADMINISTRATOR);
        return ctx.storage.caseStudies().findByStatus(pathId.value(), status.name(), page).map(CertificationRecords::caseStudy);
    }

    private CaseStudyAttempt grade(Actor actor, UserId learner, PathId pathId, Map<QuestionId, BigDecimal> points,
                                   String comment, CaseStudyStatus from, CaseStudyStatus to) {
        LearnerAccess.requireLearner(learner);
        CertificationService.requirePath(pathId);
        ctx.access.requireRole(actor, "certification.case-study.correct", Role.CORRECTOR);
        Texts.optionalParagraph("comment", comment, Texts.PARAGRAPH);
        Graded graded = ctx.write(() -> {
            requireCertifying(actor, pathId);
            CaseStudyAttempt current = find(learner, pathId).orElseThrow(
                    () -> new NotFoundException(RECORD_TYPE, AchievementService.key(learner, pathId)));
            requireTransition(actor, current, to, "this step needs a case study in status " + from);
            // marked against the version the learner answered, whatever was published since
            Grade grade = marking.grade(questionsOf(current).questions(), points);
            CertificationLevel level = paths.gradingTable(pathId).table().levelFor(grade);
            CaseStudyAttempt saved = save(with(current, to, current.answers(), points, Optional.of(grade),
                    Optional.of(level), Optional.of(actor.id()), Optional.ofNullable(comment).filter(c -> !c.isBlank()),
                    current.reviewRequested(), current.submittedAt(), Optional.of(ctx.now())));
            ctx.audit.record(actor, RECORD_TYPE, AchievementService.key(learner, pathId),
                    to == CaseStudyStatus.REVIEWED ? "reviewed" : "corrected", List.of(
                            new FieldChange("grade", current.grade().map(g -> g.value().toPlainString()).orElse(null),
                                    grade.value().toPlainString()),
                            new FieldChange("level", current.level().map(Enum::name).orElse(null), level.name())));
            Optional<Certificate> certificate = level == CertificationLevel.NONE ? Optional.empty()
                    : Optional.of(certificates.issue(learner, pathId, grade, level));
            if (to == CaseStudyStatus.CORRECTED) {
                ctx.pathCompletions.completed(actor, learner, pathId, ctx.today());
            }
            return new Graded(saved, certificate);
        });
        Grade grade = graded.attempt().grade().orElseThrow();
        CertificationLevel level = graded.attempt().level().orElseThrow();
        ctx.publish(new CertificationEvent.CaseStudyCorrected(ctx.now(), learner, pathId, grade, level,
                to == CaseStudyStatus.REVIEWED, actor.id()));
        notifyCorrected(learner, pathId, grade, level, graded.certificate());
        return graded.attempt();
    }

    private record Graded(CaseStudyAttempt attempt, Optional<Certificate> certificate) {
    }

    /** Seed 003: certificate, correction and attestation are sent as soon as the copy is corrected, to the learner and their managers. */
    private void notifyCorrected(UserId learner, PathId pathId, Grade grade, CertificationLevel level,
                                 Optional<Certificate> certificate) {
        Set<UserId> recipients = new java.util.HashSet<>(ctx.directory.managersOf(learner));
        recipients.add(learner);
        Map<String, String> parameters = new HashMap<>();
        parameters.put("learner", learner.value());
        parameters.put("pathId", pathId.value());
        parameters.put("grade", grade.value().toPlainString());
        parameters.put("level", level.name());
        parameters.put("correction", "correction:" + AchievementService.key(learner, pathId));
        parameters.put("attestation", "attestation:" + AchievementService.key(learner, pathId));
        certificate.ifPresent(c -> parameters.put("certificate", "certificate:" + c.id()));
        ctx.notifier.send(new Notification(recipients, CORRECTED_TEMPLATE, parameters));
    }

    private CertificationPathSetup requireCertifying(Actor actor, PathId pathId) {
        CertificationPathSetup setup = paths.pathSetup(pathId);
        if (!setup.certifying()) {
            ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.NOT_CERTIFYING, "pathId",
                    "path '" + pathId + "' does not certify: it has no case study"));
        }
        return setup;
    }

    /** The life-cycle's own transitions decide: {@link CaseStudyStatus#canMoveTo}. */
    private void requireTransition(Actor actor, CaseStudyAttempt attempt, CaseStudyStatus target, String why) {
        if (!attempt.status().canMoveTo(target)) {
            ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.WRONG_STATUS, "status",
                    why + "; it is " + attempt.status()));
        }
    }

    private void requireStatus(Actor actor, CaseStudyAttempt attempt, CaseStudyStatus expected, String why) {
        if (attempt.status() != expected) {
            ctx.refuse(actor, new RuleRefusedException(CertificationRefusals.WRONG_STATUS, "status",
                    why + "; it is " + attempt.status()));
        }
    }

    private Optional<CaseStudyAttempt> find(UserId learner, PathId pathId) {
        return ctx.storage.caseStudies().find(learner.value(), pathId.value()).map(CertificationRecords::caseStudy);
    }

    private CaseStudyAttempt save(CaseStudyAttempt attempt) {
        return CertificationRecords.caseStudy(attempt.version() == 0 ? ctx.storage.caseStudies().insert(CertificationRecords.record(attempt))
                : ctx.storage.caseStudies().update(CertificationRecords.record(attempt)));
    }

    private static CaseStudyAttempt with(CaseStudyAttempt a, CaseStudyStatus status, Map<QuestionId, String> answers,
                                         Map<QuestionId, BigDecimal> points, Optional<Grade> grade,
                                         Optional<CertificationLevel> level, Optional<UserId> corrector,
                                         Optional<String> comment, boolean reviewRequested,
                                         Optional<java.time.Instant> submittedAt,
                                         Optional<java.time.Instant> correctedAt) {
        return new CaseStudyAttempt(a.learner(), a.pathId(), a.caseStudyVersion(), status, answers, points, grade, level, corrector, comment,
                reviewRequested || a.reviewRequested(), a.startedAt(), submittedAt, correctedAt, a.version());
    }
}
