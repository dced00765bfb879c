package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.lmskit.core.domain.Decimals;
import org.lmskit.core.error.InvalidInputException;

/**
 * A grade out of 20, held at two decimals. The raw value must lie in [0, 20] with at most six decimals;
 * it is rounded once, half-up, so 11.995 becomes 12.00, and every comparison uses the rounded value.
 */
public final class Grade implements Comparable<Grade> {
    public static final BigDecimal MIN = BigDecimal.ZERO;
    public static final BigDecimal MAX = BigDecimal.valueOf(20);
    public static final int SCALE = 2;
    /** A raw grade may carry this many decimals before it is rounded to {@link #SCALE}. */
    public static final int MAX_INPUT_DECIMALS = 6;

    private final BigDecimal value;

    private Grade(BigDecimal value) {
        this.value = value;
    }

    /** A grade out of 20 from {@code raw}, rounded once, half-up, to two decimals (seed 003's 11.995 is 12.00). */
    public static Grade of(BigDecimal raw) {
        return of("grade", raw);
    }

    /** Validates {@code raw}, naming {@code field} in the error if it is missing or outside [0, 20]. */
    public static Grade of(String field, BigDecimal raw) {
        BigDecimal checked = Decimals.check(field, raw, MIN, MAX, MAX_INPUT_DECIMALS);
        return new Grade(checked.setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** Reads a grade written as text, such as {@code "11.995"}. */
    public static Grade parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (text.length() > Decimals.MAX_TEXT_LENGTH) {
            throw InvalidInputException.of(field, "must be a number of at most " + Decimals.MAX_TEXT_LENGTH
                    + " characters");
        }
        try {
            return of(field, new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a number such as 11.995");
        }
    }

    /** The grade, two decimals, from 0.00 to 20.00. */
    public BigDecimal value() {
        return value;
    }

    @Override
    public int compareTo(Grade other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Grade g && g.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value.toPlainString() + "/20";
    }
}
