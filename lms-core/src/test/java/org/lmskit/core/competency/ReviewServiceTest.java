package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ADMIN;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.DDFPT;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MANAGER;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MEDINE;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT_HIMSELF;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.spi.audit.AuditQuery;

class ReviewServiceTest {
    private final ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
    private final ReviewService reviews = world.lms.competencies().reviews();
    private final List<CompetencyCode> codes = ConseillerCarriereRetraite.allCodes();

    private Map<CompetencyCode, LevelValue> positions(String... levels) {
        Map<CompetencyCode, LevelValue> positions = new HashMap<>();
        for (int i = 0; i < levels.length; i++) {
            positions.put(codes.get(i), levels[i] == null ? LevelValue.notApplicable() : LevelValue.of(levels[i]));
        }
        return positions;
    }

    @Test
    void a_draft_is_edited_then_finalized_and_frozen() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions("3", "2"), "Constats", "Conseils");
        InterimReview edited = reviews.update(MANAGER, draft.id(), positions("4", "2"), "Constats revus", "Conseils", 1);

        InterimReview finalized = reviews.finalize(MANAGER, draft.id(), edited.version());

        assertThat(finalized.status()).isEqualTo(ReviewStatus.FINAL);
        assertThat(finalized.finalizedAt()).contains(world.now);
        assertThatThrownBy(() -> reviews.update(MANAGER, draft.id(), positions("5"), "", "", finalized.version()))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CompetencyRefusals.REVIEW_STATUS));
    }

    @Test
    void every_review_is_readable_by_the_learner_with_its_findings_and_advice() {
        InterimReview first = reviews.draft(MANAGER, ROBERT, positions("3"), "Constats 2021", "Conseils 2021");
        reviews.finalize(MANAGER, first.id(), first.version());
        world.now = world.now.plusSeconds(3600);
        reviews.draft(MANAGER, ROBERT, positions("4"), "Constats 2022", "Conseils 2022");

        List<InterimReview> his = reviews.reviews(ROBERT_HIMSELF, ROBERT);

        assertThat(his).extracting(InterimReview::findings).containsExactlyInAnyOrder("Constats 2021", "Constats 2022");
        assertThat(his).extracting(InterimReview::advice).containsExactlyInAnyOrder("Conseils 2021", "Conseils 2022");
        assertThat(reviews.review(ROBERT_HIMSELF, first.id()).status()).isEqualTo(ReviewStatus.FINAL);
    }

    @Test
    void finalizing_records_review_positionings_that_open_a_new_period() {
        InterimReview draft = reviews.draft(MANAGER, MEDINE, positions("4"), "", "");
        world.now = world.now.plusSeconds(3600);
        reviews.finalize(MANAGER, draft.id(), 1);

        CompetencyViews.JobView since = world.lms.competencies().views().jobView(ADMIN, MEDINE,
                CompetencyViews.Period.between(reviews.lastFinalizedAt(ADMIN, MEDINE).orElseThrow(), null));
        assertThat(since.gaps().get(0).deciding().orElseThrow().source()).isEqualTo(Source.REVIEW);
        assertThat(since.summary().acquired()).isEqualTo(1);
    }

    @Test
    void the_ddfpt_of_the_establishment_reads_the_reviews_it_may_unlock_and_no_other_ddfpt_does() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions("3"), "", "");
        reviews.finalize(MANAGER, draft.id(), 1);

        assertThat(reviews.reviews(DDFPT, ROBERT)).extracting(InterimReview::id).containsExactly(draft.id());
        assertThat(reviews.review(DDFPT, draft.id()).status()).isEqualTo(ReviewStatus.FINAL);
        assertThat(reviews.grade(DDFPT, draft.id()).counted()).isEqualTo(1);
        org.lmskit.core.security.Actor neighbour = org.lmskit.core.security.Actor.of("ddfpt-voisin",
                org.lmskit.core.security.Role.DDFPT);
        assertThatThrownBy(() -> reviews.reviews(neighbour, ROBERT)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reviews.review(neighbour, draft.id())).isInstanceOf(PermissionDeniedException.class);
        // reading reviews is not reading the rest of the learner's record
        assertThatThrownBy(() -> world.lms.competencies().views().jobView(DDFPT, ROBERT,
                CompetencyViews.Period.always())).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void only_a_ddfpt_unlocks_a_final_review_and_it_is_audited() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions("3"), "", "");
        InterimReview finalized = reviews.finalize(MANAGER, draft.id(), 1);

        assertThatThrownBy(() -> reviews.unlock(MANAGER, draft.id(), "erreur", finalized.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reviews.unlock(ADMIN, draft.id(), "erreur", finalized.version()))
                .isInstanceOf(PermissionDeniedException.class);
        // seed 002: "Seul le DDFPT de l'établissement": the DDFPT of the neighbouring establishment is refused
        assertThatThrownBy(() -> reviews.unlock(org.lmskit.core.security.Actor.of("ddfpt-voisin",
                org.lmskit.core.security.Role.DDFPT), draft.id(), "erreur", finalized.version()))
                .isInstanceOf(PermissionDeniedException.class).hasMessageContaining("establishment");
        InterimReview unlocked = reviews.unlock(DDFPT, draft.id(), "erreur de saisie", finalized.version());

        assertThat(unlocked.status()).isEqualTo(ReviewStatus.UNLOCKED);
        assertThat(world.storage.auditTrail().find(AuditQuery.byRecord("interim-review", draft.id().value()).newestFirst())
                .items().get(0)).satisfies(e -> {
                    assertThat(e.action()).isEqualTo("unlocked");
                    assertThat(e.actorId()).isEqualTo("ddfpt");
                });
        assertThatThrownBy(() -> reviews.unlock(DDFPT, draft.id(), "again", unlocked.version()))
                .isInstanceOf(RuleRefusedException.class);
        assertThatThrownBy(() -> reviews.update(MANAGER, draft.id(), positions("4"), "", "", finalized.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_review_compares_with_the_previous_final_one() {
        InterimReview first = reviews.draft(MANAGER, ROBERT, positions("2", "2"), "", "");
        reviews.finalize(MANAGER, first.id(), 1);
        world.now = world.now.plusSeconds(86_400);
        InterimReview second = reviews.draft(MANAGER, ROBERT, positions("4", "3"), "", "");

        ReviewService.Comparison comparison = reviews.compare(ROBERT_HIMSELF, second.id());

        assertThat(comparison.previous().map(InterimReview::id)).contains(first.id());
        assertThat(comparison.positions()).extracting(ReviewService.ComparedPosition::previousRank).containsExactly(2, 2);
        assertThat(comparison.positions()).extracting(ReviewService.ComparedPosition::currentRank).containsExactly(4, 3);
    }

    @Test
    void a_final_review_converts_to_a_grade_out_of_20_excluding_not_applicable() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions("1", "5", "3", null), "", "");
        reviews.finalize(MANAGER, draft.id(), 1);

        ReviewService.ReviewGrade grade = reviews.grade(ROBERT_HIMSELF, draft.id());

        // (0 + 1 + 0.5) / 3 x 20 = 10.00
        assertThat(grade.grade()).isEqualTo(new BigDecimal("10.00"));
        assertThat(grade.counted()).isEqualTo(3);
        assertThat(grade.excluded()).containsExactly(codes.get(3));
        InterimReview other = reviews.draft(MANAGER, ROBERT, positions("3"), "", "");
        assertThatThrownBy(() -> reviews.grade(ROBERT_HIMSELF, other.id())).isInstanceOf(RuleRefusedException.class);
    }

    @Test
    void a_review_with_only_not_applicable_positions_has_no_grade() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions(null, null), "", "");
        reviews.finalize(MANAGER, draft.id(), 1);

        assertThatThrownBy(() -> reviews.grade(ROBERT_HIMSELF, draft.id()))
                .isInstanceOfSatisfying(RuleRefusedException.class, e -> assertThat(e.getMessage())
                        .contains("no competency is evaluated"));
    }

    /** Only an author of the learner changes or finalizes a review, and only while it is editable. */
    @Test
    void another_manager_neither_edits_nor_finalizes_and_a_final_review_is_not_finalized_twice() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions("3"), "", "");
        org.lmskit.core.security.Actor stranger = org.lmskit.core.security.Actor.of("marc",
                org.lmskit.core.security.Role.MANAGER);

        assertThatThrownBy(() -> reviews.update(stranger, draft.id(), positions("5"), "", "", draft.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reviews.finalize(stranger, draft.id(), draft.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reviews.update(MANAGER, draft.id(), positions("9"), "", "", draft.version()))
                .isInstanceOfSatisfying(org.lmskit.core.error.InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(org.lmskit.core.error.Violation::field).containsExactly("positions." + codes.get(0)));
        InterimReview finalized = reviews.finalize(MANAGER, draft.id(), draft.version());
        assertThatThrownBy(() -> reviews.finalize(MANAGER, draft.id(), finalized.version()))
                .isInstanceOfSatisfying(RuleRefusedException.class,
                        e -> assertThat(e.code()).isEqualTo(CompetencyRefusals.REVIEW_STATUS));
        assertThat(reviews.review(MANAGER, draft.id()).status()).isEqualTo(ReviewStatus.FINAL);
    }

    @Test
    void a_competency_taken_out_of_a_draft_is_audited_as_removed() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions("3", "2"), "", "");

        reviews.update(MANAGER, draft.id(), positions("3"), "", "", draft.version());

        assertThat(world.storage.auditTrail().find(AuditQuery.byRecord("interim-review", draft.id().value())
                .newestFirst()).items().get(0).changes()).containsExactly(
                new org.lmskit.spi.audit.FieldChange("positions." + codes.get(1).value(), "2", null));
    }

    @Test
    void finalizing_and_unlocking_are_published() {
        InterimReview draft = reviews.draft(MANAGER, ROBERT, positions("3"), "", "");
        InterimReview finalized = reviews.finalize(MANAGER, draft.id(), draft.version());
        reviews.unlock(DDFPT, draft.id(), "erreur de saisie", finalized.version());

        assertThat(world.events).filteredOn(e -> e instanceof CompetencyEvent.ReviewFinalized
                        || e instanceof CompetencyEvent.ReviewUnlocked)
                .extracting(e -> e.getClass().getSimpleName()).containsExactly("ReviewFinalized", "ReviewUnlocked");
        assertThat(world.events).filteredOn(CompetencyEvent.ReviewFinalized.class::isInstance).singleElement()
                .isEqualTo(new CompetencyEvent.ReviewFinalized(world.now, draft.id(), ROBERT, MANAGER.id()));
    }

    /** An unlocked review no longer counts as the last final one; the one finalized before it does. */
    @Test
    void the_last_finalized_review_ignores_one_that_was_unlocked_since() {
        InterimReview first = reviews.draft(MANAGER, ROBERT, positions("3"), "", "");
        reviews.finalize(MANAGER, first.id(), first.version());
        java.time.Instant firstAt = world.now;
        world.now = world.now.plusSeconds(86_400);
        InterimReview second = reviews.draft(MANAGER, ROBERT, positions("4"), "", "");
        InterimReview secondFinal = reviews.finalize(MANAGER, second.id(), second.version());
        assertThat(reviews.lastFinalizedAt(MANAGER, ROBERT)).contains(world.now);

        reviews.unlock(DDFPT, second.id(), "erreur", secondFinal.version());

        assertThat(reviews.lastFinalizedAt(MANAGER, ROBERT)).contains(firstAt);
    }

    /** A competency positioned only in the previous review still appears, with nothing current. */
    @Test
    void the_comparison_holds_the_competencies_of_both_reviews() {
        InterimReview first = reviews.draft(MANAGER, ROBERT, positions("2", "2"), "", "");
        reviews.finalize(MANAGER, first.id(), 1);
        world.now = world.now.plusSeconds(86_400);
        InterimReview second = reviews.draft(MANAGER, ROBERT, positions("4"), "", "");

        ReviewService.Comparison comparison = reviews.compare(MANAGER, second.id());

        assertThat(comparison.positions()).extracting(ReviewService.ComparedPosition::competency)
                .containsExactly(codes.get(0), codes.get(1));
        assertThat(comparison.positions().get(1).current()).isEmpty();
        assertThat(comparison.positions().get(1).previousRank()).isEqualTo(2);
    }

    @Test
    void only_the_learners_managers_supervisors_tutors_trainers_and_administrators_write_reviews() {
        assertThatThrownBy(() -> reviews.draft(ROBERT_HIMSELF, ROBERT, positions("5"), "", ""))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> reviews.draft(MANAGER, ROBERT, positions("9"), "", "")).hasMessageContaining("positions");
        assertThatThrownBy(() -> reviews.draft(MANAGER, ROBERT, Map.of(), "", "")).hasMessageContaining("positions");
    }
}
