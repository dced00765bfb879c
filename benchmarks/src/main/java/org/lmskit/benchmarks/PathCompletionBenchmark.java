package org.lmskit.benchmarks;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.seats.PathCompletion;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SlotRecord;
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
 * Issue 20: the cost of recording a path completion that hands the slot over at once under natural rotation
 * (complete the holder, release, assign to the first waiting member, audit, events), in one transaction. Before
 * each invocation (not measured) a fresh natural-rotation session of 2 slots and 3 members (two holders, one
 * waiting) is written straight through the stores; the invocation completes one holder, so every measured
 * completion hands a slot over.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx4g"})
public class PathCompletionBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

    @Param({"in-memory", "postgresql"})
    public String adapter;

    private BenchmarkStorage bench;
    private StorageProvider storage;
    private Lms lms;
    private int sessions;
    private String id;

    @Setup(Level.Trial)
    public void startStorage() throws IOException {
        bench = BenchmarkStorage.open(adapter);
        storage = bench.storage;
        lms = Lms.builder().storage(storage)
                .clock(Clock.fixed(TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC)).build();
    }

    @Setup(Level.Invocation)
    public void prepareSession() {
        id = "session-" + (++sessions);
        Instant joined = TODAY.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (String m : List.of("h1", "h2", "w1")) {
            storage.sessionMembers().insert(new SessionMemberRecord(id, id + "-" + m, "LEARNER", joined,
                    Optional.empty(), Optional.empty(), 0));
        }
        storage.seatSessions().insert(new SeatSessionRecord(id, "Session " + id, "company", "path", "SLOTS",
                TODAY.minusDays(30), TODAY.plusYears(1), 2, 3, "NATURAL", 0, true,
                List.of(new SlotRecord(1, Optional.of(id + "-h1"), Optional.of(TODAY.minusDays(30))),
                        new SlotRecord(2, Optional.of(id + "-h2"), Optional.of(TODAY.minusDays(30)))),
                List.of(id + "-w1"), Optional.empty(), 0));
    }

    @Benchmark
    public PathCompletion completionHandingTheSlotOver() {
        PathCompletion done = lms.seats().members().pathCompleted(ADMIN, SessionId.of(id), UserId.of(id + "-h1"));
        if (done.handOvers().size() != 1) {
            throw new IllegalStateException("no hand-over in " + id);
        }
        return done;
    }

    @TearDown(Level.Trial)
    public void stopStorage() throws IOException {
        bench.close();
    }
}
