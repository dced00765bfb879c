package org.lmskit.core.certification;

import com.google.common.base.Objects;
import com.google.common.collect.ImmutableRangeMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeMap;
import java.math.BigDecimal;
import org.lmskit.core.internal.Checks;

/**
 * The cut-offs that turn a grade into a level: gold from {@code gold}, silver from {@code silver},
 * bronze from {@code bronze}, none below; bounds inclusive. Immutable and validated when built:
 * each cut-off in [0, 20] with at most two decimals, strictly decreasing from gold to bronze.
 */
public final class GradingTable {
    private static final GradingTable DEFAULTS = of(new BigDecimal("18"), new BigDecimal("15"), new BigDecimal("12"));

    private final BigDecimal gold;
    private final BigDecimal silver;
    private final BigDecimal bronze;
    /** Each level's band of grades, lower bound inclusive, so a grade finds its level in one lookup. */
    private final RangeMap<BigDecimal, CertificationLevel> bands;

    private GradingTable(BigDecimal gold, BigDecimal silver, BigDecimal bronze) {
        this.gold = gold;
        this.silver = silver;
        this.bronze = bronze;
        this.bands = ImmutableRangeMap.<BigDecimal, CertificationLevel>builder()
                .put(Range.atLeast(gold), CertificationLevel.GOLD)
                .put(Range.closedOpen(silver, gold), CertificationLevel.SILVER)
                .put(Range.closedOpen(bronze, silver), CertificationLevel.BRONZE)
                .put(Range.lessThan(bronze), CertificationLevel.NONE)
                .build();
    }

    /** The seed's scale (003, "Voici le barème"): 18 gold, 15 silver, 12 bronze. */
    public static GradingTable ofDefaults() {
        return DEFAULTS;
    }

    /**
     * A table of three cut-offs out of 20, gold above silver above bronze, at most two decimals each; refused naming
     * the cut-off.
     */
    public static GradingTable of(BigDecimal gold, BigDecimal silver, BigDecimal bronze) {
        Checks checks = new Checks();
        checks.decimal("gold", gold, Grade.MIN, Grade.MAX, Grade.SCALE);
        checks.decimal("silver", silver, Grade.MIN, Grade.MAX, Grade.SCALE);
        checks.decimal("bronze", bronze, Grade.MIN, Grade.MAX, Grade.SCALE);
        if (checks.passed()) {
            if (gold.compareTo(silver) <= 0) {
                checks.fail("gold", "must be above silver (" + silver.toPlainString() + ")");
            }
            if (silver.compareTo(bronze) <= 0) {
                checks.fail("silver", "must be above bronze (" + bronze.toPlainString() + ")");
            }
        }
        checks.throwIfAny();
        return new GradingTable(gold.setScale(Grade.SCALE), silver.setScale(Grade.SCALE), bronze.setScale(Grade.SCALE));
    }

    /** The level a grade reaches: gold from the gold cut-off, silver, bronze, none below bronze. */
    public CertificationLevel levelFor(Grade grade) {
        return bands.get(grade.value());
    }

    /** The lowest gold grade. */
    public BigDecimal gold() {
        return gold;
    }

    /** The lowest silver grade. */
    public BigDecimal silver() {
        return silver;
    }

    /** The lowest bronze grade; below it, no certificate. */
    public BigDecimal bronze() {
        return bronze;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GradingTable t && t.gold.equals(gold) && t.silver.equals(silver) && t.bronze.equals(bronze);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(gold, silver, bronze);
    }

    @Override
    public String toString() {
        return "GradingTable[gold=" + gold + ", silver=" + silver + ", bronze=" + bronze + "]";
    }
}
