package org.lmskit.core.adaptive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.lmskit.core.competency.LevelGrid;
import org.lmskit.core.id.CompetencyCode;
import org.lmskit.core.id.LessonId;
import org.lmskit.spi.adaptive.EnrolmentRecord;

/**
 * The auto-completion rule (seed 000, "Leçons disponibles selon les compétences"), compiled once per course:
 * a lesson is waived when it targets at least one competency and the learner has acquired every one at or
 * above its target level (the lesson's own, or the level the learner's job requires). A lesson with no
 * competency is never waived; a target with no level anywhere (the job does not require it) is not met.
 */
final class AutoCompletion {
    private final List<LessonId> lessons;
    private final int[][] targetIndex;
    private final LevelExpectation[][] targetLevels;
    private final List<CompetencyCode> codes;
    private final Enrolment.Waiver[] waivers;
    private final EnrolmentRecord.Waiver[] stored;

    /** A target's level: an explicit rank on the competency's scale, or -1 for the learner's job level. */
    private record LevelExpectation(int rank) {
    }

    private AutoCompletion(List<LessonId> lessons, int[][] targetIndex, LevelExpectation[][] targetLevels,
                       List<CompetencyCode> codes, String[] reasons) {
        this.lessons = lessons;
        this.targetIndex = targetIndex;
        this.targetLevels = targetLevels;
        this.codes = codes;
        // one waiver per lesson, shared by every learner it applies to: a batch allocates lists, not waivers
        this.waivers = new Enrolment.Waiver[lessons.size()];
        this.stored = new EnrolmentRecord.Waiver[lessons.size()];
        for (int l = 0; l < lessons.size(); l++) {
            waivers[l] = new Enrolment.Waiver(lessons.get(l), reasons[l]);
            stored[l] = new EnrolmentRecord.Waiver(lessons.get(l).value(), reasons[l]);
        }
    }

    /** The competencies the course's lessons target, in first-seen order: what the level grid must hold. */
    static List<CompetencyCode> competencies(List<Lesson> lessons) {
        return lessons.stream().flatMap(l -> l.targets().stream()).map(Lesson.Target::competency).distinct().toList();
    }

    static AutoCompletion compile(List<Lesson> lessons, LevelGrid grid) {
        Map<CompetencyCode, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < grid.codes().size(); i++) {
            index.put(grid.codes().get(i), i);
        }
        int[][] targetIndex = new int[lessons.size()][];
        LevelExpectation[][] levels = new LevelExpectation[lessons.size()][];
        String[] reasons = new String[lessons.size()];
        for (int l = 0; l < lessons.size(); l++) {
            List<Lesson.Target> targets = lessons.get(l).targets();
            targetIndex[l] = new int[targets.size()];
            levels[l] = new LevelExpectation[targets.size()];
            for (int t = 0; t < targets.size(); t++) {
                Lesson.Target target = targets.get(t);
                int i = index.get(target.competency());
                targetIndex[l][t] = i;
                levels[l][t] = new LevelExpectation(target.level().map(v -> grid.rankOf(i, v)).orElse(-1));
            }
            reasons[l] = "competencies acquired at or above the lesson's target: " + targets.stream()
                    .map(t -> t.competency().value() + " (" + t.level().flatMap(v -> v.code())
                            .map(c -> "level " + c).orElse("job level") + ")")
                    .collect(Collectors.joining(", "));
        }
        return new AutoCompletion(lessons.stream().map(Lesson::id).toList(), targetIndex, levels, grid.codes(), reasons);
    }

    List<CompetencyCode> codes() {
        return codes;
    }

    /** The lessons the rule completes for a learner, skipping {@code ownDone} (already done by them or set by a tutor). */
    List<Enrolment.Waiver> waivers(LevelGrid.Row row, Set<LessonId> ownDone) {
        List<Enrolment.Waiver> waived = new ArrayList<>();
        for (int l = 0; l < lessons.size(); l++) {
            if (met(l, row) && !ownDone.contains(lessons.get(l))) {
                waived.add(waivers[l]);
            }
        }
        return waived;
    }

    /** The same waivers as stored records, sharing the stored form of each lesson's waiver. */
    List<EnrolmentRecord.Waiver> stored(List<Enrolment.Waiver> waived) {
        List<EnrolmentRecord.Waiver> records = new ArrayList<>(waived.size());
        int l = 0;
        for (Enrolment.Waiver w : waived) {
            while (waivers[l] != w) {
                l++;
            }
            records.add(stored[l]);
        }
        return records;
    }

    private boolean met(int lesson, LevelGrid.Row row) {
        int[] targets = targetIndex[lesson];
        if (targets.length == 0) {
            return false;
        }
        for (int t = 0; t < targets.length; t++) {
            int wanted = targetLevels[lesson][t].rank();
            if (wanted < 0) {
                wanted = row.required(targets[t]);
            }
            if (wanted <= 0 || row.acquired(targets[t]) < wanted) {
                return false;
            }
        }
        return true;
    }
}
