package org.lmskit.spi.competency;
import org.lmskit.spi.Required;


public record ScaleLevelRecord(String code, String label, String description) {
    public ScaleLevelRecord {
        Required.fields("code label description", code, label, description);
    }
}
