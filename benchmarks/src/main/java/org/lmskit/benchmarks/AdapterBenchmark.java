package org.lmskit.benchmarks;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lmskit.spi.Page;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.audit.NewAuditEntry;
import org.lmskit.spi.certification.GradingTableRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same store operations on both adapters: the in-memory one and PostgreSQL 18 (embedded, on
 * loopback). The audit trail holds {@value #AUDIT_ROWS} entries over 1,000 records before measuring.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AdapterBenchmark {
    static final int AUDIT_ROWS = 20_000;
    private static final Instant T0 = Instant.parse("2026-11-24T00:00:00Z");

    @Param({"in-memory", "postgresql"})
    public String adapter;

    private BenchmarkStorage bench;
    private StorageProvider storage;
    private long version;
    private int counter;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        bench = BenchmarkStorage.open(adapter);
        storage = bench.storage;
        for (int i = 0; i < AUDIT_ROWS; i++) {
            storage.auditTrail().append(entry(i));
        }
        version = storage.gradingTables().insert(new GradingTableRecord("bench", new BigDecimal("18.00"),
                new BigDecimal("15.00"), new BigDecimal("12.00"), 0)).version();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        bench.close();
    }

    private static NewAuditEntry entry(int i) {
        return new NewAuditEntry(T0.plusSeconds(i), "actor-" + (i % 50), "grading-table", "record-" + (i % 1000),
                "updated", List.of(new FieldChange("gold", "18.00", "17.50")));
    }

    @Benchmark
    public AuditEntry auditAppend() {
        return storage.auditTrail().append(entry(counter++));
    }

    @Benchmark
    public Page<AuditEntry> auditFindByRecordFirstPage() {
        return storage.auditTrail().find(AuditQuery.byRecord("grading-table", "record-" + (counter++ % 1000))
                .page(0, 20));
    }

    /**
     * One positioning appended (1,000 learners x 11 competencies, each newer than the last): on PostgreSQL this
     * includes V15's triggers, which replace the line's head and repack the (learner, source).
     */
    @Benchmark
    public org.lmskit.spi.competency.PositioningRecord positioningAppend() {
        long n = counter++;
        return storage.positionings().append(new org.lmskit.spi.competency.NewPositioningRecord("learner-" + (n % 1000),
                "C" + (n % 11), java.util.Optional.of(String.valueOf(1 + n % 5)), "MANAGER", "manon",
                java.time.Instant.parse("2026-01-01T00:00:00Z").plusMillis(n), java.util.Optional.empty(),
                java.util.Optional.empty()));
    }

    @Benchmark
    public Object gradingTableRead() {
        return storage.gradingTables().find("bench");
    }

    @Benchmark
    public GradingTableRecord gradingTableUpdate() {
        GradingTableRecord updated = storage.gradingTables().update(new GradingTableRecord("bench",
                new BigDecimal("18.00"), new BigDecimal("15.00"), new BigDecimal("12.00"), version));
        version = updated.version();
        return updated;
    }

    @Benchmark
    public Object updateAndAuditInOneTransaction() {
        return storage.transactions().inTransaction(() -> {
            GradingTableRecord updated = gradingTableUpdate();
            storage.auditTrail().append(entry(counter++));
            return updated;
        });
    }
}
