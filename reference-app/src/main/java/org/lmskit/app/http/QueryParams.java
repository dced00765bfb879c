package org.lmskit.app.http;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.List;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.spi.PageRequest;

/** Typed query parameters; a value that does not parse is a 400 naming the parameter. */
public final class QueryParams {
    private QueryParams() {
    }

    /** The longest query parameter value the app reads. */
    public static final int MAX_LENGTH = 300;
    /** The most values a repeated parameter ({@code ?job=a&job=b}) may have. */
    public static final int MAX_VALUES = 50;

    public static Optional<String> text(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(v -> bounded(name, v)).filter(v -> !v.isBlank());
    }

    private static String bounded(String name, String value) {
        if (value.length() > MAX_LENGTH) {
            throw InvalidInputException.of(name, "must have at most " + MAX_LENGTH + " characters");
        }
        return value;
    }

    public static long requiredLong(Context ctx, String name) {
        return optionalLong(ctx, name).orElseThrow(() -> InvalidInputException.of(name, "is required"));
    }

    public static Optional<Long> optionalLong(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(name, "must be a whole number, was " + Texts.quote(v));
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
                return java.time.OffsetDateTime.parse(v.trim()).toInstant();
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "must be an ISO-8601 instant such as 2026-11-24T09:00:00Z");
            }
        });
    }

    /** Every value of a repeated parameter ({@code ?job=a&job=b}), blanks dropped. */
    public static Set<String> texts(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > MAX_VALUES) {
            throw InvalidInputException.of(name, "takes at most " + MAX_VALUES + " values");
        }
        return values.stream().map(v -> bounded(name, v)).filter(v -> !v.isBlank()).map(String::trim)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every value of a repeated parameter as constants of {@code type}; an unknown one is a 400 listing the known. */
    public static <E extends Enum<E>> Set<E> enums(Context ctx, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String v : texts(ctx, name)) {
            try {
                values.add(Enum.valueOf(type, v));
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of(name, "must be one of " + Arrays.toString(type.getEnumConstants())
                        + ", was " + Texts.quote(v));
            }
        }
        return values;
    }

    public static <E extends Enum<E>> Optional<E> oneEnum(Context ctx, String name, Class<E> type) {
        Set<E> values = enums(ctx, name, type);
        if (values.size() > 1) {
            throw InvalidInputException.of(name, "takes one value");
        }
        return values.stream().findFirst();
    }

    public static Optional<Boolean> bool(Context ctx, String name) {
        return text(ctx, name).map(v -> switch (v.trim()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw InvalidInputException.of(name, "must be true or false, was " + Texts.quote(v));
        });
    }

    public static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return LocalDate.parse(v.trim());
            } catch (DateTimeParseException e) {
                throw InvalidInputException.of(name, "must be a date such as 2026-11-24");
            }
        });
    }

    /** {@code offset} (default 0) and {@code limit} (default 50, at most {@link PageRequest#MAX_LIMIT}). */
    public static PageRequest page(Context ctx) {
        return new PageRequest(intInRange(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                intInRange(ctx, "limit", 50, 1, PageRequest.MAX_LIMIT));
    }
}
