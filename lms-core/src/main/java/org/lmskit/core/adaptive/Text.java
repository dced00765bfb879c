package org.lmskit.core.adaptive;

import org.lmskit.core.error.InvalidInputException;

/** The text checks of the capability's inputs. */
final class Text {
    private Text() {
    }

    static void require(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.length() > maxLength) {
            throw InvalidInputException.of(field, "must have at most " + maxLength + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw InvalidInputException.of(field, "must not contain control characters");
        }
    }
}
