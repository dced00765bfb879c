package org.lmskit.core.error;

import java.util.Objects;

/** One reason an input was refused: the field (a dotted path) and what is wrong with it. */
public record Violation(String field, String message) {
    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + " " + message;
    }
}
