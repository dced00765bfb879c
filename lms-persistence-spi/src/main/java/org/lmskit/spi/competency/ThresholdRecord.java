package org.lmskit.spi.competency;

import java.math.BigDecimal;
import org.lmskit.spi.Required;

/** From {@code minScore} percent, a score gives {@code levelCode}. */
public record ThresholdRecord(BigDecimal minScore, String levelCode) {
    public ThresholdRecord {
        Required.fields("minScore levelCode", minScore, levelCode);
    }
}
