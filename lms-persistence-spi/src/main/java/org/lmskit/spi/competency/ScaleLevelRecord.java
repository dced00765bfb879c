package org.lmskit.spi.competency;
import org.lmskit.spi.Required;


/** One level of a competency scale as stored: its code (the level's value), label and description. */
public record ScaleLevelRecord(String code, String label, String description) {
    public ScaleLevelRecord {
        Required.fields("code label description", code, label, description);
    }
}
