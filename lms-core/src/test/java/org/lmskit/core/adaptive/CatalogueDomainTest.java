package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.Violation;
import org.lmskit.core.id.CourseId;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.WorkshopId;

/** Courses and paths (seeds 001 and 003) are checked where they are built; only catalogue roles define them. */
class CatalogueDomainTest {
    private static final List<LessonId> ONE = List.of(LessonId.of("l1"));

    private static void refused(Runnable build, String field) {
        assertThatThrownBy(build::run).as(field).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly(field));
    }

    private static LearningPath.Theme theme(String title, String module) {
        return new LearningPath.Theme(ThemeId.of("t"), title, false,
                List.of(new LearningPath.Module(ModuleId.of("m"), module, ONE)));
    }

    @Test
    void every_title_of_a_course_is_a_line() {
        refused(() -> new Course(CourseId.of("c"), " ", List.of(new Course.Section("S", ONE)), Set.of(), 0), "title");
        refused(() -> new Course(CourseId.of("c"), "Cours", List.of(new Course.Section("S\n2", ONE)), Set.of(), 0),
                "sections.title");
    }

    @Test
    void a_course_holds_at_most_its_lesson_limit() {
        List<LessonId> most = IntStream.range(0, Course.MAX_LESSONS).mapToObj(i -> LessonId.of("l" + i)).toList();
        List<LessonId> tooMany = IntStream.rangeClosed(0, Course.MAX_LESSONS).mapToObj(i -> LessonId.of("l" + i)).toList();

        assertThat(new Course(CourseId.of("c"), "Cours", List.of(new Course.Section("S", most)), Set.of(), 0).lessons())
                .hasSize(Course.MAX_LESSONS);
        refused(() -> new Course(CourseId.of("c"), "Cours", List.of(new Course.Section("S", tooMany)), Set.of(), 0),
                "sections");
    }

    @Test
    void every_title_of_a_path_is_a_line() {
        refused(() -> new LearningPath(PathId.of("p"), "", List.of(theme("T", "M")), false, List.of(), 0), "title");
        refused(() -> new LearningPath(PathId.of("p"), "P", List.of(theme("\u0000", "M")), false, List.of(), 0),
                "themes.title");
        refused(() -> new LearningPath(PathId.of("p"), "P", List.of(theme("T", " ")), false, List.of(), 0),
                "modules.title");
        refused(() -> new LearningPath(PathId.of("p"), "P", List.of(theme("T", "M")), true, List.of(
                new LearningPath.Workshop(WorkshopId.of("w"), "", Set.of(ModuleId.of("m")))), 0), "workshops.title");
    }

    @Test
    void only_the_catalogue_s_roles_define_courses_and_paths() {
        AdaptiveWorld world = new AdaptiveWorld();
        LessonCatalogue catalogue = world.adaptive.catalogue();
        Course course = catalogue.course(AdaptiveWorld.AVANT_VENTE);

        assertThatThrownBy(() -> catalogue.defineCourse(AdaptiveWorld.MANAGER, course))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> catalogue.definePath(AdaptiveWorld.MANAGER, new LearningPath(PathId.of("p"), "P",
                List.of(theme("T", "M")), false, List.of(), 0))).isInstanceOf(PermissionDeniedException.class);
        LessonId first = course.lessons().get(0);
        assertThat(catalogue.lesson(first).id()).isEqualTo(first);
    }
}
