package org.lmskit.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.lmskit.spi.outbox.NewOutboxEvent;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * What a relay's claim costs in front of a backlog: 100,000 pending events, spread over {@code aggregates}
 * aggregates (1: one aggregate's long run; 100,000: every event its own aggregate). Each invocation claims a batch of
 * 100 and gives it back ({@code release}), so the backlog stays as it was.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar OutboxBacklogBenchmark -f 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OutboxBacklogBenchmark {
    static final int BACKLOG = 100_000;
    private static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    @Param({"in-memory", "postgresql"})
    public String adapter;

    @Param({"1", "100000"})
    public int aggregates;

    private BenchmarkStorage storage;
    private OutboxStore outbox;

    @Setup
    public void setUp() throws IOException {
        storage = BenchmarkStorage.open(adapter);
        outbox = storage.storage.outbox();
        for (int start = 0; start < BACKLOG; start += 1000) {
            List<NewOutboxEvent> chunk = new ArrayList<>(1000);
            for (int i = start; i < start + 1000; i++) {
                chunk.add(new NewOutboxEvent(UUID.randomUUID().toString(), "learner",
                        "learner-" + (i % aggregates), "CompetencyEvent.Positioned", "{\"n\":" + i + "}",
                        T0.plusMillis(i)));
            }
            storage.storage.transactions().inTransaction(() -> outbox.append(chunk));
        }
        storage.execute("VACUUM ANALYZE lmskit_outbox");
    }

    @TearDown
    public void tearDown() {
        storage.close();
    }

    @Benchmark
    public int claimABatchAndGiveItBack() {
        List<OutboxEvent> batch = outbox.claim("benchmark", T0.plusSeconds(3600), T0.plusSeconds(3630), 100);
        return outbox.release("benchmark", batch.stream().map(OutboxEvent::id).toList());
    }
}
