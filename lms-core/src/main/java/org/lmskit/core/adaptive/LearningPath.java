package org.lmskit.core.adaptive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.ModuleId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.ThemeId;
import org.lmskit.core.id.WorkshopId;
import org.lmskit.core.internal.Checks;

/**
 * A path ("parcours", seed 003): themes ("thématiques") of modules of lessons; a theme may have a program
 * quiz; a path may lock its workshops ("ateliers") until the modules linked to each are fully done.
 */
public record LearningPath(PathId id, String title, List<Theme> themes, boolean locksWorkshops,
                           List<Workshop> workshops, long version) {

    public LearningPath {
        if (id == null) {
            throw InvalidInputException.of("pathId", "is required");
        }
        Checks.requireText("title", title, Lesson.MAX_TITLE);
        themes = List.copyOf(themes == null ? List.of() : themes);
        workshops = List.copyOf(workshops == null ? List.of() : workshops);
        if (themes.isEmpty()) {
            throw InvalidInputException.of("themes", "a path has at least one theme");
        }
        Set<ThemeId> themeIds = new HashSet<>();
        Set<ModuleId> moduleIds = new HashSet<>();
        for (Theme theme : themes) {
            if (!themeIds.add(theme.id())) {
                throw InvalidInputException.of("themes", "theme '" + theme.id() + "' appears twice");
            }
            for (Module module : theme.modules()) {
                if (!moduleIds.add(module.id())) {
                    throw InvalidInputException.of("themes", "module '" + module.id() + "' appears twice");
                }
            }
        }
        Set<WorkshopId> workshopIds = new HashSet<>();
        for (Workshop workshop : workshops) {
            if (!workshopIds.add(workshop.id())) {
                throw InvalidInputException.of("workshops", "workshop '" + workshop.id() + "' appears twice");
            }
            for (ModuleId linked : workshop.modules()) {
                if (!moduleIds.contains(linked)) {
                    throw InvalidInputException.of("workshops", "workshop '" + workshop.id()
                            + "' is linked to module '" + linked + "', which is not in the path");
                }
            }
        }
    }

    /** Every lesson of the path once, in path order. */
    public List<LessonId> lessons() {
        Set<LessonId> all = new LinkedHashSet<>();
        themes.forEach(t -> t.modules().forEach(m -> all.addAll(m.lessons())));
        return new ArrayList<>(all);
    }

    /** A theme of the path (seed 003), with its modules; {@code programQuiz} when a program quiz can validate it. */
    public record Theme(ThemeId id, String title, boolean programQuiz, List<Module> modules) {
        public Theme {
            if (id == null) {
                throw InvalidInputException.of("themes.themeId", "is required");
            }
            Checks.requireText("themes.title", title, Lesson.MAX_TITLE);
            modules = List.copyOf(modules == null ? List.of() : modules);
        }

        /** Every lesson of the path, theme by theme, module by module. */
        public List<LessonId> lessons() {
            Set<LessonId> all = new LinkedHashSet<>();
            modules.forEach(m -> all.addAll(m.lessons()));
            return new ArrayList<>(all);
        }
    }

    /** A module of a theme and its lessons. */
    public record Module(ModuleId id, String title, List<LessonId> lessons) {
        public Module {
            if (id == null) {
                throw InvalidInputException.of("modules.moduleId", "is required");
            }
            Checks.requireText("modules.title", title, Lesson.MAX_TITLE);
            lessons = List.copyOf(lessons == null ? List.of() : lessons);
            if (new HashSet<>(lessons).size() != lessons.size()) {
                throw InvalidInputException.of("modules.lessons", "a lesson appears twice in module '" + id + "'");
            }
        }
    }

    /** A workshop (seed 003), locked until the learner finished {@code modules}. */
    public record Workshop(WorkshopId id, String title, Set<ModuleId> modules) {
        public Workshop {
            if (id == null) {
                throw InvalidInputException.of("workshops.workshopId", "is required");
            }
            Checks.requireText("workshops.title", title, Lesson.MAX_TITLE);
            modules = Set.copyOf(modules == null ? Set.of() : modules);
        }
    }

    LearningPath withVersion(long newVersion) {
        return new LearningPath(id, title, themes, locksWorkshops, workshops, newVersion);
    }
}
