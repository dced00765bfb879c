package org.lmskit.core.competency.framework;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.lmskit.core.domain.Texts;
import org.lmskit.core.error.InvalidInputException;

/**
 * IMS CASE identifiers: UUIDs written as 36 hexadecimal digits and hyphens (8-4-4-4-12), kept in lower case so
 * that an identifier compares and stores one way. The lenient forms {@link UUID#fromString} accepts (fewer
 * digits, no padding) are refused.
 */
public final class CaseIdentifiers {
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private CaseIdentifiers() {
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

    /**
     * The identifier lmskit gives, when it exports, to an object that was not imported: the name-based UUID of
     * {@code kind} and {@code key}, so that every export of the same catalogue names it the same way.
     */
    public static String derived(String kind, String key) {
        return UUID.nameUUIDFromBytes(("lmskit:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
