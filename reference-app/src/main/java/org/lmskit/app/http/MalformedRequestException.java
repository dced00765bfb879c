package org.lmskit.app.http;

import java.util.List;
import org.lmskit.core.error.Violation;

/** The request could not be read at all: not JSON, wrong types, unknown fields. Answered with 400. */
public final class MalformedRequestException extends RuntimeException {
    private final List<Violation> violations;

    public MalformedRequestException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
