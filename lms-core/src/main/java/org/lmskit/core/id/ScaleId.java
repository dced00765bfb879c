package org.lmskit.core.id;

/** Identifies a scale; 1 to 100 printable characters. */
public record ScaleId(String value) {
    public ScaleId {
        Identifiers.check("scaleId", value);
    }

    public static ScaleId of(String value) {
        return new ScaleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
