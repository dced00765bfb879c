package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.id.ScaleId;

/**
 * An ordered proficiency scale, lowest first, and whether "not applicable" may be chosen (it is not
 * a level). Validated when built: at least two levels, unique codes.
 */
public record Scale(ScaleId id, String name, List<ScaleLevel> levels, boolean notApplicableAllowed, long version) {
    public static final ScaleId DEFAULT_ID = ScaleId.of("default");
    public static final int MAX_LEVELS = 20;

    public Scale {
        if (id == null) {
            throw InvalidInputException.of("scaleId", "is required");
        }
        Texts.line("name", name, Texts.LINE);
        if (levels != null && levels.size() > MAX_LEVELS) {
            throw InvalidInputException.of("levels", "a scale has at most " + MAX_LEVELS + " levels");
        }
        levels = List.copyOf(levels == null ? List.of() : levels);
        if (levels.size() < 2) {
            throw InvalidInputException.of("levels", "a scale has at least two levels");
        }
        Set<String> codes = new HashSet<>();
        for (ScaleLevel level : levels) {
            if (!codes.add(level.code())) {
                throw InvalidInputException.of("levels", "level code '" + level.code() + "' appears twice");
            }
        }
    }

    /**
     * Seed 000's legend: 1 non acquis, 2 quelques notions, 3 niveau minimum requis, 4 très bonne maîtrise, 5 expert du
     * sujet.
     */
    public static Scale ofDefaults() {
        return new Scale(DEFAULT_ID, "Niveaux 1 à 5", List.of(
                new ScaleLevel("1", "Niveau 1", "non acquis"),
                new ScaleLevel("2", "Niveau 2", "quelques notions"),
                new ScaleLevel("3", "Niveau 3", "niveau minimum requis"),
                new ScaleLevel("4", "Niveau 4", "très bonne maîtrise"),
                new ScaleLevel("5", "Niveau 5", "expert du sujet")), true, 0);
    }

    /** 1 for the lowest level; empty for a code not on the scale. */
    public Optional<Integer> rank(String code) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    /** The rank of a level code, 0 for a code not on the scale: the allocation-free form of {@link #rank}. */
    public int rankOf(String code) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).code().equals(code)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The rank of the scale's highest level (its number of levels). */
    public int top() {
        return levels.size();
    }

    /** Checks a level chosen for a competency on this scale, naming {@code field} when refused. */
    public void check(String field, LevelValue value) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.isNotApplicable()) {
            if (!notApplicableAllowed) {
                throw InvalidInputException.of(field, "'not applicable' is not allowed on scale " + id);
            }
        } else if (rank(value.code().orElseThrow()).isEmpty()) {
            throw InvalidInputException.of(field, Texts.quote(value.code().get()) + " is not a level of scale " + id);
        }
    }
}
