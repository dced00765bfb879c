package org.lmskit.spi.audit;

import java.util.Objects;

/**
 * One field's value before and after a change, as text; {@code null} stands for "absent"
 * (before a creation, after a deletion).
 */
public record FieldChange(String field, String before, String after) {
    public FieldChange {
        Objects.requireNonNull(field, "field");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
    }
}
