package org.lmskit.core.competency;

import org.lmskit.core.domain.Texts;
import java.util.Objects;
import java.util.Optional;

/** A level of a scale, or "not applicable" (which is not a level). */
public record LevelValue(Optional<String> code) {
    private static final LevelValue NOT_APPLICABLE = new LevelValue(Optional.empty());

    public LevelValue {
        Objects.requireNonNull(code, "code");
        code.ifPresent(c -> Texts.line("level", c, ScaleLevel.MAX_CODE));
    }

    /** The level of a scale named by its code (seed 000: "Non acquis", "En cours", "Acquis", ...). */
    public static LevelValue of(String code) {
        return new LevelValue(Optional.of(Objects.requireNonNull(code, "code")));
    }

    /** Seed 000: a competency that does not apply to the job ("Non applicable"); never a gap. */
    public static LevelValue notApplicable() {
        return NOT_APPLICABLE;
    }

    /** Whether this is the "not applicable" value rather than a level of the scale. */
    public boolean isNotApplicable() {
        return code.isEmpty();
    }

    @Override
    public String toString() {
        return code.orElse("N/A");
    }
}
