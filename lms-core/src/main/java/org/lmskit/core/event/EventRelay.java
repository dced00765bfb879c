package org.lmskit.core.event;

import org.apiguardian.api.API;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox's events to the host's {@link EventPublisher#deliver} at least once, in order per aggregate.
 * Each round claims a batch under a lease (each aggregate's run from its oldest pending event, so relays on several
 * nodes never hand over the same event, nor one aggregate's events at once, while the lease holds), delivers each run
 * in order, and marks what went through; an event whose delivery throws is
 * tried again after a back-off that doubles, then parked after {@link OutboxSettings#maxAttempts()} failures, without
 * holding back the other aggregates.
 *
 * <p>Run it on the relay's own thread with {@link #start()} (a write wakes it at once; otherwise it polls), or call
 * {@link #drain()} from the host's scheduler. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EventRelay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EventRelay.class);
    /** The longest failure text kept with an event. */
    public static final int MAX_ERROR = 500;
    /** Rounds one {@link #drain()} runs at most, so a flood never keeps it from returning. */
    private static final int MAX_ROUNDS = 1000;
    private static final Duration PURGE_EVERY = Duration.ofMinutes(1);

    private final OutboxStore store;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final Clock clock;
    private final OutboxSettings settings;
    private final LmsObserver observer;
    private final Object signal = new Object();
    private boolean woken;
    private volatile boolean running;
    private Thread thread;
    private Instant lastPurge = Instant.MIN;

    public EventRelay(OutboxStore store, EventPublisher publisher, EventCodec codec, Clock clock,
                      OutboxSettings settings) {
        this(store, publisher, codec, clock, settings, LmsObserver.NONE);
    }

    /** A relay that tells {@code observer} each event's delivery or failure and how long after its recording. */
    public EventRelay(OutboxStore store, EventPublisher publisher, EventCodec codec, Clock clock,
                      OutboxSettings settings, LmsObserver observer) {
        this.observer = Objects.requireNonNull(observer, "observer");
        this.store = Objects.requireNonNull(store, "store");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** How this relay's events are recorded and read back. */
    public EventCodec codec() {
        return codec;
    }

    public OutboxSettings settings() {
        return settings;
    }

    /**
     * One round: claims a batch of due events and delivers it; returns how many were claimed (delivered or failed).
     */
    public int deliverDue() {
        Instant now = now();
        List<OutboxEvent> batch = store.claim(settings.node(), now, now.plus(settings.lease()), settings.batchSize());
        // each aggregate's run in order: after a failure, the rest of its run goes back untouched, behind it
        java.util.Map<List<String>, List<OutboxEvent>> runs = new java.util.LinkedHashMap<>();
        for (OutboxEvent recorded : batch) {
            runs.computeIfAbsent(List.of(recorded.aggregateType(), recorded.aggregateId()), k -> new ArrayList<>())
                    .add(recorded);
        }
        List<String> delivered = new ArrayList<>(batch.size());
        List<String> heldBack = new ArrayList<>();
        for (List<OutboxEvent> run : runs.values()) {
            for (int i = 0; i < run.size(); i++) {
                OutboxEvent recorded = run.get(i);
                try {
                    LmsEvent event = codec.decode(recorded.type(), recorded.payload());
                    publisher.deliver(new EventEnvelope(recorded.id(), recorded.type(), recorded.aggregateType(),
                            recorded.aggregateId(), recorded.attempts() + 1, event));
                    delivered.add(recorded.id());
                    observe(recorded, true);
                } catch (RuntimeException failure) {
                    failed(recorded, failure);
                    observe(recorded, false);
                    run.subList(i + 1, run.size()).forEach(rest -> heldBack.add(rest.id()));
                    break;
                }
            }
        }
        if (!heldBack.isEmpty()) {
            store.release(settings.node(), heldBack);
        }
        if (!delivered.isEmpty()) {
            int marked = store.markDelivered(settings.node(), delivered, now());
            if (marked < delivered.size()) {
                LOG.warn("{} of {} delivered events had lost their lease before being marked: they will be "
                        + "delivered again (lease {} too short?)", delivered.size() - marked, delivered.size(),
                        settings.lease());
            }
        }
        return batch.size();
    }

    /** Rounds until a round finds no due event (at most a thousand); returns how many events were claimed in all. */
    public int drain() {
        int total = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int claimed = deliverDue();
            total += claimed;
            if (claimed == 0) {
                break;
            }
        }
        return total;
    }

    /** Deletes the events delivered longer ago than the retention; returns how many. */
    public int purgeDelivered() {
        Instant cutOff = now().minus(settings.retention());
        int purged = 0;
        int chunk;
        do {
            chunk = store.purgeDelivered(cutOff, PageRequest.MAX_LIMIT);
            purged += chunk;
        } while (chunk == PageRequest.MAX_LIMIT);
        return purged;
    }

    /** Starts the relay's thread (once; later calls do nothing). */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, "lmskit-event-relay");
        thread.setDaemon(true);
        thread.start();
    }

    /** Asks the relay's thread to look for events now (a write just committed some). */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** Stops the relay's thread, waiting for the round in progress; events not yet delivered stay recorded. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            running = thread;
            this.running = false;
            thread = null;
        }
        if (running != null) {
            wake();
            try {
                running.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        while (running) {
            try {
                drain();
                Instant now = now();
                if (!now.isBefore(lastPurge.plus(PURGE_EVERY))) {
                    lastPurge = now;
                    int purged = purgeDelivered();
                    if (purged > 0) {
                        LOG.debug("purged {} delivered events older than {}", purged, settings.retention());
                    }
                }
            } catch (RuntimeException storeDown) {
                LOG.warn("event relay round failed; trying again in {}", settings.pollInterval(), storeDown);
            }
            synchronized (signal) {
                if (!woken && running) {
                    try {
                        signal.wait(Math.max(1, settings.pollInterval().toMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
                woken = false;
            }
        }
    }

    /** Tells the observer how long after its recording an event was handed over (or failed). */
    private void observe(OutboxEvent recorded, boolean delivered) {
        if (observer == LmsObserver.NONE) {
            return;
        }
        try {
            observer.relayed(recorded.type(), delivered, Duration.between(recorded.createdAt(), now()));
        } catch (RuntimeException e) {
            LOG.warn("the observer failed; ignored", e);
        }
    }

    private void failed(OutboxEvent recorded, RuntimeException failure) {
        int failures = recorded.attempts() + 1;
        boolean park = failures >= settings.maxAttempts();
        Instant next = now().plus(settings.backOffAfter(failures));
        String error = describe(failure);
        if (park) {
            LOG.warn("parked event {} ({}) after {} failed deliveries: {}", recorded.id(), recorded.type(), failures,
                    error);
        } else {
            LOG.info("delivery {} of event {} ({}) failed, next try at {}: {}", failures, recorded.id(),
                    recorded.type(), next, error);
        }
        store.markFailed(settings.node(), recorded.id(), error, next, park);
    }

    private static String describe(RuntimeException failure) {
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_ERROR));
        text.codePoints().limit(MAX_ERROR).forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return clean.toString();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
