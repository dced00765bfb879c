package org.lmskit.core.id;

/** Identifies a review; 1 to 100 printable characters. */
public record ReviewId(String value) {
    public ReviewId {
        Identifiers.check("reviewId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static ReviewId of(String value) {
        return new ReviewId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
