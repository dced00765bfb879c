package org.lmskit.spi.competency;

import java.math.BigDecimal;
import java.util.Objects;

/** From {@code minScore} percent, a score gives {@code levelCode}. */
public record ThresholdRecord(BigDecimal minScore, String levelCode) {
    public ThresholdRecord {
        Objects.requireNonNull(minScore, "minScore");
        Objects.requireNonNull(levelCode, "levelCode");
    }
}
