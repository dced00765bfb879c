package org.lmskit.core.certification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.id.PathId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.StoreCalls;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.Transactions;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.certification.GradingTableRecord;
import org.lmskit.spi.certification.GradingTableStore;

/** Grades against the default or a path's own table, and keeps each path's table under audit. */
public final class CertificationService {
    static final String RECORD_TYPE = "grading-table";

    private final GradingTableStore tables;
    private final Transactions transactions;
    private final AuditWriter audit;
    private final EventPublisher events;
    private final GradingTablePolicy policy = new GradingTablePolicy();

    public CertificationService(GradingTableStore tables, Transactions transactions, AuditWriter audit,
                                EventPublisher events) {
        this.tables = tables;
        this.transactions = transactions;
        this.audit = audit;
        this.events = events;
    }

    /** Grades with the seed's default table. */
    public GradingResult grade(BigDecimal rawGrade) {
        Grade grade = Grade.of(rawGrade);
        return new GradingResult(grade, GradingTable.ofDefaults().levelFor(grade));
    }

    /** Grades with the path's own table, or the default one if the path has none. */
    public GradingResult grade(PathId pathId, BigDecimal rawGrade) {
        Grade grade = Grade.of(rawGrade);
        return new GradingResult(grade, gradingTable(pathId).table().levelFor(grade));
    }

    public PathGradingTable gradingTable(PathId pathId) {
        requirePath(pathId);
        return tables.find(pathId.value())
                .map(this::toDomain)
                .orElseGet(() -> new PathGradingTable(pathId, GradingTable.ofDefaults(), 0));
    }

    /**
     * Gives the path its own table. {@code expectedVersion} is the version read: 0 when the path
     * still uses the defaults.
     *
     * @throws PermissionDeniedException the actor is not an administrator
     * @throws ConflictException someone changed the table since {@code expectedVersion}
     */
    public PathGradingTable defineGradingTable(Actor actor, PathId pathId, GradingTable table, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        requirePath(pathId);
        if (table == null) {
            throw InvalidInputException.of("table", "is required");
        }
        checkVersion(expectedVersion);
        authorize(actor, pathId);
        PathGradingTable saved;
        try {
            saved = StoreCalls.translating(() -> transactions.inTransaction(() -> {
                GradingTableRecord record = new GradingTableRecord(pathId.value(), table.gold(), table.silver(),
                        table.bronze(), expectedVersion);
                GradingTable before = expectedVersion == 0 ? null
                        : tables.find(pathId.value()).map(this::toDomain).map(PathGradingTable::table).orElse(null);
                GradingTableRecord stored = expectedVersion == 0 ? tables.insert(record) : tables.update(record);
                audit.record(actor, RECORD_TYPE, pathId.value(), expectedVersion == 0 ? "created" : "updated",
                        changes(before, table));
                return toDomain(stored);
            }));
        } catch (ConflictException conflict) {
            events.publish(new CertificationEvent.GradingTableChangeRefused(audit.now(), pathId, actor.id(),
                    conflict.code()));
            throw conflict;
        }
        events.publish(new CertificationEvent.GradingTableChanged(audit.now(), pathId, actor.id(), saved.table(),
                saved.version()));
        return saved;
    }

    /** Removes the path's own table, so it grades with the defaults again. */
    public void resetGradingTable(Actor actor, PathId pathId, long expectedVersion) {
        Objects.requireNonNull(actor, "actor");
        requirePath(pathId);
        if (expectedVersion < 1) {
            throw InvalidInputException.of("version", "must be the stored version, 1 or more");
        }
        authorize(actor, pathId);
        StoreCalls.translating(() -> transactions.inTransaction(() -> {
            GradingTable before = tables.find(pathId.value()).map(this::toDomain).map(PathGradingTable::table)
                    .orElse(null);
            tables.delete(pathId.value(), expectedVersion);
            audit.record(actor, RECORD_TYPE, pathId.value(), "reset", changes(before, null));
            return null;
        }));
        events.publish(new CertificationEvent.GradingTableReset(audit.now(), pathId, actor.id()));
    }

    private void authorize(Actor actor, PathId pathId) {
        if (policy.mayChange(actor) instanceof Decision.Rejected rejected) {
            events.publish(new CertificationEvent.GradingTableChangeRefused(audit.now(), pathId, actor.id(),
                    rejected.reason()));
            throw new PermissionDeniedException(rejected.rule(), rejected.reason());
        }
    }

    private static void requirePath(PathId pathId) {
        if (pathId == null) {
            throw InvalidInputException.of("pathId", "is required");
        }
    }

    private static void checkVersion(long expectedVersion) {
        if (expectedVersion < 0) {
            throw InvalidInputException.of("version", "must be 0 or more, was " + expectedVersion);
        }
    }

    private PathGradingTable toDomain(GradingTableRecord record) {
        return new PathGradingTable(PathId.of(record.pathId()),
                GradingTable.of(record.gold(), record.silver(), record.bronze()), record.version());
    }

    private static List<FieldChange> changes(GradingTable before, GradingTable after) {
        List<FieldChange> changes = new ArrayList<>();
        addChange(changes, "gold", before == null ? null : before.gold(), after == null ? null : after.gold());
        addChange(changes, "silver", before == null ? null : before.silver(), after == null ? null : after.silver());
        addChange(changes, "bronze", before == null ? null : before.bronze(), after == null ? null : after.bronze());
        return changes;
    }

    private static void addChange(List<FieldChange> changes, String field, BigDecimal before, BigDecimal after) {
        String b = before == null ? null : before.toPlainString();
        String a = after == null ? null : after.toPlainString();
        if (!Objects.equals(a, b)) {
            changes.add(new FieldChange(field, b, a));
        }
    }
}
