package org.lmskit.spi.competency;

import java.util.List;
import java.util.Objects;

/** An ordered proficiency scale, lowest level first. */
public record ScaleRecord(String scaleId, String name, List<ScaleLevelRecord> levels, boolean notApplicableAllowed,
                          long version) {
    public ScaleRecord {
        Objects.requireNonNull(scaleId, "scaleId");
        Objects.requireNonNull(name, "name");
        levels = List.copyOf(levels);
    }

    public ScaleRecord withVersion(long newVersion) {
        return new ScaleRecord(scaleId, name, levels, notApplicableAllowed, newVersion);
    }
}
