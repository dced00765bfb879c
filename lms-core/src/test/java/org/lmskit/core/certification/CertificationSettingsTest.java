package org.lmskit.core.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;

class CertificationSettingsTest {
    private final CertificationSettings defaults = CertificationSettings.ofDefaults();

    @Test
    void the_defaults_use_the_level_ladder_and_the_seeds_learning_quiz_rhythm() {
        assertThat(defaults.quizPolicy().name()).isEqualTo(LevelLadder.NAME);
        assertThat(defaults.quiz()).isEqualTo(ProgramQuizConfig.ofDefaults());
        assertThat(defaults.learningQuiz()).isEqualTo(new LearningQuizConfig(5, 10));
    }

    @Test
    void the_issuer_needs_an_absolute_url_and_a_name() {
        assertThatThrownBy(() -> defaults.withIssuer("issuer", "LEDR")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("issuerUrl");
        assertThatThrownBy(() -> defaults.withIssuer("not a url", "LEDR")).hasMessageContaining("issuerUrl");
        assertThatThrownBy(() -> defaults.withIssuer(null, "LEDR")).hasMessageContaining("issuerUrl");
        assertThatThrownBy(() -> defaults.withIssuer("https://ledr.example", " ")).hasMessageContaining("issuerName");
        assertThat(defaults.withIssuer("https://ledr.example", "LEDR").issuerName()).isEqualTo("LEDR");
    }

    @Test
    void the_quiz_policy_and_learning_quiz_can_be_swapped_and_an_attempt_replays_with_its_recorded_policy() {
        CertificationSettings staircase = defaults.withQuiz(ProgramQuizConfig.ofDefaults(), new Staircase())
                .withLearningQuiz(new LearningQuizConfig(3, 6));

        assertThat(staircase.quizPolicy().name()).isEqualTo(Staircase.NAME);
        assertThat(staircase.learningQuiz().lessonsPerQuiz()).isEqualTo(3);
        assertThat(staircase.policyNamed(LevelLadder.NAME)).isInstanceOf(LevelLadder.class);
        assertThatThrownBy(() -> staircase.policyNamed("COIN_FLIP")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> defaults.withQuiz(null, new LevelLadder())).isInstanceOf(NullPointerException.class);
    }
}
