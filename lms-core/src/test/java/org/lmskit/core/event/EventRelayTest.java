package org.lmskit.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lmskit.core.Lms;
import org.lmskit.core.MovableClock;
import org.lmskit.core.certification.GradingTable;
import org.lmskit.core.id.PathId;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;

/**
 * The relay's own behaviour, in memory: its rounds, its thread (woken by a write, not by its poll), and what it tells
 * an observer. {@link OutboxDeliveryTest} covers delivery itself on both adapters.
 */
class EventRelayTest {
    private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    private static final String THREAD = "lmskit-event-relay";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T09:00:00Z"));
    private final List<EventEnvelope> delivered = new CopyOnWriteArrayList<>();
    private final List<String> relayed = new CopyOnWriteArrayList<>();
    private boolean failing;
    private EventRelay relay;
    private Lms lms;

    private void open(int batchSize, Duration pollInterval) {
        OutboxSettings settings = new OutboxSettings("node-r", batchSize, Duration.ofSeconds(30), pollInterval,
                Duration.ofSeconds(10), Duration.ofMinutes(1), 3, Duration.ofDays(7));
        lms = Lms.builder().storage(InMemoryStorage.create()).clock(clock).outbox(settings)
                .observer(new LmsObserver() {
                    @Override
                    public void relayed(String type, boolean ok, Duration lag) {
                        relayed.add(type + " " + ok + " " + lag);
                    }
                })
                .eventPublisher(new EventPublisher() {
                    @Override
                    public void publish(LmsEvent event) {
                    }

                    @Override
                    public void deliver(EventEnvelope envelope) {
                        if (failing) {
                            throw new IllegalStateException("down");
                        }
                        delivered.add(envelope);
                    }
                }).build();
        relay = lms.events().relay().orElseThrow();
    }

    @AfterEach
    void close() {
        if (relay != null) {
            relay.close();
        }
    }

    private void change(int version) {
        lms.certification().grading().defineGradingTable(ADMIN, PathId.of("p" + version),
                GradingTable.of(new BigDecimal("19"), new BigDecimal("16"), new BigDecimal("13")), 0);
    }

    @Test
    void drain_runs_rounds_until_one_finds_nothing_and_counts_every_event() {
        open(2, Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) {
            change(i);
        }

        assertThat(relay.drain()).isEqualTo(5);
        assertThat(delivered).hasSize(5);
        assertThat(relay.drain()).isZero();
        assertThat(relay.settings().batchSize()).isEqualTo(2);
    }

    @Test
    void the_observer_hears_each_delivery_and_failure_with_its_lag_since_recording() {
        open(10, Duration.ofSeconds(1));
        change(1);
        clock.advance(Duration.ofSeconds(3));
        failing = true;
        relay.drain();
        clock.advance(Duration.ofSeconds(12));
        failing = false;
        relay.drain();

        String type = delivered.get(0).type();
        assertThat(relayed).containsExactly(type + " false PT3S", type + " true PT15S");
    }

    /**
     * With a poll of a day, only a write's wake-up can make the thread deliver; closing wakes it too, and returns
     * once the thread is gone. The thread is a daemon, so a host that forgets to close it can still exit.
     */
    @Test
    void the_thread_is_a_daemon_woken_by_a_write_and_closing_ends_it_without_waiting_for_the_poll()
            throws Exception {
        open(10, Duration.ofDays(1));
        relay.start();
        assertThat(await(() -> relayThread().isPresent())).isTrue();
        assertThat(relayThread().orElseThrow().isDaemon()).isTrue();
        Thread.sleep(50); // the thread has run its first round and waits on its day-long poll

        change(1);

        assertThat(await(() -> delivered.size() == 1)).as("delivered on the write's wake-up").isTrue();
        long closing = System.nanoTime();
        relay.close();
        assertThat(relayThread()).as("the thread ended before close returned").isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - closing)).isLessThan(Duration.ofSeconds(5));
    }

    private static Optional<Thread> relayThread() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(THREAD) && t.isAlive())
                .findFirst();
    }

    private static boolean await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }
}
