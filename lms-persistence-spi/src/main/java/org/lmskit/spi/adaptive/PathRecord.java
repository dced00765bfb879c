package org.lmskit.spi.adaptive;

import java.util.List;
import java.util.Objects;

/** A path ("parcours"): themes of modules of lesson ids, and workshops a locking path opens by module. */
public record PathRecord(String pathId, String title, List<Theme> themes, boolean locksWorkshops,
                         List<Workshop> workshops, long version) {
    public PathRecord {
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(title, "title");
        themes = List.copyOf(themes);
        workshops = List.copyOf(workshops);
    }

    public record Theme(String themeId, String title, boolean programQuiz, List<Module> modules) {
        public Theme {
            Objects.requireNonNull(themeId, "themeId");
            Objects.requireNonNull(title, "title");
            modules = List.copyOf(modules);
        }
    }

    public record Module(String moduleId, String title, List<String> lessonIds) {
        public Module {
            Objects.requireNonNull(moduleId, "moduleId");
            Objects.requireNonNull(title, "title");
            lessonIds = List.copyOf(lessonIds);
        }
    }

    public record Workshop(String workshopId, String title, List<String> moduleIds) {
        public Workshop {
            Objects.requireNonNull(workshopId, "workshopId");
            Objects.requireNonNull(title, "title");
            moduleIds = List.copyOf(moduleIds);
        }
    }

    public PathRecord withVersion(long newVersion) {
        return new PathRecord(pathId, title, themes, locksWorkshops, workshops, newVersion);
    }
}
