package org.lmskit.core.competency;

import org.lmskit.core.error.InvalidInputException;

public record ScaleLevel(String code, String label, String description) {
    public ScaleLevel {
        if (code == null || code.isBlank()) {
            throw InvalidInputException.of("levels.code", "is required");
        }
        if (label == null || label.isBlank()) {
            throw InvalidInputException.of("levels[" + code + "].label", "is required");
        }
        description = description == null ? "" : description;
    }
}
