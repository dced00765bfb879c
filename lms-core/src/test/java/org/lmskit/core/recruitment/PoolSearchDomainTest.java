package org.lmskit.core.recruitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

/** Each criterion of a pool search (seed 004) is checked where the search is built, and named when refused. */
class PoolSearchDomainTest {

    private static void refused(UnaryOperator<PoolSearch.Builder> criteria, String field) {
        assertThatThrownBy(() -> criteria.apply(PoolSearch.builder()).build()).as(field)
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly(field));
    }

    @Test
    void text_criteria_are_lines() {
        refused(b -> b.areas(Set.of("Alsace\u0000")), "areas[0]");
        refused(b -> b.currentJobs(Set.of("Dév\neloppeur")), "currentJobs[0]");
        refused(b -> b.trainings(Set.of(" ")), "trainings[0]");
        refused(b -> b.nameContains("x".repeat(Candidate.MAX_NAME + 1)), "nameContains");
    }

    @Test
    void dates_are_inside_what_the_stores_hold() {
        refused(b -> b.classifiedFrom(Instant.parse("+10000-01-01T00:00:00Z")), "classifiedFrom");
        refused(b -> b.classifiedBefore(Instant.parse("1800-01-01T00:00:00Z")), "classifiedBefore");
        refused(b -> b.situationChangedFrom(LocalDate.of(1800, 1, 1)), "situationChangedFrom");
    }

    @Test
    void the_builder_keeps_every_criterion_it_is_given() {
        PoolSearch search = PoolSearch.builder().areas(Set.of("Alsace / Bas-Rhin")).trainings(Set.of("Java"))
                .trainingLinks(Set.of(TrainingLink.IN_TRAINING)).build();

        assertThat(search.areas()).containsExactly("Alsace / Bas-Rhin");
        assertThat(search.trainings()).containsExactly("Java");
        assertThat(search.trainingLinks()).containsExactly(TrainingLink.IN_TRAINING);
    }
}
