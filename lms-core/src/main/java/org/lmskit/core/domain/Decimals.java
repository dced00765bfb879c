package org.lmskit.core.domain;

import java.math.BigDecimal;
import org.lmskit.core.error.InvalidInputException;

/**
 * The domain of a decimal input: between a minimum and a maximum, with at most a number of decimals,
 * and never more than {@link #MAX_PRECISION} significant digits. The checks run in an order that costs
 * nothing for hostile values ({@code 1e999999999}, {@code 1e-10000000}): digits and magnitude first,
 * from the value's own fields, then the range, then the decimals. A refusal quotes the value only once it is known to be short.
 */
public final class Decimals {
    /** No decimal input of lmskit needs more significant digits than this. */
    public static final int MAX_PRECISION = 24;
    /** Inputs whose magnitude is outside 10^-MAX_MAGNITUDE .. 10^MAX_MAGNITUDE are refused before any comparison. */
    private static final int MAX_MAGNITUDE = 40;

    private Decimals() {
    }

    /**
     * Checks {@code value} against [{@code min}, {@code max}] with at most {@code maxDecimals} decimals
     * (trailing zeros do not count) and returns it with a scale of at least 0, so {@code 1E+1} is stored as
     * {@code 10} by every adapter.
     *
     * @throws InvalidInputException naming {@code field}
     */
    public static BigDecimal check(String field, BigDecimal value, BigDecimal min, BigDecimal max, int maxDecimals) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        String range = "must be between " + min.toPlainString() + " and " + max.toPlainString();
        if (value.signum() != 0) {
            long magnitude = (long) value.precision() - value.scale();
            if (magnitude > MAX_MAGNITUDE || magnitude < -MAX_MAGNITUDE) {
                throw InvalidInputException.of(field, range + (maxDecimals == 0 ? ", a whole number"
                        : " with at most " + decimals(maxDecimals)));
            }
        }
        if (value.precision() > MAX_PRECISION) {
            throw InvalidInputException.of(field, "must have at most " + MAX_PRECISION + " significant digits");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            // bounded by the checks above: at most MAX_PRECISION digits within 10^±MAX_MAGNITUDE
            throw InvalidInputException.of(field, range + ", was " + value.toPlainString());
        }
        BigDecimal exact = value.signum() == 0 ? BigDecimal.ZERO.setScale(Math.max(0, Math.min(value.scale(), maxDecimals)))
                : value;
        if (exact.scale() > maxDecimals) {
            exact = exact.stripTrailingZeros();
            if (exact.scale() > maxDecimals) {
                throw InvalidInputException.of(field, (maxDecimals == 0 ? "must be a whole number"
                        : "must have at most " + decimals(maxDecimals)) + ", was " + value.toPlainString());
            }
        }
        return exact.scale() < 0 ? exact.setScale(0) : exact;
    }

    private static String decimals(int n) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six"};
        return (n < words.length ? words[n] : String.valueOf(n)) + (n == 1 ? " decimal" : " decimals");
    }

    /** Like {@link #check} for an optional value: empty stays empty. */
    public static java.util.Optional<BigDecimal> checkOptional(String field, java.util.Optional<BigDecimal> value,
                                                               BigDecimal min, BigDecimal max, int maxDecimals) {
        if (value == null || value.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(check(field, value.get(), min, max, maxDecimals));
    }
}
