package org.lmskit.core.internal;

import org.lmskit.core.error.InvalidInputException;

public final class Identifiers {
    public static final int MAX_LENGTH = 100;

    private Identifiers() {
    }

    public static void check(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "must have at most " + MAX_LENGTH + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of(field, "must not contain control characters");
        }
    }
}
