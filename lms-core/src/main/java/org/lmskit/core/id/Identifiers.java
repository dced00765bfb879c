package org.lmskit.core.id;

import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;

/** Shared checks of the typed ids: an id is 1 to 100 characters of valid Unicode text, no control character. */
final class Identifiers {
    public static final int MAX_LENGTH = 100;

    private Identifiers() {
    }

    static void check(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        String problem = Texts.problem(value, MAX_LENGTH, false);
        if (problem != null) {
            throw InvalidInputException.of(field, problem);
        }
    }
}
