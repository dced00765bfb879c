package org.lmskit.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.MovableClock;
import org.lmskit.core.Storages;
import org.lmskit.core.certification.CertificationEvent;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.StorageProvider;

/**
 * The relay's invariants on random histories, both adapters: changes to a few aggregates interleaved at random, a
 * publisher that fails at random, small random batches. Whatever happens, every event is delivered exactly once
 * (nothing crashes here, so at least once means once), and each aggregate's events succeed in the order their
 * changes were made.
 */
class RelayOrderPropertyTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final AtomicInteger RUNS = new AtomicInteger();

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void every_event_is_delivered_once_and_in_order_per_aggregate_whatever_fails(Storages kind) throws Exception {
        try (StorageProvider storage = kind.fresh()) {
            qt().withExamples(kind == Storages.IN_MEMORY ? 120 : 25).withShrinkCycles(0).forAll(longs().all())
                    .checkAssert(seed -> check(storage, new Random(seed)));
        }
    }

    private static void check(StorageProvider storage, Random random) {
        int run = RUNS.incrementAndGet();
        MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
        double failureRate = random.nextDouble() * 0.6;
        Map<String, Integer> successes = new HashMap<>();
        Map<PathId, List<Long>> order = new HashMap<>();
        EventPublisher flaky = new EventPublisher() {
            @Override
            public void publish(LmsEvent event) {
            }

            @Override
            public void deliver(EventEnvelope envelope) {
                if (random.nextDouble() < failureRate) {
                    throw new IllegalStateException("flaky LRS");
                }
                successes.merge(envelope.id(), 1, Integer::sum);
                CertificationEvent.GradingTableChanged changed = (CertificationEvent.GradingTableChanged) envelope.event();
                order.computeIfAbsent(changed.pathId(), p -> new ArrayList<>()).add(changed.version());
            }
        };
        OutboxSettings settings = new OutboxSettings("node-" + run, 1 + random.nextInt(6), Duration.ofMinutes(5),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(8), 1000, Duration.ofDays(7));
        Lms lms = Lms.builder().storage(storage).clock(clock).eventPublisher(flaky).outbox(settings).build();
        EventRelay relay = lms.events().relay().orElseThrow();

        int paths = 1 + random.nextInt(4);
        int changes = 1 + random.nextInt(25);
        Map<Integer, Long> versions = new HashMap<>();
        Set<Integer> touched = new HashSet<>();
        for (int c = 0; c < changes; c++) {
            int p = random.nextInt(paths);
            long version = versions.getOrDefault(p, 0L);
            versions.put(p, lms.certification().grading().defineGradingTable(ADMIN, PathId.of("run-" + run + "-" + p),
                    GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal(10 + c % 5)), version)
                    .version());
            touched.add(p);
            if (random.nextInt(4) == 0) {
                relay.deliverDue(); // deliveries interleaved with the writes
            }
        }
        for (int round = 0; round < 400 && successes.size() < changes; round++) {
            relay.deliverDue();
            clock.advance(Duration.ofSeconds(8)); // past any back-off
        }

        assertThat(successes).as("every event delivered").hasSize(changes);
        assertThat(successes.values()).as("and once").containsOnly(1);
        for (int p : touched) {
            List<Long> expected = new ArrayList<>();
            for (long v = 1; v <= versions.get(p); v++) {
                expected.add(v);
            }
            assertThat(order.get(PathId.of("run-" + run + "-" + p))).as("path %d in order", p)
                    .containsExactlyElementsOf(expected);
        }
    }
}
