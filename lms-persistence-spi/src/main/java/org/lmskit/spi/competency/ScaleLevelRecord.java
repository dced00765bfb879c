package org.lmskit.spi.competency;

import java.util.Objects;

public record ScaleLevelRecord(String code, String label, String description) {
    public ScaleLevelRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
