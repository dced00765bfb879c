package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.lmskit.core.error.InvalidInputException;

/**
 * A grade out of 20, held at two decimals. The raw value must lie in [0, 20]; it is rounded once,
 * half-up, so 11.995 becomes 12.00, and every comparison uses the rounded value.
 */
public final class Grade implements Comparable<Grade> {
    public static final BigDecimal MIN = BigDecimal.ZERO;
    public static final BigDecimal MAX = BigDecimal.valueOf(20);
    public static final int SCALE = 2;

    private final BigDecimal value;

    private Grade(BigDecimal value) {
        this.value = value;
    }

    public static Grade of(BigDecimal raw) {
        return of("grade", raw);
    }

    /** Validates {@code raw}, naming {@code field} in the error if it is missing or outside [0, 20]. */
    public static Grade of(String field, BigDecimal raw) {
        if (raw == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (raw.compareTo(MIN) < 0 || raw.compareTo(MAX) > 0) {
            throw InvalidInputException.of(field, "must be between 0 and 20, was " + raw.toPlainString());
        }
        return new Grade(raw.setScale(SCALE, RoundingMode.HALF_UP));
    }

    /** Reads a grade written as text, such as {@code "11.995"}. */
    public static Grade parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        try {
            return of(field, new BigDecimal(text.trim()));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "must be a number, was '" + text + "'");
        }
    }

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
