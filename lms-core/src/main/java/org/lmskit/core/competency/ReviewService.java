package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.ReviewId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.audit.FieldChange;

/**
 * Interim reviews (seed 002). Drafts are written by the learner's managers, supervisors, tutors and
 * trainers (and administrators); finalizing (once the host's screen had the word CONFIRMATION typed)
 * freezes the review, records each position as a REVIEW positioning and opens a new evaluation period; only a DDFPT unlocks a
 * final review, under audit.
 */
public final class ReviewService {
    static final String RECORD_TYPE = "interim-review";

    private final CompetencyContext ctx;

    ReviewService(CompetencyContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Drafts an interim review of a learner (seed 002): findings, advice and a level per competency; by {@link
     * CompetencyAccess#writeReview}.
     */
    public InterimReview draft(Actor actor, UserId learner, Map<CompetencyCode, LevelValue> positions, String findings,
                               String advice) {
        String checkedFindings = text("findings", findings);
        String checkedAdvice = text("advice", advice);
        requireAuthor(actor, learner);
        checkPositions(positions);
        InterimReview review = new InterimReview(ReviewId.of(ctx.ids.get()), learner, ReviewStatus.DRAFT, positions,
                checkedFindings, checkedAdvice, actor.id(), ctx.ops.now(), Optional.empty(),
                Optional.empty(), 0);
        return ctx.ops.write(() -> {
            InterimReview stored = CompetencyRecords.review(ctx.storage.interimReviews().insert(CompetencyRecords.record(review)));
            ctx.audit.record(actor, RECORD_TYPE, stored.id().value(), "drafted",
                    changes(Map.of(), "", "", positions, checkedFindings, checkedAdvice));
            return stored;
        });
    }

    /** Changes a draft (or an unlocked review) from the version read; a final review cannot be changed. */
    public InterimReview update(Actor actor, ReviewId id, Map<CompetencyCode, LevelValue> positions, String findings,
                                String advice, long expectedVersion) {
        Operations.requireActor(actor);
        Operations.required("reviewId", id);
        String checkedFindings = text("findings", findings);
        String checkedAdvice = text("advice", advice);
        // read, checked and saved in one transaction
        return ctx.ops.write(() -> {
            InterimReview current = load(id);
            requireAuthor(actor, current.learner());
            requireEditable(current);
            checkPositions(positions);
            return save(actor, new InterimReview(id, current.learner(), current.status(), positions, checkedFindings,
                    checkedAdvice, current.author(), current.createdAt(), current.finalizedAt(),
                    current.finalizedBy(), expectedVersion), "updated", changes(current.positions(), current.findings(),
                    current.advice(), positions, checkedFindings, checkedAdvice));
        });
    }

    /**
     * Finalizes the review from the version read; it can no longer be changed (a DDFPT may unlock it). Seed 002
     * has the author type the word CONFIRMATION first: that gesture is the screen's, so the host's UI asks for
     * it before calling (the reference app refuses a finalization without it).
     */
    public InterimReview finalize(Actor actor, ReviewId id, long expectedVersion) {
        Operations.requireActor(actor);
        Operations.required("reviewId", id);
        return ctx.ops.write(() -> {
            InterimReview current = load(id);
            requireAuthor(actor, current.learner());
            requireEditable(current);
            InterimReview finalized = save(actor, new InterimReview(id, current.learner(), ReviewStatus.FINAL,
                    current.positions(), current.findings(), current.advice(), current.author(), current.createdAt(),
                    Optional.of(ctx.ops.now()), Optional.of(actor.id()), expectedVersion), "finalized",
                    List.of(new FieldChange("status", current.status().name(), ReviewStatus.FINAL.name())));
            sorted(current.positions()).forEach(e -> ctx.appendReviewPositioning(actor, current.learner(),
                    e.getKey(), e.getValue(), finalized.finalizedAt().orElseThrow()));
            ctx.ops.publish(new CompetencyEvent.ReviewFinalized(finalized.finalizedAt().orElseThrow(), id,
                    current.learner(), actor.id()));
            return finalized;
        });
    }

    /** Seed 002: only the DDFPT of the learner's establishment unlocks a final review; audited with the reason. */
    public InterimReview unlock(Actor actor, ReviewId id, String reason, long expectedVersion) {
        ctx.ops.permit(actor, ctx.access::unlockReview);
        Texts.paragraph("reason", reason, Texts.PARAGRAPH);
        return ctx.ops.write(() -> {
            InterimReview current = load(id);
            ctx.ops.permit(actor, a -> ctx.access.unlockReview(a, current.learner()));
            if (current.status() != ReviewStatus.FINAL) {
                throw new RuleRefusedException(CompetencyRefusals.REVIEW_STATUS, "status",
                        "only a final review is unlocked; it is " + current.status());
            }
            InterimReview unlocked = save(actor, new InterimReview(id, current.learner(), ReviewStatus.UNLOCKED,
                    current.positions(), current.findings(), current.advice(), current.author(), current.createdAt(),
                    current.finalizedAt(), current.finalizedBy(), expectedVersion), "unlocked",
                    List.of(new FieldChange("status", "FINAL", "UNLOCKED"), new FieldChange("reason", null, reason)));
            ctx.ops.publish(new CompetencyEvent.ReviewUnlocked(ctx.ops.now(), id, current.learner(), actor.id()));
            return unlocked;
        });
    }

    /** A review by id, read by the {@link CompetencyAccess#readReviews} rule for its learner. */
    public InterimReview review(Actor actor, ReviewId id) {
        Operations.requireActor(actor);
        Operations.required("reviewId", id);
        return ctx.ops.read(() -> {
            InterimReview review = load(id);
            readReviews(actor, review.learner());
            return review;
        });
    }

    /** A learner's reviews, oldest first. */
    public List<InterimReview> reviews(Actor actor, UserId learner) {
        return ctx.ops.read(() -> {
            readReviews(actor, learner);
            return ctx.storage.interimReviews().findByLearner(learner.value()).stream().map(CompetencyRecords::review)
                    .toList();
        });
    }

    private void readReviews(Actor actor, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("learner", learner);
        ctx.ops.permit(actor, ctx.access.readReviews(actor, learner));
    }

    /** When the last final review was finalized: positionings after it are "since the last review". */
    public Optional<java.time.Instant> lastFinalizedAt(Actor actor, UserId learner) {
        return reviews(actor, learner).stream().filter(r -> r.status() == ReviewStatus.FINAL)
                .flatMap(r -> r.finalizedAt().stream()).max(java.time.Instant::compareTo);
    }

    /** One competency in a two-review comparison (the seed's two-series radar: "Précédent", "Actuel"). */
    public record ComparedPosition(CompetencyCode competency, Optional<LevelValue> previous, Optional<LevelValue> current,
                                   int previousRank, int currentRank) {
    }

    /**
     * A review beside the learner's previous final review, competency by competency (seed 002's radar "Précédent /
     * Actuel").
     */
    public record Comparison(InterimReview current, Optional<InterimReview> previous, List<ComparedPosition> positions) {
    }

    /** Compares a review with the learner's previous final review. */
    public Comparison compare(Actor actor, ReviewId id) {
        Operations.requireActor(actor);
        Operations.required("reviewId", id);
        InterimReview current = review(actor, id);
        Optional<InterimReview> previous = ctx.storage.interimReviews().findByLearner(current.learner().value()).stream()
                .map(CompetencyRecords::review)
                .filter(r -> !r.id().equals(id) && r.status() == ReviewStatus.FINAL
                        && r.finalizedAt().orElseThrow().isBefore(current.finalizedAt().orElse(ctx.ops.now())))
                .reduce((a, b) -> b);
        Set<CompetencyCode> codes = new HashSet<>(current.positions().keySet());
        previous.ifPresent(p -> codes.addAll(p.positions().keySet()));
        Map<CompetencyCode, Scale> scales = scalesOf(codes);
        List<ComparedPosition> positions = codes.stream().sorted(java.util.Comparator.comparing(CompetencyCode::value))
                .map(code -> {
                    Optional<LevelValue> before = previous.map(p -> p.positions().get(code));
                    Optional<LevelValue> now = Optional.ofNullable(current.positions().get(code));
                    return new ComparedPosition(code, before, now, rank(scales.get(code), before), rank(scales.get(code), now));
                }).toList();
        return new Comparison(current, previous, positions);
    }

    /** A grade out of 20 and the competencies it leaves out. */
    public record ReviewGrade(BigDecimal grade, int counted, List<CompetencyCode> excluded, String formula) {
    }

    /**
     * Converts a final review to a grade out of 20: the mean over its positioned competencies of
     * (rank - 1) / (levels - 1), times 20, rounded half-up to two decimals. The lowest level gives 0,
     * the highest 20; a higher level never lowers the grade. Competencies positioned "not applicable"
     * are excluded and listed; a review with none counted is refused.
     */
    public ReviewGrade grade(Actor actor, ReviewId id) {
        Operations.requireActor(actor);
        Operations.required("reviewId", id);
        InterimReview review = review(actor, id);
        if (review.status() != ReviewStatus.FINAL) {
            throw new RuleRefusedException(CompetencyRefusals.REVIEW_STATUS, "status", "only a final review is graded");
        }
        Map<CompetencyCode, Scale> scales = scalesOf(review.positions().keySet());
        BigDecimal sum = BigDecimal.ZERO;
        int counted = 0;
        List<CompetencyCode> excluded = new ArrayList<>();
        for (Map.Entry<CompetencyCode, LevelValue> entry : sorted(review.positions())) {
            if (entry.getValue().isNotApplicable()) {
                excluded.add(entry.getKey());
                continue;
            }
            Scale scale = scales.get(entry.getKey());
            int rank = scale.rank(entry.getValue().code().get()).orElseThrow();
            sum = sum.add(BigDecimal.valueOf(rank - 1).divide(BigDecimal.valueOf(scale.top() - 1L), 10, RoundingMode.HALF_UP));
            counted++;
        }
        if (counted == 0) {
            throw new RuleRefusedException(CompetencyRefusals.REVIEW_STATUS, "positions", "no competency is evaluated");
        }
        BigDecimal grade = sum.multiply(BigDecimal.valueOf(20)).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
        return new ReviewGrade(grade, counted, excluded, "20 x mean((rank - 1) / (levels - 1)), not-applicable excluded");
    }

    /**
     * What a draft or an update changed, field by field: each competency's position ({@code positions.CODE}, a level
     * or {@code not-applicable}), the findings and the advice; nothing for what stayed the same.
     */
    private static List<FieldChange> changes(Map<CompetencyCode, LevelValue> beforePositions, String beforeFindings,
                                             String beforeAdvice, Map<CompetencyCode, LevelValue> afterPositions,
                                             String afterFindings, String afterAdvice) {
        List<FieldChange> changes = new java.util.ArrayList<>();
        java.util.SortedSet<String> codes = new java.util.TreeSet<>();
        beforePositions.keySet().forEach(c -> codes.add(c.value()));
        afterPositions.keySet().forEach(c -> codes.add(c.value()));
        for (String code : codes) {
            String before = position(beforePositions.get(CompetencyCode.of(code)));
            String after = position(afterPositions.get(CompetencyCode.of(code)));
            if (!java.util.Objects.equals(before, after)) {
                changes.add(new FieldChange("positions." + code, before, after));
            }
        }
        if (!beforeFindings.equals(afterFindings)) {
            changes.add(new FieldChange("findings", beforeFindings.isEmpty() ? null : beforeFindings,
                    afterFindings.isEmpty() ? null : afterFindings));
        }
        if (!beforeAdvice.equals(afterAdvice)) {
            changes.add(new FieldChange("advice", beforeAdvice.isEmpty() ? null : beforeAdvice,
                    afterAdvice.isEmpty() ? null : afterAdvice));
        }
        return changes;
    }

    private static String position(LevelValue level) {
        return level == null ? null : level.code().orElse("not-applicable");
    }

    private static List<Map.Entry<CompetencyCode, LevelValue>> sorted(Map<CompetencyCode, LevelValue> positions) {
        return positions.entrySet().stream().sorted(Map.Entry.comparingByKey(
                java.util.Comparator.comparing(CompetencyCode::value))).toList();
    }

    private Map<CompetencyCode, Scale> scalesOf(Set<CompetencyCode> codes) {
        return ctx.scalesOf(codes);
    }

    private static int rank(Scale scale, Optional<LevelValue> level) {
        return level.flatMap(LevelValue::code).flatMap(scale::rank).orElse(0);
    }

    private void checkPositions(Map<CompetencyCode, LevelValue> positions) {
        if (positions == null || positions.isEmpty()) {
            throw InvalidInputException.of("positions", "a review positions at least one competency");
        }
        scalesOf(positions.keySet()).forEach((code, scale) -> scale.check("positions." + code, positions.get(code)));
    }

    private void requireAuthor(Actor actor, UserId learner) {
        Operations.requireActor(actor);
        Operations.required("learner", learner);
        ctx.ops.permit(actor, ctx.access.writeReview(actor, learner));
    }

    private static void requireEditable(InterimReview review) {
        if (!review.status().editable()) {
            throw new RuleRefusedException(CompetencyRefusals.REVIEW_STATUS, "status",
                    "a final review cannot be changed; a DDFPT may unlock it");
        }
    }

    private static String text(String field, String value) {
        return value == null ? "" : Texts.optionalParagraph(field, value, Texts.PARAGRAPH);
    }

    private InterimReview load(ReviewId id) {
        Operations.required("reviewId", id);
        return ctx.storage.interimReviews().find(id.value()).map(CompetencyRecords::review)
                .orElseThrow(() -> new NotFoundException(RECORD_TYPE, id.value()));
    }

    private InterimReview save(Actor actor, InterimReview review, String action, List<FieldChange> changes) {
        return ctx.ops.write(() -> {
            InterimReview stored = CompetencyRecords.review(ctx.storage.interimReviews().update(CompetencyRecords.record(review)));
            ctx.audit.record(actor, RECORD_TYPE, review.id().value(), action, changes);
            return stored;
        });
    }
}
