package org.lmskit.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.observation.OperationSample;

/**
 * Records what lmskit does in a Micrometer registry. Hand it to {@code Lms.builder().observer(...)}; the Spring Boot
 * starter does so with the application's registry.
 *
 * <table>
 *   <caption>Meters (names as Micrometer writes them; Prometheus turns dots into underscores)</caption>
 *   <tr><th>meter</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code lmskit.operation}</td><td>timer</td><td>capability, operation, kind (read|write), outcome</td>
 *       <td>each operation, its transaction included; outcome is ok, invalid, denied, not_found, conflict, refused
 *       or error</td></tr>
 *   <tr><td>{@code lmskit.refusals}</td><td>counter</td><td>capability, rule</td>
 *       <td>each refusal by a rule or an access policy, by its rule code</td></tr>
 *   <tr><td>{@code lmskit.daily.rotation}</td><td>timer</td><td></td><td>each run of the daily job</td></tr>
 *   <tr><td>{@code lmskit.daily.rotation.sessions}</td><td>counter</td><td></td>
 *       <td>slot sessions the daily job examined</td></tr>
 *   <tr><td>{@code lmskit.daily.rotation.handovers}</td><td>counter</td><td></td>
 *       <td>slots the daily job handed over</td></tr>
 *   <tr><td>{@code lmskit.daily.rotation.last.day}</td><td>gauge</td><td></td>
 *       <td>the last day the daily job ran for, as an epoch day (NaN before the first run)</td></tr>
 *   <tr><td>{@code lmskit.outbox.lag}</td><td>timer</td><td>type, outcome (delivered|failed)</td>
 *       <td>for each event the relay handed over, how long after its recording</td></tr>
 * </table>
 *
 * <p>Tag values come from the library (capability, method and rule names, event types), never from user input, so
 * the number of series stays bounded by the library's code.
 */
public final class MicrometerObserver implements LmsObserver {
    private final MeterRegistry registry;
    private final Timer dailyRotation;
    private final Counter sessionsExamined;
    private final Counter handOvers;
    private final AtomicLong lastDay = new AtomicLong(Long.MIN_VALUE);
    // each meter is looked up once per tag set: the sets are bounded by the library's code (see the class comment)
    private final ConcurrentMap<OperationKey, Timer> operations = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, Counter> refusals = new ConcurrentHashMap<>();
    private final ConcurrentMap<List<String>, Timer> lags = new ConcurrentHashMap<>();

    private MicrometerObserver(MeterRegistry registry) {
        this.registry = registry;
        this.dailyRotation = Timer.builder("lmskit.daily.rotation")
                .description("Runs of the daily job (seed 003's rotations)").register(registry);
        this.sessionsExamined = Counter.builder("lmskit.daily.rotation.sessions")
                .description("Slot sessions the daily job examined").register(registry);
        this.handOvers = Counter.builder("lmskit.daily.rotation.handovers")
                .description("Slots the daily job handed over").register(registry);
        Gauge.builder("lmskit.daily.rotation.last.day", lastDay,
                        day -> day.get() == Long.MIN_VALUE ? Double.NaN : day.get())
                .description("The last day the daily job ran for, as an epoch day").register(registry);
    }

    /** An observer recording in {@code registry}; registers the daily job's meters at once. */
    public static MicrometerObserver bindTo(MeterRegistry registry) {
        return new MicrometerObserver(Objects.requireNonNull(registry, "registry"));
    }

    @Override
    public void operation(OperationSample sample) {
        operations.computeIfAbsent(new OperationKey(sample.capability(), sample.operation(), sample.write(),
                        sample.outcome()), key -> Timer.builder("lmskit.operation")
                        .description("lmskit operations, their transaction included")
                        .tag("capability", key.capability())
                        .tag("operation", key.operation())
                        .tag("kind", key.write() ? "write" : "read")
                        .tag("outcome", key.outcome().name().toLowerCase(Locale.ROOT))
                        .register(registry))
                .record(sample.took());
    }

    private record OperationKey(String capability, String operation, boolean write, OperationSample.Outcome outcome) {
    }

    @Override
    public void refused(String capability, String rule) {
        refusals.computeIfAbsent(List.of(capability, rule), key -> Counter.builder("lmskit.refusals")
                        .description("Operations refused by a rule or an access policy, by rule code")
                        .tag("capability", capability)
                        .tag("rule", rule)
                        .register(registry))
                .increment();
    }

    @Override
    public void dailyRotation(LocalDate day, Duration took, int sessions, int slotsHandedOver) {
        dailyRotation.record(took);
        sessionsExamined.increment(sessions);
        handOvers.increment(slotsHandedOver);
        lastDay.set(day.toEpochDay());
    }

    @Override
    public void relayed(String type, boolean delivered, Duration lag) {
        String outcome = delivered ? "delivered" : "failed";
        lags.computeIfAbsent(List.of(type, outcome), key -> Timer.builder("lmskit.outbox.lag")
                        .description("How long after its recording the relay handed an event over")
                        .tag("type", type)
                        .tag("outcome", outcome)
                        .register(registry))
                .record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
