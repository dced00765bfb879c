package org.lmskit.core.id;

import org.lmskit.core.internal.Identifiers;

/** Identifies a user; 1 to {@value Identifiers#MAX_LENGTH} printable characters, chosen by the host. */
public record UserId(String value) {
    public UserId {
        Identifiers.check("userId", value);
    }

    public static UserId of(String value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
