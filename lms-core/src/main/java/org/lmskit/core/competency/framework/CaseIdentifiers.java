package org.lmskit.core.competency.framework;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The IMS CASE identifiers lmskit derives for what it exports without having imported it (the identifiers it
 * reads are checked by {@link org.lmskit.core.id.Uuids}).
 */
public final class CaseIdentifiers {
    private CaseIdentifiers() {
    }

    /**
     * The identifier lmskit gives, when it exports, to an object that was not imported: the name-based UUID of
     * {@code kind} and {@code key}, so that every export of the same catalogue names it the same way.
     */
    public static String derived(String kind, String key) {
        return UUID.nameUUIDFromBytes(("lmskit:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
