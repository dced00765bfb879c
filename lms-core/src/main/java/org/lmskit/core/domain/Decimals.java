package org.lmskit.core.domain;

import java.math.BigDecimal;
import java.util.Optional;
import org.lmskit.core.error.InvalidInputException;

/**
 * The domain of a decimal input: between a minimum and a maximum, with at most a number of decimals,
 * and never more than {@link #MAX_PRECISION} significant digits. The checks run in an order that costs
 * nothing for hostile values ({@code 1e999999999}, {@code 1e-10000000}): digits and magnitude first,
 * from the value's own fields, then the range, then the decimals. A refusal quotes the value only once it
 * is known to be short.
 */
public final class Decimals {
    /** No decimal input of lmskit needs more significant digits than this. */
    public static final int MAX_PRECISION = 24;
    /** No decimal input of lmskit lies outside 10^-MAX_MAGNITUDE .. 10^MAX_MAGNITUDE (zero aside). */
    public static final int MAX_MAGNITUDE = 40;
    /** The longest text a decimal may be written in ({@code "11.995"}); longer text is refused before parsing. */
    public static final int MAX_TEXT_LENGTH = 64;

    private Decimals() {
    }

    /**
     * Whether {@code value} fits some decimal field of lmskit: at most {@link #MAX_PRECISION} significant
     * digits and a magnitude within 10^±{@link #MAX_MAGNITUDE}, read from the value's own fields at no cost.
     * {@link #check} applies these two limits first; a JSON layer can refuse with them while parsing.
     */
    public static boolean fitsAnyField(BigDecimal value) {
        return !outOfMagnitude(value) && value.precision() <= MAX_PRECISION;
    }

    private static boolean outOfMagnitude(BigDecimal value) {
        long magnitude = (long) value.precision() - value.scale();
        return value.signum() != 0 && (magnitude > MAX_MAGNITUDE || magnitude < -MAX_MAGNITUDE);
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
        if (outOfMagnitude(value)) {
            throw InvalidInputException.of(field, range(min, max) + (maxDecimals == 0 ? ", a whole number"
                    : " with at most " + decimals(maxDecimals)));
        }
        if (value.precision() > MAX_PRECISION) {
            throw InvalidInputException.of(field, "must have at most " + MAX_PRECISION + " significant digits");
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            // short to print: the two limits above bound its digits and its magnitude
            throw InvalidInputException.of(field, range(min, max) + ", was " + value.toPlainString());
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

    private static String range(BigDecimal min, BigDecimal max) {
        return "must be between " + min.toPlainString() + " and " + max.toPlainString();
    }

    private static String decimals(int n) {
        String[] words = {"no", "one", "two", "three", "four", "five", "six"};
        return (n < words.length ? words[n] : String.valueOf(n)) + (n == 1 ? " decimal" : " decimals");
    }

    /** Like {@link #check} for an optional value: empty stays empty. */
    public static Optional<BigDecimal> checkOptional(String field, Optional<BigDecimal> value, BigDecimal min,
                                                     BigDecimal max, int maxDecimals) {
        return value == null ? Optional.empty() : value.map(v -> check(field, v, min, max, maxDecimals));
    }
}
