package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.lmskit.core.certification.WorkshopStep;

/**
 * Every choice a screen shows carries the seed's own wording (seed 004's pool filter and follow-up card, seed 003's
 * workshop steps): one label per value, none blank, none shared, and the first of each list as the seed writes it.
 */
class SeedLabelsTest {

    private static <E extends Enum<E>> void assertLabels(Class<E> type, Function<E, String> label, String first) {
        List<String> labels = Arrays.stream(type.getEnumConstants()).map(label).toList();
        assertThat(labels).as(type.getSimpleName()).doesNotHaveDuplicates().allSatisfy(l -> assertThat(l).isNotBlank());
        assertThat(labels.get(0)).as(type.getSimpleName()).isEqualTo(first);
    }

    @Test
    void each_recruitment_choice_has_its_seed_label() {
        assertLabels(PerformedAction.class, PerformedAction::label, "Etude fiche profil");
        assertLabels(TrainingLink.class, TrainingLink::label, "Candidat ayant déclaré un intérêt");
        assertLabels(CardStatus.class, CardStatus::label, "Etude en cours");
        assertLabels(Classification.class, Classification::label, "Employable");
        assertLabels(CardResult.class, CardResult::label, "Aucun - étude de la candidature en cours");
        assertLabels(StudyLevel.class, StudyLevel::label, "< Bac");
        assertLabels(Mastery.class, Mastery::label, "Débutant");
        assertLabels(RejectionCause.class, RejectionCause::label, "compétences insuffisantes");
        assertLabels(Situation.class, Situation::label, "En recherche d'emploi");
        assertLabels(Civility.class, Civility::label, "Monsieur");
        assertLabels(RecruitmentState.class, RecruitmentState::label, "Période d'essai");
        assertLabels(ContractType.class, ContractType::label, "CDD");
        assertLabels(SkillTheme.class, SkillTheme::label, "Métier - Domaine fonctionnel");
        assertLabels(ExperienceBracket.class, ExperienceBracket::label, "< 1 an");
    }

    @Test
    void each_workshop_step_has_its_seed_label() {
        assertLabels(WorkshopStep.class, WorkshopStep::label, "vidéo d'introduction visionnée");
    }
}
