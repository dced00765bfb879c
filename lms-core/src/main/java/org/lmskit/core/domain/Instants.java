package org.lmskit.core.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.lmskit.core.error.InvalidInputException;

/**
 * The domain of instants and dates given to lmskit: from {@link #MIN} to {@link #MAX} (years 1900 to
 * 9999, well inside what PostgreSQL's {@code timestamptz} and {@code date} hold), kept at microsecond
 * precision, PostgreSQL's. Instants lmskit derives from them (a deadline, a rotation day) stay inside
 * what both adapters store.
 */
public final class Instants {
    public static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
    public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999Z");
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    private static final String RANGE = "must be between 1900-01-01T00:00:00Z and 9999-12-31T23:59:59.999999Z";
    private static final String DATE_RANGE = "must be between 1900-01-01 and 9999-12-31";

    private Instants() {
    }

    /** A required instant in the domain, truncated to microseconds. */
    public static Instant check(String field, Instant value) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.isBefore(MIN) || value.isAfter(MAX)) {
            throw InvalidInputException.of(field, RANGE);
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * An optional instant: empty (or null) stays empty; a present one is checked as {@link #check(String, Instant)}.
     */
    public static Optional<Instant> checkOptional(String field, Optional<Instant> value) {
        return value == null ? Optional.empty() : value.map(v -> check(field, v));
    }

    /** A required date in the domain. */
    public static LocalDate check(String field, LocalDate value) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.isBefore(MIN_DATE) || value.isAfter(MAX_DATE)) {
            throw InvalidInputException.of(field, DATE_RANGE);
        }
        return value;
    }

    /** An optional date: empty (or null) stays empty; a present one is checked as {@link #check(String, LocalDate)}. */
    public static Optional<LocalDate> checkOptionalDate(String field, Optional<LocalDate> value) {
        return value == null ? Optional.empty() : value.map(v -> check(field, v));
    }
}
