package org.lmskit.spi.recruitment;
import org.lmskit.spi.Required;


/** One know-how of a candidate: its theme code, its name, its mastery code. */
public record SkillRecord(String theme, String name, String mastery) {
    public SkillRecord {
        Required.fields("theme name mastery", theme, name, mastery);
    }
}
