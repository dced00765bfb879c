package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lmskit.core.adaptive.AdaptiveWorld.ADMIN;
import static org.lmskit.core.adaptive.AdaptiveWorld.AVANT_VENTE;
import static org.lmskit.core.adaptive.AdaptiveWorld.E_LEARNING;
import static org.lmskit.core.adaptive.AdaptiveWorld.MISSION;
import static org.lmskit.core.adaptive.AdaptiveWorld.SAM;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Seed 001's attempts: a mission handed in waits for its tutor however the learner goes on; a status dates from
 * when it changed, not from a repeat; each attempt is published with what the learner reported.
 */
class LessonAttemptsTest {
    private final AdaptiveWorld world = new AdaptiveWorld();

    LessonAttemptsTest() {
        world.adaptive.enrolments().enrol(ADMIN, AVANT_VENTE, SAM.id(), EnrolmentType.MANDATORY, Optional.empty());
    }

    @Test
    void a_mission_handed_in_waits_for_its_tutor_until_corrected() {
        LessonProgress handedIn = world.attempt(SAM, MISSION, LessonStatus.COMPLETED, null, Duration.ofMinutes(3));
        LessonProgress againLater = world.attempt(SAM, MISSION, LessonStatus.IN_PROGRESS, null, Duration.ofMinutes(1));

        assertThat(handedIn.awaitingCorrection()).isTrue();
        assertThat(handedIn.status().isDone()).isFalse();
        assertThat(againLater.awaitingCorrection()).isTrue();
    }

    @Test
    void other_lessons_do_not_wait_and_their_status_dates_from_when_it_changed() {
        LessonProgress done = world.attempt(SAM, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofMinutes(2));
        Instant doneAt = world.clock.instant();
        world.clock.advance(Duration.ofHours(1));
        LessonProgress repeated = world.attempt(SAM, E_LEARNING, LessonStatus.COMPLETED, null, Duration.ofMinutes(2));

        assertThat(done.awaitingCorrection()).isFalse();
        assertThat(done.status()).isEqualTo(LessonStatus.COMPLETED);
        assertThat(done.statusAt()).contains(doneAt);
        assertThat(repeated.statusAt()).contains(doneAt);
        assertThat(repeated.attempts()).hasSize(2);
        assertThat(world.events).filteredOn(AdaptiveEvent.LessonProgressed.class::isInstance).hasSize(2)
                .allSatisfy(e -> assertThat(((AdaptiveEvent.LessonProgressed) e).lesson()).isEqualTo(E_LEARNING));
    }
}
