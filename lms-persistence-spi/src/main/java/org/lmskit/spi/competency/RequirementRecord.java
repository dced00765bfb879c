package org.lmskit.spi.competency;

import java.util.Objects;
import java.util.Optional;

/** The level a job requires on a competency; empty for "not applicable". */
public record RequirementRecord(String competencyCode, Optional<String> levelCode) {
    public RequirementRecord {
        Objects.requireNonNull(competencyCode, "competencyCode");
        Objects.requireNonNull(levelCode, "levelCode");
    }
}
