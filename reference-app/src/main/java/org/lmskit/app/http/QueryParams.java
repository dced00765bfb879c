package org.lmskit.app.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.lmskit.core.error.InvalidInputException;

/** Typed query parameters; a value that does not parse is a 400 naming the parameter. */
public final class QueryParams {
    private QueryParams() {
    }

    public static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).filter(v -> !v.isBlank());
    }

    public static long requiredLong(Context ctx, String name) {
        return optionalLong(ctx, name).orElseThrow(() -> InvalidInputException.of(name, "is required"));
    }

    public static Optional<Long> optionalLong(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(name, "must be a whole number, was '" + v + "'");
            }
        });
    }

    public static int intInRange(Context ctx, String name, int defaultValue, int min, int max) {
        long value = optionalLong(ctx, name).orElse((long) defaultValue);
        if (value < min || value > max) {
            throw InvalidInputException.of(name, "must be between " + min + " and " + max + ", was " + value);
        }
        return (int) value;
    }

    public static Optional<Instant> instant(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return Instant.parse(v.trim());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "must be an ISO-8601 instant such as 2026-11-24T09:00:00Z");
            }
        });
    }
}
