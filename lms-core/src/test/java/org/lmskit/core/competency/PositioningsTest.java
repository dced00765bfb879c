package org.lmskit.core.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ADMIN;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.DINO;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.JOB;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.MANAGER;
import static org.lmskit.core.competency.ConseillerCarriereRetraite.ROBERT;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.PageRequest;

/** Positionings and job assignments: what they return, publish and keep, and who reads a history. */
class PositioningsTest {
    private final ConseillerCarriereRetraite world = new ConseillerCarriereRetraite().withJob().withTeam();
    private final Positionings positionings = world.lms.competencies().positionings();
    private final CompetencyCode code = ConseillerCarriereRetraite.allCodes().get(0);

    @Test
    void assigning_a_job_answers_the_job_now_assigned() {
        assertThat(positionings.assignJob(ADMIN, ROBERT, JOB)).contains(JOB);
        assertThat(positionings.jobOf(ADMIN, ROBERT)).contains(JOB);
    }

    @Test
    void a_positioning_is_published_and_a_blank_comment_is_no_comment() {
        Positioning stored = positionings.position(MANAGER, ROBERT, code, Source.MANAGER,
                Optional.of(LevelValue.of("4")), Optional.empty(), Optional.of("   "));

        assertThat(stored.comment()).isEmpty();
        assertThat(positionings.history(MANAGER, ROBERT, PageRequest.first(1)).items().get(0).comment()).isEmpty();
        assertThat(world.events).filteredOn(CompetencyEvent.Positioned.class::isInstance).last()
                .isEqualTo(new CompetencyEvent.Positioned(stored.at(), ROBERT, code, LevelValue.of("4"), Source.MANAGER,
                        MANAGER.id()));
    }

    @Test
    void another_learner_does_not_read_a_history() {
        Actor dino = new Actor(DINO, Set.of(Role.LEARNER));

        assertThatThrownBy(() -> positionings.history(dino, ROBERT, PageRequest.first(10)))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
