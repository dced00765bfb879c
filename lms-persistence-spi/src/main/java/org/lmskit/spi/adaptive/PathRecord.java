package org.lmskit.spi.adaptive;

import java.util.List;
import org.lmskit.spi.Required;

/** A path ("parcours"): themes of modules of lesson ids, and workshops a locking path opens by module. */
public record PathRecord(String pathId, String title, List<Theme> themes, boolean locksWorkshops,
                         List<Workshop> workshops, long version) {
    public PathRecord {
        Required.fields("pathId title", pathId, title);
        themes = List.copyOf(themes);
        workshops = List.copyOf(workshops);
    }

    /** A theme of the path: its modules, and whether it ends with a program quiz. */
    public record Theme(String themeId, String title, boolean programQuiz, List<Module> modules) {
        public Theme {
            Required.fields("themeId title", themeId, title);
            modules = List.copyOf(modules);
        }
    }

    /** A module of a theme: its lessons, in order. */
    public record Module(String moduleId, String title, List<String> lessonIds) {
        public Module {
            Required.fields("moduleId title", moduleId, title);
            lessonIds = List.copyOf(lessonIds);
        }
    }

    /** A workshop of the path: the modules it covers. */
    public record Workshop(String workshopId, String title, List<String> moduleIds) {
        public Workshop {
            Required.fields("workshopId title", workshopId, title);
            moduleIds = List.copyOf(moduleIds);
        }
    }

    public PathRecord withVersion(long newVersion) {
        return new PathRecord(pathId, title, themes, locksWorkshops, workshops, newVersion);
    }
}
