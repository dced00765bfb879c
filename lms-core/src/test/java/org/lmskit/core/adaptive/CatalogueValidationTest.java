package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lmskit.core.competency.LevelValue;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/** One test per invalid value of the capability's inputs, each side of each boundary. */
class CatalogueValidationTest {
    private static final CompetencyCode CODE = CompetencyCode.of("C1");

    private static Lesson lesson(Duration duration, List<Lesson.Target> targets) {
        return new Lesson(LessonId.of("l"), "Leçon", LessonKind.VIDEO, duration, false, targets, 0);
    }

    @Test
    void a_lesson_lasts_zero_to_seven_days() {
        assertThat(lesson(Duration.ZERO, List.of()).duration()).isZero();
        assertThat(lesson(Duration.ofDays(7), List.of()).duration()).isEqualTo(Duration.ofDays(7));
        assertThatThrownBy(() -> lesson(Duration.ofDays(7).plusSeconds(1), List.of()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("duration");
        assertThatThrownBy(() -> lesson(null, List.of())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_lesson_targets_a_competency_once_at_a_real_level() {
        assertThatThrownBy(() -> lesson(Duration.ZERO, List.of(Lesson.Target.atJobLevel(CODE),
                new Lesson.Target(CODE, Optional.of(LevelValue.of("3")))))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> new Lesson.Target(CODE, Optional.of(LevelValue.notApplicable())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("targets.level");
        assertThatThrownBy(() -> new Lesson.Target(null, Optional.empty())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_course_has_a_section_and_a_path_unique_themes_and_modules() {
        assertThatThrownBy(() -> new Course(CourseId.of("c"), "C", List.of(), Set.of(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("sections");
        LearningPath.Module module = new LearningPath.Module(ModuleId.of("m"), "M", List.of(LessonId.of("l")));
        assertThatThrownBy(() -> new LearningPath(PathId.of("p"), "P", List.of(
                new LearningPath.Theme(ThemeId.of("t"), "T", false, List.of(module)),
                new LearningPath.Theme(ThemeId.of("t"), "T2", false, List.of())), false, List.of(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("theme 't'");
        assertThatThrownBy(() -> new LearningPath(PathId.of("p"), "P", List.of(
                new LearningPath.Theme(ThemeId.of("t1"), "T", false, List.of(module)),
                new LearningPath.Theme(ThemeId.of("t2"), "T2", false, List.of(module))), false, List.of(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("module 'm'");
        assertThatThrownBy(() -> new LearningPath(PathId.of("p"), "P", List.of(), false, List.of(), 0))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("themes");
    }

    @Test
    void an_attempt_lasts_up_to_a_day_and_scores_up_to_100_with_two_decimals() {
        assertThat(new AttemptReport(LessonStatus.PASSED, Optional.of(new BigDecimal("100.00")), Duration.ofHours(24))
                .timeSpent()).isEqualTo(Duration.ofHours(24));
        assertThat(new AttemptReport(LessonStatus.PASSED, Optional.of(BigDecimal.ZERO), Duration.ZERO).score())
                .contains(BigDecimal.ZERO);
        assertThatThrownBy(() -> new AttemptReport(LessonStatus.PASSED, Optional.of(new BigDecimal("99.999")),
                Duration.ZERO)).isInstanceOf(InvalidInputException.class).hasMessageContaining("two decimals");
        assertThatThrownBy(() -> new AttemptReport(LessonStatus.PASSED, Optional.of(new BigDecimal("-0.01")),
                Duration.ZERO)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new AttemptReport(LessonStatus.PASSED, Optional.empty(), Duration.ofSeconds(-1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void readapting_someone_else_s_course_is_refused() {
        AdaptiveWorld world = new AdaptiveWorld();
        world.adaptive.enrolments().enrol(AdaptiveWorld.ADMIN, AdaptiveWorld.ADAPTIVE, AdaptiveWorld.ANDREU.id(),
                EnrolmentType.MANDATORY, Optional.empty());

        assertThatThrownBy(() -> world.adaptive.enrolments().readapt(AdaptiveWorld.SAM, AdaptiveWorld.ADAPTIVE,
                AdaptiveWorld.ANDREU.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> world.adaptive.enrolments().enrolment(Actor.of("stranger", Role.LEARNER), AdaptiveWorld.ADAPTIVE,
                AdaptiveWorld.ANDREU.id())).isInstanceOf(PermissionDeniedException.class);
    }
}
