package org.lmskit.core.id;

import java.util.Locale;
import java.util.regex.Pattern;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;

/**
 * UUIDs as text: 36 hexadecimal digits and hyphens (8-4-4-4-12), kept in lower case so that one UUID compares and
 * stores one way. The lenient forms {@link java.util.UUID#fromString} accepts (fewer digits, no padding) are refused.
 */
public final class Uuids {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    /** {@code value} in lower case; refused as invalid input naming {@code field} when it is not a UUID. */
    public static String canonical(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "is required");
        }
        if (value.length() != 36 || !UUID_TEXT.matcher(value).matches()) {
            throw InvalidInputException.of(field, "must be a UUID such as 3fa85f64-5717-4562-b3fc-2c963f66afa6, was "
                    + Texts.quote(value));
        }
        return value.toLowerCase(Locale.ROOT);
    }
}
