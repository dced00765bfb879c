package org.lmskit.core.id;

/** Identifies a profile; 1 to 100 printable characters. */
public record ProfileId(String value) {
    public ProfileId {
        Identifiers.check("profileId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static ProfileId of(String value) {
        return new ProfileId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
