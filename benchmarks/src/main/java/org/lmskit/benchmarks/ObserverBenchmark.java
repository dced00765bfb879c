package org.lmskit.benchmarks;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.Lms;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.certification.PathGradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
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
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final PathId PATH = PathId.of("recrutement-et-sourcing");
    private static final GradingTable[] TABLES = {
        GradingTable.of(new BigDecimal("18"), new BigDecimal("15"), new BigDecimal("12")),
        GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal("13")),
    };

    @Param({"none", "empty", "micrometer"})
    public String observer;

    private Lms lms;
    private long version;
    private int next;

    @Setup
    public void setUp() {
        LmsObserver heard = switch (observer) {
            case "none" -> LmsObserver.NONE;
            case "empty" -> new LmsObserver() { // the library's share: timing and naming the operation
            };
            default -> MicrometerObserver.bindTo(new SimpleMeterRegistry());
        };
        lms = Lms.builder().storage(InMemoryStorage.create()).observer(heard).build();
        version = lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLES[0], 0).version();
    }

    @Benchmark
    public PathGradingTable write() {
        next ^= 1;
        PathGradingTable saved = lms.certification().grading().defineGradingTable(ADMIN, PATH, TABLES[next], version);
        version = saved.version();
        return saved;
    }
}
