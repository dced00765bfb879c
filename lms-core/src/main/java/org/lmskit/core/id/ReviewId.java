package org.lmskit.core.id;

/** Identifies a review; 1 to 100 printable characters. */
public record ReviewId(String value) {
    public ReviewId {
        Identifiers.check("reviewId", value);
    }

    public static ReviewId of(String value) {
        return new ReviewId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
