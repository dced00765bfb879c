package org.lmskit.core.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import org.lmskit.core.domain.Decimals;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.domain.Texts;
import java.util.Collection;
import java.util.List;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.Violation;

/** Collects every violation of an input before refusing it, so one answer names every bad field. */
public final class Checks {
    private final List<Violation> violations = new ArrayList<>();

    /** One required text field, refused at once: blank, longer than {@code maxLength}, or with control characters. */
    public static void requireText(String field, String value, int maxLength) {
        Checks checks = new Checks();
        checks.text(field, value, maxLength);
        checks.throwIfAny();
    }

    public boolean required(String field, Object value) {
        if (value == null) {
            violations.add(new Violation(field, "is required"));
            return false;
        }
        return true;
    }

    /** A required line (docs/domains.md): not blank, at most {@code maxLength}, no control character, no line break. */
    public void text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "is required"));
            return;
        }
        String problem = Texts.problem(value, maxLength, false);
        if (problem != null) {
            violations.add(new Violation(field, problem));
        }
    }

    /** An optional paragraph (docs/domains.md): line breaks and tabs allowed, no other control character. */
    public void optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        String problem = Texts.problem(value, maxLength, true);
        if (problem != null) {
            violations.add(new Violation(field, problem));
        }
    }

    public void texts(String field, Collection<String> values, int maxCount, int maxLength) {
        if (values == null) {
            violations.add(new Violation(field, "is required"));
            return;
        }
        if (values.size() > maxCount) {
            violations.add(new Violation(field, "must have at most " + maxCount + " values"));
        }
        int i = 0;
        for (String value : values) {
            text(field + "[" + i++ + "]", value, maxLength);
        }
    }

    public boolean size(String field, Collection<?> values, int maxCount) {
        if (values == null) {
            violations.add(new Violation(field, "is required"));
            return false;
        }
        if (values.size() > maxCount) {
            violations.add(new Violation(field, "must have at most " + maxCount + " values"));
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            violations.add(new Violation(field, "must not hold null values"));
            return false;
        }
        return true;
    }

    /** A required instant inside {@link Instants}' domain; answers it kept to the microsecond (as given when refused). */
    public Instant instant(String field, Instant value) {
        return required(field, value) ? collect(() -> Instants.check(field, value), value) : value;
    }

    public void optionalInstant(String field, Optional<Instant> value) {
        if (value != null) {
            value.ifPresent(v -> instant(field, v));
        }
    }

    /** A required date inside {@link Instants}' domain. */
    public void date(String field, LocalDate value) {
        if (required(field, value)) {
            collect(() -> Instants.check(field, value), value);
        }
    }

    /** A required decimal inside {@link Decimals}' domain; answers it normalised (as given when refused). */
    public BigDecimal decimal(String field, BigDecimal value, BigDecimal min, BigDecimal max, int maxDecimals) {
        return required(field, value) ? collect(() -> Decimals.check(field, value, min, max, maxDecimals), value) : value;
    }

    /** Whether no violation was collected so far. */
    public boolean passed() {
        return violations.isEmpty();
    }

    public void optionalDate(String field, Optional<LocalDate> value) {
        if (value != null) {
            value.ifPresent(v -> date(field, v));
        }
    }

    private <T> T collect(java.util.function.Supplier<T> check, T refused) {
        try {
            return check.get();
        } catch (InvalidInputException e) {
            violations.addAll(e.violations());
            return refused;
        }
    }

    public void fail(String field, String message) {
        violations.add(new Violation(field, message));
    }

    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
