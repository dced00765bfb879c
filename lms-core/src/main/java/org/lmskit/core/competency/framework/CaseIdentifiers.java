package org.lmskit.core.competency.framework;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.lmskit.core.id.Uuids;

/**
 * IMS CASE identifiers: UUIDs kept in lower case (see {@link Uuids}), and the identifiers lmskit derives for
 * what it exports without having imported it.
 */
public final class CaseIdentifiers {
    private CaseIdentifiers() {
    }

    /** {@code value} in lower case; refused as invalid input naming {@code field} when it is not a UUID. */
    public static String canonical(String field, String value) {
        return Uuids.canonical(field, value);
    }

    /**
     * The identifier lmskit gives, when it exports, to an object that was not imported: the name-based UUID of
     * {@code kind} and {@code key}, so that every export of the same catalogue names it the same way.
     */
    public static String derived(String kind, String key) {
        return UUID.nameUUIDFromBytes(("lmskit:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
