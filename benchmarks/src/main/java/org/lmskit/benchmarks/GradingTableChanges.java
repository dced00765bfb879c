package org.lmskit.benchmarks;

import java.math.BigDecimal;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.certification.PathGradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;

/**
 * The cheapest audited write, for benchmarks of what surrounds a write: a path's grading table changed back and forth
 * by an administrator, each time from the version last read (a read, an update, an audit entry, one event).
 */
final class GradingTableChanges {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");
    private static final GradingTable[] TABLES = {
        GradingTable.of(new BigDecimal("18"), new BigDecimal("15"), new BigDecimal("12")),
        GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal("13")),
    };

    private final Lms lms;
    private long version;
    private int next;

    /** Defines the path's first table. */
    GradingTableChanges(Lms lms) {
        this.lms = lms;
        this.version = lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLES[0], 0).version();
    }

    /** Changes the table to the other one. */
    PathGradingTable change() {
        next ^= 1;
        PathGradingTable saved = lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLES[next], version);
        version = saved.version();
        return saved;
    }
}
