package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;
import static org.lmskit.core.certification.RecrutementEtSourcing.THEMES;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.id.WorkshopId;

class EligibilityPolicyTest {
    private static final UserId ALICE = UserId.of("alice");
    private final EligibilityPolicy policy = new EligibilityPolicy();

    /** {@code count} workshops complete, every step done. */
    private static Map<WorkshopId, Set<WorkshopStep>> workshops(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> WorkshopId.of("atelier-" + i))
                .collect(Collectors.toMap(w -> w, w -> EnumSet.allOf(WorkshopStep.class)));
    }

    private Eligibility evaluate(Set<ThemeId> badges, int workshops) {
        return policy.evaluate(RecrutementEtSourcing.setup(), new Achievements(ALICE, PATH, badges, workshops(workshops), 1));
    }

    @Test
    void every_mandatory_badge_and_the_required_workshops_open_the_case_study() {
        Eligibility eligibility = evaluate(Set.copyOf(THEMES), 3);

        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.reason()).isEmpty();
    }

    @Test
    void one_workshop_short_is_refused_saying_how_many_are_missing() {
        Eligibility eligibility = evaluate(Set.copyOf(THEMES), 2);

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.missingWorkshops()).isEqualTo(1);
        assertThat(eligibility.reason()).isEqualTo("1 more workshop(s) to complete (2 of 3 at 100 %)");
    }

    @Test
    void a_workshop_at_90_percent_does_not_count_and_its_percentage_is_shown() {
        Map<WorkshopId, Set<WorkshopStep>> steps = new java.util.HashMap<>(workshops(2));
        steps.put(WorkshopId.of("atelier-3"), EnumSet.range(WorkshopStep.INTRODUCTION_VIDEO_WATCHED,
                WorkshopStep.CORRECTIONS_DONE));

        Eligibility eligibility = policy.evaluate(RecrutementEtSourcing.setup(),
                new Achievements(ALICE, PATH, Set.copyOf(THEMES), steps, 1));

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.workshopsDone()).isEqualTo(2);
        assertThat(eligibility.workshops()).extracting(WorkshopProgress::percent).containsExactly(100, 100, 90);
        assertThat(eligibility.workshops().get(2).next()).contains(WorkshopStep.CONCLUSION_VIDEO_WATCHED);
    }

    @Test
    void the_last_step_alone_does_not_complete_a_workshop() {
        Map<WorkshopId, Set<WorkshopStep>> steps = new java.util.HashMap<>(workshops(2));
        steps.put(WorkshopId.of("atelier-3"), EnumSet.of(WorkshopStep.CONCLUSION_VIDEO_WATCHED));

        Eligibility eligibility = policy.evaluate(RecrutementEtSourcing.setup(),
                new Achievements(ALICE, PATH, Set.copyOf(THEMES), steps, 1));

        assertThat(eligibility.workshops().get(2).percent()).isZero();
        assertThat(eligibility.workshops().get(2).complete()).isFalse();
        assertThat(eligibility.missingWorkshops()).isEqualTo(1);
    }

    @Test
    void more_workshops_than_required_is_fine() {
        assertThat(evaluate(Set.copyOf(THEMES), 5).eligible()).isTrue();
    }

    @Test
    void missing_badges_are_listed_sorted_by_theme() {
        Eligibility eligibility = evaluate(RecrutementEtSourcing.themes(0, 1, 2, 3, 4), 3);

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.missingBadges()).containsExactly(ThemeId.of("avoir-le-bon-etat-d-esprit"),
                ThemeId.of("piloter-un-recrutement-seul-ou-en-equipe"));
    }

    @Test
    void badges_and_workshops_missing_together_are_both_reported() {
        Eligibility eligibility = evaluate(Set.of(), 0);

        assertThat(eligibility.missingBadges()).hasSize(7);
        assertThat(eligibility.missingWorkshops()).isEqualTo(3);
        assertThat(eligibility.reason()).contains("missing badges:", "3 more workshop(s)");
    }

    @Test
    void badges_of_themes_that_are_not_mandatory_do_not_count() {
        Set<ThemeId> badges = new java.util.HashSet<>(RecrutementEtSourcing.themes(0, 1, 2, 3, 4, 5));
        badges.add(ThemeId.of("optional-theme"));

        assertThat(evaluate(badges, 3).missingBadges()).containsExactly(THEMES.get(6));
    }

    @Test
    void a_path_that_does_not_certify_has_no_case_study_to_be_eligible_for() {
        Eligibility eligibility = policy.evaluate(CertificationPathSetup.notCertifying(PATH),
                new Achievements(ALICE, PATH, Set.copyOf(THEMES), workshops(3), 1));

        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reason()).contains("does not certify");
    }
}
