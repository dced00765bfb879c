package org.lmskit.spi.competency;

import java.util.List;
import org.lmskit.spi.Required;

/** An ordered proficiency scale, lowest level first. */
public record ScaleRecord(String scaleId, String name, List<ScaleLevelRecord> levels, boolean notApplicableAllowed,
                          long version) {
    public ScaleRecord {
        Required.fields("scaleId name", scaleId, name);
        levels = List.copyOf(levels);
    }

    public ScaleRecord withVersion(long newVersion) {
        return new ScaleRecord(scaleId, name, levels, notApplicableAllowed, newVersion);
    }
}
