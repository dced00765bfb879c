package org.lmskit.core.id;

import org.lmskit.core.error.InvalidInputException;

/** Shared checks of the typed ids: an id is 1 to 100 printable characters. */
final class Identifiers {
    public static final int MAX_LENGTH = 100;

    private Identifiers() {
    }

    static void check(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "must have at most " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw InvalidInputException.of(field, "must not contain control characters");
            }
        }
    }
}
