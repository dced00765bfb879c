package org.lmskit.core.id;

/** Identifies a theme; 1 to 100 printable characters. */
public record ThemeId(String value) {
    public ThemeId {
        Identifiers.check("themeId", value);
    }

    public static ThemeId of(String value) {
        return new ThemeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
