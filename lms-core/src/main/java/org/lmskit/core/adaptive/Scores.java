package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.util.Optional;
import org.lmskit.core.domain.Decimals;

/** Scores are percentages: 0 to 100, at most two decimals, kept as given. */
final class Scores {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Scores() {
    }

    static Optional<BigDecimal> check(String field, Optional<BigDecimal> score) {
        return Decimals.checkOptional(field, score, BigDecimal.ZERO, HUNDRED, 2);
    }
}
