package org.lmskit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.tck.AdaptiveFixtures.course;
import static org.lmskit.tck.AdaptiveFixtures.lesson;
import static org.lmskit.tck.AdaptiveFixtures.path;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.adaptive.CourseCatalogStore;
import org.lmskit.spi.adaptive.CourseRecord;
import org.lmskit.spi.adaptive.LessonRecord;
import org.lmskit.spi.adaptive.PathRecord;

/**
 * The contract every adapter's {@code CourseCatalogStore} keeps, asserted through the SPI only. It runs with the others
 * from {@link AdapterContract}; extend it alone to run just this part against your adapter.
 */
public abstract class CourseCatalogStoreContract extends StorageContract {

    private CourseCatalogStore catalog() {
        return storage.courseCatalog();
    }

    @Test
    void a_lesson_round_trips_with_its_targets_in_order() {
        LessonRecord lesson = new LessonRecord("l1", "Fiabiliser une carrière", "VIDEO", 3600, true, List.of(
                new LessonRecord.Target("TEST-ANE_002-CGCR-01", Optional.of("3")),
                new LessonRecord.Target("TEST-ANE_002-CGCR-02", Optional.empty())), 0);

        LessonRecord stored = catalog().insertLesson(lesson);

        assertThat(stored).isEqualTo(lesson.withVersion(1));
        assertThat(catalog().findLesson("l1")).contains(stored);
        assertThat(catalog().findLessons(List.of("zz", "l1"))).containsExactly(stored);
        assertThatThrownBy(() -> catalog().insertLesson(lesson)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void lessons_come_ordered_by_id_in_one_call() {
        catalog().insertLesson(lesson("l3"));
        catalog().insertLesson(lesson("l1"));
        catalog().insertLesson(lesson("l2", "c1"));

        assertThat(catalog().findLessons(List.of("l2", "l3", "l1"))).extracting(LessonRecord::lessonId)
                .containsExactly("l1", "l2", "l3");
        assertThat(catalog().findLessons(List.of())).isEmpty();
    }

    @Test
    void a_course_round_trips_with_its_sections_and_tutors() {
        CourseRecord course = new CourseRecord("cours-1", "Cours 1 : L'avant-vente", List.of(
                new CourseRecord.Section("Préparer", List.of("l2", "l1")),
                new CourseRecord.Section("Vendre", List.of("l3"))), List.of("tutor", "trainer"), 0);

        CourseRecord stored = catalog().insertCourse(course);

        assertThat(catalog().findCourse("cours-1")).contains(stored);
        assertThat(stored.version()).isEqualTo(1);
        assertThatThrownBy(() -> catalog().insertCourse(course)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void a_path_round_trips_with_themes_modules_and_workshops() {
        PathRecord stored = catalog().insertPath(path("recrutement"));

        assertThat(catalog().findPath("recrutement")).contains(stored);
        assertThat(stored.themes().get(0).modules().get(0).lessonIds()).containsExactly("l1", "l2");
        assertThat(stored.workshops().get(0).moduleIds()).containsExactly("m1", "m3");
        assertThat(catalog().findPath("other")).isEmpty();
    }

    @Test
    void stale_updates_never_overwrite() {
        LessonRecord lesson = catalog().insertLesson(lesson("l1"));
        CourseRecord course = catalog().insertCourse(course("c", "l1"));
        PathRecord path = catalog().insertPath(path("p"));

        LessonRecord lesson2 = catalog().updateLesson(lesson("l1", "c9").withVersion(1));
        CourseRecord course2 = catalog().updateCourse(course("c", "l1", "l2").withVersion(1));
        PathRecord path2 = catalog().updatePath(path.withVersion(1));

        assertThat(lesson2.version()).isEqualTo(2);
        assertThatThrownBy(() -> catalog().updateLesson(lesson)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> catalog().updateCourse(course)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> catalog().updatePath(path)).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> catalog().updateLesson(lesson("ghost").withVersion(1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(catalog().findLesson("l1")).contains(lesson2);
        assertThat(catalog().findCourse("c")).contains(course2);
        assertThat(catalog().findPath("p")).contains(path2);
    }
}
