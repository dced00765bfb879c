package org.lmskit.core.id;

/** Identifies a scale; 1 to 100 printable characters. */
public record ScaleId(String value) {
    public ScaleId {
        Identifiers.check("scaleId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static ScaleId of(String value) {
        return new ScaleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
