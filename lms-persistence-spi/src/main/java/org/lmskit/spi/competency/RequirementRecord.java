package org.lmskit.spi.competency;

import java.util.Optional;
import org.lmskit.spi.Required;

/** The level a job requires on a competency; empty for "not applicable". */
public record RequirementRecord(String competencyCode, Optional<String> levelCode) {
    public RequirementRecord {
        Required.fields("competencyCode levelCode", competencyCode, levelCode);
    }
}
