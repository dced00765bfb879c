package org.lmskit.core.adaptive;

import java.math.BigDecimal;
import java.util.Optional;
import org.lmskit.core.error.InvalidInputException;

/** Scores are percentages: 0 to 100, at most two decimals, kept as given. */
final class Scores {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Scores() {
    }

    static Optional<BigDecimal> check(String field, Optional<BigDecimal> score) {
        if (score == null || score.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = score.get();
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw InvalidInputException.of(field, "must be 0 to 100 (percent), was " + value.toPlainString());
        }
        if (value.stripTrailingZeros().scale() > 2) {
            throw InvalidInputException.of(field, "must have at most two decimals, was " + value.toPlainString());
        }
        return score;
    }
}
