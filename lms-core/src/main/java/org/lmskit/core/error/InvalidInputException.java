package org.lmskit.core.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input is malformed or out of range; {@link #violations()} names each field and what is wrong. */
public final class InvalidInputException extends LmsException {
    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("invalid-input", violations.stream().map(Violation::toString).collect(Collectors.joining("; ")), null);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid input names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** One field refused, with why. */
    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Violation(field, message)));
    }

    /** Every field refused, each with why. */
    public List<Violation> violations() {
        return violations;
    }
}
