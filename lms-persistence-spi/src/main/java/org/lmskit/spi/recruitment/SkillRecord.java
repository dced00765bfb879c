package org.lmskit.spi.recruitment;

import java.util.Objects;

/** One know-how of a candidate: its theme code, its name, its mastery code. */
public record SkillRecord(String theme, String name, String mastery) {
    public SkillRecord {
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mastery, "mastery");
    }
}
