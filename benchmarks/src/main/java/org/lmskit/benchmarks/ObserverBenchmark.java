package org.lmskit.benchmarks;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.PathGradingTable;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.micrometer.MicrometerObserver;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What measuring costs an operation: one grading-table change in memory (the cheapest write, where the observer's
 * share shows most) with no observer, and with {@link MicrometerObserver} on a simple registry (the caller found on
 * the stack, a timer looked up and recorded). {@code empty} is an observer that does nothing: the library's own
 * share (timing the operation and naming it from the stack).
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar ObserverBenchmark -f 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ObserverBenchmark {
    @Param({"none", "empty", "micrometer"})
    public String observer;

    private Lms lms;
    private GradingTableChanges changes;

    @Setup
    public void setUp() {
        LmsObserver heard = switch (observer) {
            case "none" -> LmsObserver.NONE;
            case "empty" -> new LmsObserver() { // the library's share: timing and naming the operation
            };
            default -> MicrometerObserver.bindTo(new SimpleMeterRegistry());
        };
        lms = Lms.builder().storage(InMemoryStorage.create()).observer(heard).build();
        changes = new GradingTableChanges(lms);
    }

    @Benchmark
    public PathGradingTable write() {
        return changes.change();
    }
}
