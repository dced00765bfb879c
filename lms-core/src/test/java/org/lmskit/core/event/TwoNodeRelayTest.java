package org.lmskit.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.RepeatedTest;
import org.lmskit.core.Lms;
import org.lmskit.core.MovableClock;
import org.lmskit.core.Storages;
import org.lmskit.core.certification.CertificationEvent;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.jdbc.JdbcStorage;

/**
 * Two application nodes, each with its own storage over one PostgreSQL database and its own relay thread, writing
 * and delivering at once: each event reaches exactly one node's publisher, once, and each path's changes arrive in
 * the order they were made.
 */
class TwoNodeRelayTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final int PATHS = 6;
    private static final int CHANGES_PER_PATH = 5;

    @RepeatedTest(2)
    void two_relays_on_one_database_deliver_each_event_exactly_once_in_order_per_aggregate() throws Exception {
        DataSource database = Storages.freshPostgresDataSource();
        MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
        Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
        List<CertificationEvent.GradingTableChanged> order = new CopyOnWriteArrayList<>();
        Map<String, String> nodeOf = new ConcurrentHashMap<>();
        List<Lms> nodes = new ArrayList<>();
        List<JdbcStorage> storages = new ArrayList<>();
        for (String node : List.of("node-a", "node-b")) {
            JdbcStorage storage = JdbcStorage.builder().dataSource(database).migrate(true).build();
            storages.add(storage);
            OutboxSettings settings = new OutboxSettings(node, 3, Duration.ofMinutes(5), Duration.ofMillis(10),
                    Duration.ofSeconds(1), Duration.ofMinutes(1), 10, Duration.ofDays(7));
            nodes.add(Lms.builder().storage(storage).clock(clock).outbox(settings).eventPublisher(new EventPublisher() {
                @Override
                public void publish(LmsEvent event) {
                }

                @Override
                public void deliver(EventEnvelope envelope) {
                    deliveries.computeIfAbsent(envelope.id(), id -> new AtomicInteger()).incrementAndGet();
                    nodeOf.put(envelope.id(), node);
                    order.add((CertificationEvent.GradingTableChanged) envelope.event());
                }
            }).build());
        }
        nodes.forEach(lms -> lms.events().relay().orElseThrow().start());
        try {
            ExecutorService writers = Executors.newFixedThreadPool(PATHS);
            List<Future<?>> done = new ArrayList<>();
            for (int p = 0; p < PATHS; p++) {
                PathId path = PathId.of("path-" + p);
                Lms writer = nodes.get(p % 2);
                done.add(writers.submit(() -> {
                    for (int version = 0; version < CHANGES_PER_PATH; version++) {
                        writer.certification().grading().defineGradingTable(ADMIN, path, GradingTable.of(
                                new BigDecimal("19"), new BigDecimal("16"),
                                new BigDecimal(10 + version)), version);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
            writers.shutdown();
            int expected = PATHS * CHANGES_PER_PATH;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (order.size() < expected && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Thread.sleep(200); // a duplicate would arrive now

            assertThat(deliveries).hasSize(expected);
            assertThat(deliveries.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(order).hasSize(expected);
            Map<PathId, List<Long>> versions = order.stream().collect(Collectors.groupingBy(
                    CertificationEvent.GradingTableChanged::pathId,
                    Collectors.mapping(CertificationEvent.GradingTableChanged::version, Collectors.toList())));
            assertThat(versions).hasSize(PATHS);
            versions.values().forEach(v -> assertThat(v).containsExactly(1L, 2L, 3L, 4L, 5L));
            assertThat(nodes.get(0).events().summary(ADMIN).delivered()).isEqualTo(expected);
        } finally {
            nodes.forEach(lms -> lms.events().relay().orElseThrow().close());
            storages.forEach(JdbcStorage::close);
        }
    }
}
