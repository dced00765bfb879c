package org.lmskit.core.audit;

import java.util.List;
import java.util.stream.Collectors;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;

/**
 * The audit trail as lines a test states exactly: {@code actor recordType/recordId action {field: before -> after;
 * ...}}, oldest first. A test takes a {@link #mark} before the operation and asserts the lines written {@link #since}
 * it, so that every field change an operation records (and only those) is held.
 */
public final class AuditLines {
    private AuditLines() {
    }

    /** How many entries the trail holds now. */
    public static long mark(StorageProvider storage) {
        return storage.auditTrail().find(AuditQuery.all().page(0, 1)).total();
    }

    /** The entries written after {@code mark}, as lines. */
    public static List<String> since(StorageProvider storage, long mark) {
        return storage.auditTrail().find(AuditQuery.all().page((int) mark, 200)).items().stream()
                .map(AuditLines::line).toList();
    }

    public static String line(AuditEntry e) {
        return e.actorId() + " " + e.recordType() + "/" + e.recordId() + " " + e.action() + " {"
                + e.changes().stream().map(c -> c.field() + ": " + c.before() + " -> " + c.after())
                        .collect(Collectors.joining("; ")) + "}";
    }
}
