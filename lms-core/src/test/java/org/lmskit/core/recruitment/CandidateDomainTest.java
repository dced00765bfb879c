package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;
import org.lmskit.core.id.CandidateId;
import org.lmskit.core.id.UserId;

/** Every field of a candidate (seed 004's "fiche candidat") is checked where it is built, and named when refused. */
class CandidateDomainTest {

    private static Candidate.Builder valid() {
        return Candidate.builder().id(CandidateId.of("c-1")).civility(Civility.MR).lastName("DELEAN")
                .firstName("Julien").area("Alsace / Bas-Rhin").city("Strasbourg").currentJobs(List.of("Développeur"))
                .classification(Classification.EMPLOYABLE).classifiedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .studyLevel(StudyLevel.values()[0]).experience(ExperienceBracket.values()[0])
                .skills(List.of(new Candidate.Skill(SkillTheme.BUSINESS_SECTOR, "Banque", Mastery.BEGINNER)))
                .trainings(List.of(new Candidate.TrainingInterest("Java", TrainingLink.INTEREST)))
                .situation(Situation.JOB_SEEKING).situationChangedOn(LocalDate.of(2026, 1, 5))
                .submittedBy(UserId.of("pole-emploi")).documents(List.of("cv.pdf"));
    }

    private static void assertRefused(UnaryOperator<Candidate.Builder> change, String field) {
        assertThatThrownBy(() -> change.apply(valid()).build()).as(field)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).contains(field));
    }

    @Test
    void a_whole_candidate_is_built_and_keeps_what_it_was_given() {
        Candidate built = valid().version(3).build();

        assertThat(built.documents()).containsExactly("cv.pdf");
        assertThat(built.trainings()).extracting(Candidate.TrainingInterest::training).containsExactly("Java");
        assertThat(built.version()).isEqualTo(3);
        assertThat(built.toBuilder().build()).isEqualTo(built);
    }

    @Test
    void each_text_field_is_refused_blank_too_long_or_with_control_characters_and_named() {
        String tooLong = "x".repeat(Candidate.MAX_NAME + 1);
        assertRefused(b -> b.lastName(" "), "lastName");
        assertRefused(b -> b.lastName(tooLong), "lastName");
        assertRefused(b -> b.firstName("Ju\u0000lien"), "firstName");
        assertRefused(b -> b.firstName(tooLong), "firstName");
        assertRefused(b -> b.area(""), "area");
        assertRefused(b -> b.area(tooLong), "area");
        assertRefused(b -> b.city("Stras\nbourg"), "city");
        assertRefused(b -> b.currentJobs(List.of("Dév\u0007")), "currentJobs[0]");
        assertRefused(b -> b.documents(List.of("x".repeat(201))), "documents[0]");
        assertThat(valid().documents(List.of("x".repeat(200))).build().documents()).hasSize(1);
        assertThat(valid().lastName("x".repeat(Candidate.MAX_NAME)).build().lastName()).hasSize(Candidate.MAX_NAME);
    }

    @Test
    void dates_outside_what_the_stores_hold_are_refused() {
        assertRefused(b -> b.situationChangedOn(LocalDate.of(1899, 12, 31)), "situationChangedOn");
        assertRefused(b -> b.situationChangedOn(LocalDate.of(10000, 1, 1)), "situationChangedOn");
        assertRefused(b -> b.version(-1), "version");
    }

    @Test
    void a_skill_and_a_training_check_their_own_fields() {
        assertThatThrownBy(() -> new Candidate.Skill(SkillTheme.BUSINESS_SECTOR, " ", Mastery.BEGINNER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("skills.name"));
        assertThatThrownBy(() -> new Candidate.TrainingInterest("Ja\u0000va", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("trainings.training", "trainings.link"));
    }

    /** Seed 004's recruitment follow-up: an end date exactly for fixed-term contracts, never before the start. */
    @Test
    void a_recruitment_has_an_end_date_exactly_when_its_contract_ends_and_not_before_it_starts() {
        java.time.LocalDate start = LocalDate.of(2026, 3, 1);
        java.util.Optional<LocalDate> none = java.util.Optional.empty();

        assertThat(new RecruitmentFollowUp(start, ContractType.FIXED_TERM, java.util.Optional.of(start),
                RecruitmentState.TRIAL_PERIOD).contractEnd()).contains(start);
        assertThat(new RecruitmentFollowUp(start, ContractType.PERMANENT, none, RecruitmentState.CONFIRMED)
                .contractEnd()).isEmpty();
        for (Runnable bad : List.<Runnable>of(
                () -> new RecruitmentFollowUp(start, ContractType.FIXED_TERM, none, RecruitmentState.TRIAL_PERIOD),
                () -> new RecruitmentFollowUp(start, ContractType.PERMANENT, java.util.Optional.of(start.plusYears(1)),
                        RecruitmentState.CONFIRMED),
                () -> new RecruitmentFollowUp(start, ContractType.APPRENTICESHIP, java.util.Optional.of(start.minusDays(1)),
                        RecruitmentState.TRIAL_PERIOD),
                () -> new RecruitmentFollowUp(start, ContractType.FIXED_TERM,
                        java.util.Optional.of(LocalDate.of(10000, 1, 1)), RecruitmentState.TRIAL_PERIOD))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                    .extracting(Violation::field).contains("recruitment.contractEnd"));
        }
    }
}
