package org.lmskit.spi.competency;

import java.util.List;
import org.lmskit.spi.Required;

/** A competency, the scale it is measured on, and its score thresholds (lowest first). */
public record CompetencyRecord(String code, String title, String description, String scaleId,
                               List<ThresholdRecord> thresholds, long version) {
    public CompetencyRecord {
        Required.fields("code title description scaleId", code, title, description, scaleId);
        thresholds = List.copyOf(thresholds);
    }

    public CompetencyRecord withVersion(long newVersion) {
        return new CompetencyRecord(code, title, description, scaleId, thresholds, newVersion);
    }
}
