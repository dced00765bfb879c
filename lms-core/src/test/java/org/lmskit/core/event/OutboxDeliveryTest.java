package org.lmskit.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.MovableClock;
import org.lmskit.core.Storages;
import org.lmskit.core.certification.CertificationEvent;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.StorageProvider;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStatus;

/** The outbox end to end, on both adapters: recorded with the change, delivered by the relay, retried, parked. */
class OutboxDeliveryTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final Actor CORRECTOR = Actor.of("corrector", Role.CORRECTOR);
    private static final OutboxSettings SETTINGS = new OutboxSettings("node-a", 10, Duration.ofSeconds(30),
            Duration.ofMillis(20), Duration.ofSeconds(10), Duration.ofMinutes(1), 3, Duration.ofDays(7));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T09:00:00Z"));
    private final List<EventEnvelope> delivered = new CopyOnWriteArrayList<>();
    private final List<LmsEvent> publishedAtOnce = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : opened) {
            c.close();
        }
    }

    /** Fresh storage of {@code kind}, closed after the test. */
    private StorageProvider open(Storages kind) {
        StorageProvider storage = kind.fresh();
        opened.add(storage);
        return storage;
    }

    private Lms lms(StorageProvider storage, OutboxSettings settings, EventPublisher publisher) {
        Lms lms = Lms.builder().storage(storage).clock(clock).eventPublisher(publisher).outbox(settings).build();
        opened.add(lms.events().relay().orElseThrow());
        return lms;
    }

    /** A publisher whose deliveries run {@code delivery}; what is published directly is dropped. */
    private static EventPublisher delivering(java.util.function.Consumer<EventEnvelope> delivery) {
        return new EventPublisher() {
            @Override
            public void publish(LmsEvent event) {
            }

            @Override
            public void deliver(EventEnvelope envelope) {
                delivery.accept(envelope);
            }
        };
    }

    private EventPublisher recording() {
        return new EventPublisher() {
            @Override
            public void publish(LmsEvent event) {
                publishedAtOnce.add(event);
            }

            @Override
            public void deliver(EventEnvelope envelope) {
                delivered.add(envelope);
            }
        };
    }

    private static GradingTable table(String bronze) {
        return GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal(bronze));
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_change_s_event_is_recorded_with_it_and_delivered_by_the_relay_with_a_stable_id(Storages kind) {
        StorageProvider storage = open(kind);
        Lms lms = lms(storage, SETTINGS, recording());

        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p1"), table("13"), 0);

        assertThat(delivered).isEmpty();
        assertThat(publishedAtOnce).isEmpty();
        OutboxEvent recorded = storage.outbox().list(Optional.empty(), PageRequest.first(10)).items().get(0);
        assertThat(recorded.type()).isEqualTo("CertificationEvent.GradingTableChanged");
        assertThat(recorded.aggregateType()).isEqualTo("path");
        assertThat(recorded.aggregateId()).isEqualTo("p1");
        assertThat(recorded.createdAt()).isEqualTo(clock.instant());

        assertThat(lms.events().relay().orElseThrow().drain()).isEqualTo(1);

        assertThat(delivered).singleElement().satisfies(envelope -> {
            assertThat(envelope.id()).isEqualTo(recorded.id());
            assertThat(envelope.attempt()).isEqualTo(1);
            assertThat(envelope.aggregateId()).isEqualTo("p1");
            assertThat(envelope.event()).isEqualTo(new CertificationEvent.GradingTableChanged(clock.instant(),
                    PathId.of("p1"), ADMIN.id(), table("13"), 1));
        });
        assertThat(storage.outbox().find(recorded.id()).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThat(lms.events().relay().orElseThrow().drain()).isZero();
        assertThat(delivered).hasSize(1);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_refused_change_records_nothing_and_its_refusal_is_published_at_once(Storages kind) {
        StorageProvider storage = open(kind);
        Lms lms = lms(storage, SETTINGS, recording());

        assertThatThrownBy(() -> lms.certification().grading().defineGradingTable(CORRECTOR, PathId.of("p1"),
                table("13"), 0)).isInstanceOf(PermissionDeniedException.class);

        assertThat(storage.outbox().summary().pending()).isZero();
        assertThat(publishedAtOnce).singleElement().isInstanceOf(CertificationEvent.GradingTableChangeRefused.class);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void an_event_recorded_before_a_crash_is_delivered_by_the_next_process(Storages kind) {
        StorageProvider storage = open(kind);
        List<EventEnvelope> lostWithTheProcess = new ArrayList<>();
        Lms before = Lms.builder().storage(storage).clock(clock).eventPublisher(new EventPublisher() {
            @Override
            public void publish(LmsEvent event) {
                lostWithTheProcess.add(null);
            }
        }).outbox(SETTINGS).build();
        before.certification().grading().defineGradingTable(ADMIN, PathId.of("p1"), table("13"), 0);
        // the process dies here: committed, never handed over (its relay never ran)

        Lms after = lms(storage, SETTINGS.withNode("node-b"), recording());
        after.events().relay().orElseThrow().drain();

        assertThat(lostWithTheProcess).isEmpty();
        assertThat(delivered).singleElement().extracting(e -> e.event().getClass())
                .isEqualTo(CertificationEvent.GradingTableChanged.class);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_publisher_that_throws_loses_nothing_reorders_nothing_and_holds_back_only_its_aggregate(Storages kind) {
        StorageProvider storage = open(kind);
        AtomicInteger failuresLeft = new AtomicInteger(1);
        Lms lms = lms(storage, SETTINGS, delivering(envelope -> {
            if (envelope.aggregateId().equals("p1") && failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("LRS unreachable");
            }
            delivered.add(envelope);
        }));
        var grading = lms.certification().grading();
        grading.defineGradingTable(ADMIN, PathId.of("p1"), table("13"), 0);
        grading.defineGradingTable(ADMIN, PathId.of("p1"), table("12"), 1);
        grading.defineGradingTable(ADMIN, PathId.of("p2"), table("13"), 0);
        EventRelay relay = lms.events().relay().orElseThrow();

        relay.drain();
        assertThat(delivered).extracting(EventEnvelope::aggregateId).containsExactly("p2");
        OutboxEvent failed = storage.outbox().list(Optional.empty(), PageRequest.first(10)).items().get(0);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("IllegalStateException: LRS unreachable");
        assertThat(failed.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(10));

        clock.advance(Duration.ofSeconds(9));
        relay.drain();
        assertThat(delivered).hasSize(1); // still backing off
        clock.advance(Duration.ofSeconds(1));
        relay.drain();

        assertThat(delivered).extracting(EventEnvelope::aggregateId).containsExactly("p2", "p1", "p1");
        assertThat(delivered.get(1).attempt()).isEqualTo(2);
        assertThat(delivered.get(1).event()).isInstanceOfSatisfying(CertificationEvent.GradingTableChanged.class,
                e -> assertThat(e.version()).isEqualTo(1));
        assertThat(delivered.get(2).event()).isInstanceOfSatisfying(CertificationEvent.GradingTableChanged.class,
                e -> assertThat(e.version()).isEqualTo(2));
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void a_backlog_of_one_aggregate_goes_out_as_a_run_and_a_failure_sends_the_rest_back_behind_it(Storages kind) {
        StorageProvider storage = open(kind);
        AtomicInteger deliveries = new AtomicInteger();
        Lms lms = lms(storage, SETTINGS, delivering(envelope -> {
            if (deliveries.incrementAndGet() == 3) {
                throw new IllegalStateException("LRS hiccup");
            }
            delivered.add(envelope);
        }));
        for (int version = 0; version < 5; version++) {
            lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p1"), table(String.valueOf(8 + version)),
                    version);
        }
        EventRelay relay = lms.events().relay().orElseThrow();

        assertThat(relay.deliverDue()).as("one round claims the whole run").isEqualTo(5);

        assertThat(delivered).extracting(e -> ((CertificationEvent.GradingTableChanged) e.event()).version())
                .containsExactly(1L, 2L);
        List<OutboxEvent> pending = storage.outbox().list(Optional.of(OutboxStatus.PENDING), PageRequest.first(10))
                .items();
        assertThat(pending).hasSize(3);
        assertThat(pending.get(0).attempts()).isEqualTo(1);
        assertThat(pending.subList(1, 3)).allSatisfy(rest -> {
            assertThat(rest.attempts()).as("released untouched").isZero();
            assertThat(rest.leaseUntil()).isEmpty();
        });
        clock.advance(Duration.ofSeconds(10));
        assertThat(relay.deliverDue()).isEqualTo(3);
        assertThat(delivered).extracting(e -> ((CertificationEvent.GradingTableChanged) e.event()).version())
                .containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void an_event_that_keeps_failing_is_parked_and_an_administrator_retries_it(Storages kind) {
        StorageProvider storage = open(kind);
        AtomicInteger failuresLeft = new AtomicInteger(3);
        Lms lms = lms(storage, SETTINGS, delivering(envelope -> {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("poison");
            }
            delivered.add(envelope);
        }));
        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p1"), table("13"), 0);
        EventRelay relay = lms.events().relay().orElseThrow();
        for (int round = 0; round < 3; round++) {
            relay.drain();
            clock.advance(Duration.ofMinutes(1));
        }
        EventOutbox outbox = lms.events();
        OutboxEvent parked = outbox.list(ADMIN, Optional.of(OutboxStatus.PARKED), PageRequest.first(10)).items()
                .get(0);
        assertThat(parked.attempts()).isEqualTo(3);
        assertThat(outbox.summary(ADMIN).parked()).isEqualTo(1);
        assertThat(relay.drain()).isZero(); // parked: no longer claimed

        OutboxEvent retried = outbox.retry(ADMIN, parked.id());
        assertThat(retried.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(retried.attempts()).isZero();
        relay.drain();
        assertThat(delivered).singleElement().extracting(EventEnvelope::id).isEqualTo(parked.id());
        assertThat(outbox.find(ADMIN, parked.id()).status()).isEqualTo(OutboxStatus.DELIVERED);
        assertThatThrownBy(() -> outbox.retry(ADMIN, parked.id())).isInstanceOfSatisfying(
                RuleRefusedException.class, e -> assertThat(e.code()).isEqualTo("outbox.retry.not-parked"));
    }

    @Test
    void only_an_administrator_reads_or_retries_the_outbox_and_ids_are_checked() {
        Lms lms = lms(InMemoryStorage.create(), SETTINGS, recording());
        EventOutbox outbox = lms.events();
        Actor learner = Actor.of("robert-redford", Role.LEARNER);

        assertThatThrownBy(() -> outbox.list(learner, Optional.empty(), PageRequest.first(10)))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo("outbox.read"));
        assertThatThrownBy(() -> outbox.summary(learner)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> outbox.retry(learner, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo("outbox.retry"));
        assertThatThrownBy(() -> outbox.list(null, Optional.empty(), PageRequest.first(10)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outbox.list(ADMIN, null, PageRequest.first(10)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("status"));
        assertThatThrownBy(() -> outbox.list(ADMIN, Optional.empty(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.getMessage()).contains("page"));
        assertThatThrownBy(() -> outbox.find(ADMIN, "not-a-uuid")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outbox.find(ADMIN, "00000000-0000-0000-0000-00000000000A"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outbox.find(ADMIN, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> outbox.retry(ADMIN, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> outbox.find(learner, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOfSatisfying(PermissionDeniedException.class,
                        e -> assertThat(e.rule()).isEqualTo("outbox.read"));
        assertThat(outbox.enabled()).isTrue();
    }

    @Test
    void with_the_outbox_off_events_go_out_after_commit_and_the_outbox_is_empty() {
        List<LmsEvent> published = new ArrayList<>();
        Lms lms = Lms.builder().storage(InMemoryStorage.create()).clock(clock).eventPublisher(published::add)
                .build();
        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p1"), table("13"), 0);

        assertThat(published).hasSize(1);
        assertThat(lms.events().enabled()).isFalse();
        assertThat(lms.events().relay()).isEmpty();
        assertThat(lms.events().summary(ADMIN).pending()).isZero();
        assertThat(lms.events().list(ADMIN, Optional.empty(), PageRequest.first(5)).items()).isEmpty();
        assertThatThrownBy(() -> lms.events().find(ADMIN, "00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_storage_without_an_outbox_is_refused_when_the_outbox_is_on() {
        StorageProvider inMemory = InMemoryStorage.create();
        // a host's own storage written before the outbox existed: every store but the outbox
        StorageProvider without = (StorageProvider) java.lang.reflect.Proxy.newProxyInstance(
                StorageProvider.class.getClassLoader(), new Class<?>[] {StorageProvider.class},
                (proxy, method, args) -> method.getName().equals("outbox")
                        ? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
                        : method.invoke(inMemory, args));
        assertThatThrownBy(() -> Lms.builder().storage(without).outbox(SETTINGS).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has none");
    }

    @Test
    void the_relay_s_thread_delivers_soon_after_a_write_wakes_it_and_stops_when_closed() throws Exception {
        Lms lms = lms(InMemoryStorage.create(), SETTINGS.withNode("threaded"), recording());
        EventRelay relay = lms.events().relay().orElseThrow();
        relay.start();
        relay.start(); // once

        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p1"), table("13"), 0);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (delivered.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(delivered).hasSize(1);
        relay.close();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("lmskit-event-relay")
                && t.isAlive());
    }

    @Test
    void settings_are_checked_and_the_back_off_doubles_up_to_its_cap() {
        assertThat(SETTINGS.backOffAfter(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SETTINGS.backOffAfter(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(SETTINGS.backOffAfter(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(SETTINGS.backOffAfter(4)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SETTINGS.backOffAfter(1000)).isEqualTo(Duration.ofMinutes(1));
        OutboxSettings d = OutboxSettings.ofDefaults();
        assertThat(d.node()).startsWith("relay-");
        assertThatThrownBy(() -> d.withNode(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withNode("a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withNode("x".repeat(OutboxSettings.MAX_NODE + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxSettings("n", 0, d.lease(), d.pollInterval(), d.firstBackOff(),
                d.maxBackOff(), 1, d.retention())).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> new OutboxSettings("n", 1001, d.lease(), d.pollInterval(), d.firstBackOff(),
                d.maxBackOff(), 1, d.retention())).hasMessageContaining("batchSize");
        assertThatThrownBy(() -> new OutboxSettings("n", 1, Duration.ZERO, d.pollInterval(), d.firstBackOff(),
                d.maxBackOff(), 1, d.retention())).hasMessageContaining("lease");
        assertThatThrownBy(() -> new OutboxSettings("n", 1, d.lease(), d.pollInterval(), Duration.ofMinutes(10),
                Duration.ofMinutes(5), 1, d.retention())).hasMessageContaining("maxBackOff");
        assertThatThrownBy(() -> new OutboxSettings("n", 1, d.lease(), d.pollInterval(), d.firstBackOff(),
                d.maxBackOff(), 0, d.retention())).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new OutboxSettings("n", 1, d.lease(), d.pollInterval(), d.firstBackOff(),
                d.maxBackOff(), 1, Duration.ofDays(-1))).hasMessageContaining("retention");
        assertThatThrownBy(() -> new OutboxSettings("n", 1, d.lease(), Duration.ofMillis(9), d.firstBackOff(),
                d.maxBackOff(), 1, d.retention())).hasMessageContaining("pollInterval");
        assertThatThrownBy(() -> new OutboxSettings("n", 1, d.lease(), d.pollInterval(), Duration.ZERO,
                d.maxBackOff(), 1, d.retention())).hasMessageContaining("firstBackOff");
        assertThatThrownBy(() -> new OutboxSettings("n", 1, d.lease(), d.pollInterval(), d.firstBackOff(),
                d.maxBackOff(), 1001, d.retention())).hasMessageContaining("maxAttempts");
        // each bound itself is accepted
        OutboxSettings edges = new OutboxSettings("x".repeat(OutboxSettings.MAX_NODE), 1000, Duration.ofSeconds(1),
                Duration.ofMillis(10), Duration.ofMillis(1), Duration.ofMillis(1), 1000, Duration.ZERO);
        assertThat(edges.backOffAfter(5)).isEqualTo(Duration.ofMillis(1));
        assertThat(new OutboxSettings("n", 1, Duration.ofDays(1), Duration.ofDays(1), Duration.ofDays(1),
                Duration.ofDays(7), 1, Duration.ofDays(3650)).batchSize()).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("org.lmskit.core.Storages#both")
    void the_retention_purges_delivered_events_once_they_are_old_enough(Storages kind) {
        StorageProvider storage = open(kind);
        Lms lms = lms(storage, SETTINGS, recording());
        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p1"), table("13"), 0);
        EventRelay relay = lms.events().relay().orElseThrow();
        relay.drain();

        clock.advance(Duration.ofDays(7));
        assertThat(relay.purgeDelivered()).isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(relay.purgeDelivered()).isEqualTo(1);
        assertThat(storage.outbox().summary().delivered()).isZero();
    }
}
