package org.lmskit.core.id;

/** Identifies a profile; 1 to 100 printable characters. */
public record ProfileId(String value) {
    public ProfileId {
        Identifiers.check("profileId", value);
    }

    public static ProfileId of(String value) {
        return new ProfileId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
