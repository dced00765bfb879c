package org.lmskit.spi.competency;

import java.util.List;
import java.util.Objects;

/** A competency, the scale it is measured on, and its score thresholds (lowest first). */
public record CompetencyRecord(String code, String title, String description, String scaleId,
                               List<ThresholdRecord> thresholds, long version) {
    public CompetencyRecord {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(scaleId, "scaleId");
        thresholds = List.copyOf(thresholds);
    }

    public CompetencyRecord withVersion(long newVersion) {
        return new CompetencyRecord(code, title, description, scaleId, thresholds, newVersion);
    }
}
