package org.lmskit.core.id;

/** Identifies a theme; 1 to 100 printable characters. */
public record ThemeId(String value) {
    public ThemeId {
        Identifiers.check("themeId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static ThemeId of(String value) {
        return new ThemeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
