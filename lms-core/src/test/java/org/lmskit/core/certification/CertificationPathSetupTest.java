package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.certification.RecrutementEtSourcing.PATH;
import static org.lmskit.core.certification.RecrutementEtSourcing.questions;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.QuestionId;

class CertificationPathSetupTest {

    @ParameterizedTest
    @ValueSource(ints = {10, 15, 20})
    void a_case_study_has_10_to_20_questions(int count) {
        assertThat(new CertificationPathSetup(PATH, true, Set.of(), 0, questions(count), 0).caseStudy()).hasSize(count);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 9, 21})
    void fewer_than_10_or_more_than_20_questions_are_refused(int count) {
        assertThatThrownBy(() -> new CertificationPathSetup(PATH, true, Set.of(), 0, questions(count), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("caseStudy");
    }

    @Test
    void a_path_that_does_not_certify_has_no_case_study() {
        assertThatThrownBy(() -> new CertificationPathSetup(PATH, false, Set.of(), 0, questions(10), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no case study");
        assertThat(CertificationPathSetup.notCertifying(PATH).caseStudy()).isEmpty();
    }

    @Test
    void a_question_appears_once() {
        List<CaseStudyQuestion> twice = new ArrayList<>(questions(10));
        twice.set(9, twice.get(0));
        assertThatThrownBy(() -> new CertificationPathSetup(PATH, true, Set.of(), 0, twice, 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("appears twice");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001})
    void the_workshop_count_stays_in_range(int workshops) {
        assertThatThrownBy(() -> new CertificationPathSetup(PATH, true, Set.of(), workshops, questions(10), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("requiredWorkshops");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1.005"})
    void a_questions_points_are_positive_with_two_decimals_at_most(String points) {
        assertThatThrownBy(() -> new CaseStudyQuestion(QuestionId.of("q"), "prompt", new BigDecimal(points)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("maxPoints");
    }

    @Test
    void a_question_needs_a_prompt() {
        assertThatThrownBy(() -> new CaseStudyQuestion(QuestionId.of("q"), " ", BigDecimal.ONE))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("prompt");
    }
}
