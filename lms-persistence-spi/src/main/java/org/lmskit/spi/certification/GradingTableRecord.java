package org.lmskit.spi.certification;

import java.math.BigDecimal;
import org.lmskit.spi.Required;

/**
 * The cut-offs (grades out of 20, two decimals) a path uses to turn a grade into a certification
 * level. Cut-offs carry exactly two decimals, so every adapter returns what it was given; the rules
 * that make a table valid live in lms-core.
 *
 * @param version 0 for a record never stored; the stored version otherwise
 */
public record GradingTableRecord(String pathId, BigDecimal gold, BigDecimal silver, BigDecimal bronze,
                                 long version) {
    public GradingTableRecord {
        Required.fields("pathId gold silver bronze", pathId, gold, silver, bronze);
        if (gold.scale() != 2 || silver.scale() != 2 || bronze.scale() != 2) {
            throw new IllegalArgumentException("cut-offs are stored with exactly two decimals");
        }
        if (version < 0) {
            throw new IllegalArgumentException("version must be 0 or more");
        }
    }

    public GradingTableRecord withVersion(long newVersion) {
        return new GradingTableRecord(pathId, gold, silver, bronze, newVersion);
    }
}
