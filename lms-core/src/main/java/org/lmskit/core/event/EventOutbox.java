package org.lmskit.core.event;

import org.apiguardian.api.API;
import java.util.Optional;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;
import org.lmskit.spi.outbox.OutboxEvent;
import org.lmskit.spi.outbox.OutboxStatus;
import org.lmskit.spi.outbox.OutboxStore;
import org.lmskit.spi.outbox.OutboxSummary;

/**
 * The outbox as an administrator sees it: events by status, the relay's lag, and the retry of a parked event. Only
 * {@link Role#ADMINISTRATOR} may read or retry ({@code outbox.read}, {@code outbox.retry}). With the outbox off nothing
 * is recorded: the lists are empty and no event is found.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EventOutbox {
    private final Optional<EventRelay> relay;
    private final OutboxStore store;
    private final java.time.Clock clock;

    /** {@code store} is read only when {@code relay} is present (the outbox is on). */
    public EventOutbox(Optional<EventRelay> relay, OutboxStore store, java.time.Clock clock) {
        this.relay = relay;
        this.store = store;
        this.clock = clock;
    }

    /** The relay delivering the outbox, when the outbox is on: start it, or drain it from your own scheduler. */
    public Optional<EventRelay> relay() {
        return relay;
    }

    /** Whether a change's events are recorded in the outbox (at least once) rather than published after commit. */
    public boolean enabled() {
        return relay.isPresent();
    }

    /** The events in {@code status} (all when empty), in recording order. */
    public Page<OutboxEvent> list(Actor actor, Optional<OutboxStatus> status, PageRequest page) {
        require(actor, "outbox.read");
        if (status == null) {
            throw InvalidInputException.of("status", "is required (empty for every status)");
        }
        if (page == null) {
            throw InvalidInputException.of("page", "is required");
        }
        return relay.isPresent() ? store.list(status, page) : new Page<>(java.util.List.of(), 0, page);
    }

    /** How many events are pending, delivered and parked, and since when the oldest pending one waits. */
    public OutboxSummary summary(Actor actor) {
        require(actor, "outbox.read");
        return relay.isPresent() ? store.summary() : new OutboxSummary(0, 0, 0, Optional.empty());
    }

    /** One recorded event. */
    public OutboxEvent find(Actor actor, String id) {
        require(actor, "outbox.read");
        return lookUp(id);
    }

    /**
     * Puts a parked event back in line, due now with its attempts reset, and wakes the relay; refused when the event is
     * not parked ({@code outbox.retry.not-parked}, 422).
     */
    public OutboxEvent retry(Actor actor, String id) {
        require(actor, "outbox.retry");
        OutboxEvent event = lookUp(id);
        if (!store.retry(event.id(), clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS))) {
            throw new RuleRefusedException("outbox.retry.not-parked", "id",
                    "only a parked event is retried; this one is " + event.status());
        }
        relay.ifPresent(EventRelay::wake);
        return store.find(event.id()).orElseThrow();
    }

    private OutboxEvent lookUp(String id) {
        if (id == null) {
            throw InvalidInputException.of("id", "is required");
        }
        if (id.length() > 36 || !id.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw InvalidInputException.of("id", "must be an event id, a lower-case UUID");
        }
        return relay.flatMap(r -> store.find(id)).orElseThrow(() -> new NotFoundException("event", id));
    }

    private static void require(Actor actor, String rule) {
        if (actor == null) {
            throw InvalidInputException.of("actor", "is required");
        }
        if (!actor.has(Role.ADMINISTRATOR)) {
            throw new PermissionDeniedException(rule, "only an administrator reads the outbox or retries its events");
        }
    }
}
