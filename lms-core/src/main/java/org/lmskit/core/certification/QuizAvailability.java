package org.lmskit.core.certification;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.lmskit.core.id.ThemeId;

/**
 * Whether a theme's bank can feed a program quiz: every level needs {@code neededPerLevel}
 * questions (seed 003: "il faut qu'un certain nombre de questions, de différents niveaux, soit atteint").
 */
public record QuizAvailability(ThemeId theme, Map<Integer, Integer> questionsPerLevel, int levels, int neededPerLevel) {
    public QuizAvailability {
        questionsPerLevel = Map.copyOf(new TreeMap<>(questionsPerLevel));
    }

    /** The levels that have fewer questions than a quiz needs. */
    public List<Integer> lackingLevels() {
        return IntStream.rangeClosed(1, levels)
                .filter(level -> questionsPerLevel.getOrDefault(level, 0) < neededPerLevel)
                .boxed().toList();
    }

    /** Whether the theme's quiz can run: every level has enough questions. */
    public boolean available() {
        return lackingLevels().isEmpty();
    }
}
