package org.lmskit.benchmarks;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.PathGradingTable;
import org.lmskit.core.event.EventRelay;
import org.lmskit.core.event.OutboxSettings;
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
 * What the transactional outbox costs a write: one grading-table change (a read, an update, an audit entry and one
 * event) with the outbox off (the event handed over after the commit) and on (the event inserted in the same
 * transaction), on both adapters. {@code writeAndDeliver} adds the relay's round for that event (claim, decode,
 * deliver, mark), the whole cost of an event delivered at least once. Between iterations the relay drains and
 * purges, so the outbox does not grow over the run.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar OutboxBenchmark -f 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OutboxBenchmark {
    @Param({"in-memory", "postgresql"})
    public String adapter;

    @Param({"off", "on"})
    public String outbox;

    private BenchmarkStorage storage;
    private Lms lms;
    private EventRelay relay;
    private GradingTableChanges changes;

    @Setup
    public void setUp() throws IOException {
        storage = BenchmarkStorage.open(adapter);
        Lms.Builder builder = Lms.builder().storage(storage.storage).eventPublisher(event -> { });
        if (outbox.equals("on")) {
            builder.outbox(new OutboxSettings("benchmark", 100, Duration.ofSeconds(30), Duration.ofSeconds(1),
                    Duration.ofSeconds(1), Duration.ofMinutes(5), 10, Duration.ZERO));
        }
        lms = builder.build();
        relay = lms.events().relay().orElse(null);
        changes = new GradingTableChanges(lms);
    }

    @TearDown(Level.Iteration)
    public void drainAndPurge() {
        if (relay != null) {
            relay.drain();
            relay.purgeDelivered();
        }
    }

    @TearDown
    public void tearDown() {
        storage.close();
    }

    @Benchmark
    public PathGradingTable write() {
        return changes.change();
    }

    @Benchmark
    public int writeAndDeliver() {
        write();
        return relay == null ? 0 : relay.deliverDue();
    }
}
