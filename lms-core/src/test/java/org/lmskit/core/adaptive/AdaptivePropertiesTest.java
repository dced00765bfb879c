package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lmskit.core.adaptive.AdaptiveViews.LessonState;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.LessonId;

/** Invariants of adaptation and progress over generated positionings and attempts. */
class AdaptivePropertiesTest {
    private static final List<CompetencyCode> CODES = List.of(AdaptiveWorld.FIABILISER, AdaptiveWorld.ESTIMATION,
            AdaptiveWorld.LEVEE, AdaptiveWorld.PILOTAGE, AdaptiveWorld.ECOUTER, AdaptiveWorld.ENVOYER);
    private static final List<LessonId> LESSONS = List.of(AdaptiveWorld.L_ENVOYER, AdaptiveWorld.L_ESTIMATION,
            AdaptiveWorld.L_FIABILISER, AdaptiveWorld.L_TRAITER, AdaptiveWorld.L_ECOUTER);
    private static final LessonStatus[] STATUSES = {LessonStatus.IN_PROGRESS, LessonStatus.COMPLETED,
        LessonStatus.PASSED, LessonStatus.FAILED};

    private static Set<LessonId> done(AdaptiveCapability adaptive) {
        return adaptive.progress().courseProgress(AdaptiveWorld.ADMIN, AdaptiveWorld.ADAPTIVE, AdaptiveWorld.ANDREU.id()).sections()
                .stream().flatMap(s -> s.lessons().stream()).filter(LessonState::isDone).map(LessonState::lesson)
                .collect(Collectors.toSet());
    }

    /** Each step: a positioning (competency, level 1..5) or a learner attempt (lesson, status), by its parity. */
    @Test
    void adaptation_never_removes_a_completion_and_readapting_twice_equals_once() {
        qt().withExamples(40).forAll(lists().of(integers().between(0, 999)).ofSizeBetween(1, 20))
                .checkAssert(steps -> {
                    AdaptiveWorld world = new AdaptiveWorld();
                    AdaptiveCapability adaptive = world.adaptive;
                    world.acquired(AdaptiveWorld.ANDREU, Map.of());
                    adaptive.enrolments().enrol(AdaptiveWorld.ADMIN, AdaptiveWorld.ADAPTIVE, AdaptiveWorld.ANDREU.id(),
                            EnrolmentType.MANDATORY, Optional.empty());
                    for (int step : steps) {
                        Set<LessonId> before = done(adaptive);
                        if (step % 2 == 0) {
                            world.clock.advance(Duration.ofMinutes(1));
                            world.acquired(AdaptiveWorld.ANDREU, Map.of(CODES.get(step / 2 % CODES.size()),
                                    String.valueOf(1 + step / 20 % 5)));
                        } else {
                            world.attempt(AdaptiveWorld.ANDREU, LESSONS.get(step / 2 % LESSONS.size()),
                                    STATUSES[step / 10 % STATUSES.length], null, Duration.ofMinutes(step % 30));
                        }
                        Enrolment once = adaptive.enrolments().readapt(AdaptiveWorld.ADMIN, AdaptiveWorld.ADAPTIVE,
                                AdaptiveWorld.ANDREU.id());
                        Set<LessonId> afterOnce = done(adaptive);
                        Enrolment twice = adaptive.enrolments().readapt(AdaptiveWorld.ADMIN, AdaptiveWorld.ADAPTIVE,
                                AdaptiveWorld.ANDREU.id());

                        assertThat(afterOnce).containsAll(before);
                        assertThat(twice).isEqualTo(once);
                        assertThat(done(adaptive)).isEqualTo(afterOnce);
                    }
                });
    }

    @Test
    void course_and_theme_progress_stay_within_0_and_100() {
        qt().withExamples(60).forAll(lists().of(integers().between(0, 999)).ofSizeBetween(0, 30))
                .checkAssert(steps -> {
                    AdaptiveWorld world = new AdaptiveWorld();
                    world.adaptive.enrolments().enrol(AdaptiveWorld.ADMIN, AdaptiveWorld.AVANT_VENTE, AdaptiveWorld.SAM.id(),
                            EnrolmentType.MANDATORY, Optional.empty());
                    List<LessonId> lessons = world.adaptive.catalogue().course(AdaptiveWorld.AVANT_VENTE).lessons();
                    for (int step : steps) {
                        world.attempt(AdaptiveWorld.SAM, lessons.get(step % lessons.size()),
                                STATUSES[step / 7 % STATUSES.length], String.valueOf(step % 101),
                                Duration.ofSeconds(step));
                        AdaptiveViews.CourseProgress p = world.adaptive.progress().courseProgress(AdaptiveWorld.ADMIN,
                                AdaptiveWorld.AVANT_VENTE, AdaptiveWorld.SAM.id());
                        assertThat(p.percent()).isBetween(0, 100);
                        assertThat(p.status() == CourseStatus.COMPLETED).isEqualTo(p.percent() == 100);
                        assertThat(p.timeSpent()).isGreaterThanOrEqualTo(Duration.ZERO);
                    }
                });
    }
}
