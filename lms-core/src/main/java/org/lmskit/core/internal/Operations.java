package org.lmskit.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lmskit.core.assembly.Ports;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.LmsException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.event.EventCodec;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.UserId;
import org.lmskit.core.observation.LmsObserver;
import org.lmskit.core.observation.OperationSample;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.Transactions;
import org.lmskit.spi.audit.FieldChange;
import org.lmskit.spi.outbox.NewOutboxEvent;
import org.lmskit.spi.outbox.OutboxStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way every capability runs an operation: {@link #write} opens the transaction (joining the one in
 * progress), translates the stores' failures, and hands the events {@link #publish published} meanwhile to
 * the host only once it commits (dropped on rollback); {@link #writeRetrying} runs it again while it loses a
 * race to another writer; {@link #permit} and {@link #enforce} turn a policy's {@link Decision} into the
 * library's refusal after publishing the capability's refusal event.
 */
public final class Operations {
    private static final Logger LOG = LoggerFactory.getLogger(Operations.class);
    /** The events of the transaction in progress on this thread, shared by every capability so nested writes join. */
    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();
    /**
     * Set while a transaction is open: a refusal's event waits here until the transaction is over, committed or
     * rolled back, so that a publisher writing in response does not join a transaction about to roll back. In a
     * view it is the view's whole list (a view commits nothing an event could wait for).
     */
    private static final ThreadLocal<List<Runnable>> AFTER_END = new ThreadLocal<>();
    /** With the outbox on: the events of the write in progress, appended in one batch just before it commits. */
    private static final ThreadLocal<List<NewOutboxEvent>> RECORDED = new ThreadLocal<>();

    /** Builds a capability's refusal event: when, who (null when unknown), which rule, why. */
    @FunctionalInterface
    public interface RefusalEvent {
        LmsEvent of(Instant at, UserId actor, String rule, String reason);
    }

    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditWriter audit;
    private final RefusalEvent refusal;
    /** The outbox a change's events are recorded in, when on; null when they go to {@link #events} after commit. */
    private final OutboxStore outbox;
    private final EventCodec codec;
    private final Runnable recorded;
    /** The capability these operations belong to, as the observer hears it. */
    private final String capability;
    private final LmsObserver observer;
    /** Whether anyone listens: with {@link LmsObserver#NONE} nothing is timed, not even the caller looked up. */
    private final boolean observed;

    private Operations(Transactions transactions, EventPublisher events, AuditWriter audit, RefusalEvent refusal,
                       OutboxStore outbox, EventCodec codec, Runnable recorded, String capability,
                       LmsObserver observer) {
        this.transactions = transactions;
        this.events = events;
        this.audit = audit;
        this.refusal = refusal;
        this.outbox = outbox;
        this.codec = codec;
        this.recorded = recorded;
        this.capability = capability;
        this.observer = observer;
        this.observed = observer != LmsObserver.NONE;
    }

    /**
     * The kernel of one capability (named {@code capability} to the observer), over the host's ports, publishing
     * {@code refusal} events for its refusals.
     */
    public static Operations of(Ports ports, String capability, RefusalEvent refusal) {
        AuditWriter audit = new AuditWriter(ports.storage().auditTrail(), ports.clock());
        return ports.outbox().map(relay -> new Operations(ports.storage().transactions(), ports.events(), audit,
                        refusal, ports.storage().outbox(), relay.codec(), (Runnable) relay::wake, capability,
                        ports.observer()))
                .orElseGet(() -> new Operations(ports.storage().transactions(), ports.events(), audit, refusal,
                        null, null, () -> {
                        }, capability, ports.observer()));
    }

    /** Now, from the injected clock, at the stores' microsecond precision. */
    public Instant now() {
        return audit.now();
    }

    public AuditWriter audit() {
        return audit;
    }

    /**
     * Runs {@code work} in one transaction, translating the SPI's failures into the library's; inside a
     * transaction already open on this thread it simply joins it. Events published meanwhile go out once the
     * outermost transaction commits, in order, and are dropped if it rolls back.
     */
    public <T> T write(Supplier<T> work) {
        if (PENDING.get() != null) {
            return work.get();
        }
        if (!observed) {
            return writeOnce(work);
        }
        return timed(true, () -> writeOnce(work));
    }

    private <T> T writeOnce(Supplier<T> work) {
        List<Runnable> buffered = new ArrayList<>();
        List<Runnable> refusals = new ArrayList<>();
        List<NewOutboxEvent> toRecord = new ArrayList<>();
        PENDING.set(buffered);
        AFTER_END.set(refusals);
        RECORDED.set(toRecord);
        T result;
        try {
            result = StoreCalls.inTransaction(transactions, () -> {
                T done = work.get();
                if (!toRecord.isEmpty()) { // the change's events commit with it, or not at all
                    outbox.append(List.copyOf(toRecord));
                }
                return done;
            });
        } finally {
            PENDING.remove();
            AFTER_END.remove();
            RECORDED.remove();
            refusals.forEach(Runnable::run);
        }
        buffered.forEach(Runnable::run);
        return result;
    }

    /**
     * Runs a view's reads in one read-only transaction (one connection on a database); inside a transaction already
     * open on this thread it simply joins it.
     */
    public <T> T read(Supplier<T> work) {
        if (PENDING.get() != null) {
            return work.get();
        }
        if (!observed) {
            return readOnce(work);
        }
        return timed(false, () -> readOnce(work));
    }

    private <T> T readOnce(Supplier<T> work) {
        // a host's publisher may write (to lmskit too): it runs once the view's read-only transaction is over,
        // whether the view answered or refused, as a view commits nothing that an event could wait for
        List<Runnable> buffered = new ArrayList<>();
        PENDING.set(buffered);
        AFTER_END.set(buffered);
        try {
            return StoreCalls.inReadOnlyTransaction(transactions, work);
        } finally {
            PENDING.remove();
            AFTER_END.remove();
            buffered.forEach(Runnable::run);
        }
    }

    /**
     * {@link #write} for an operation without a client version: when it loses a race (a stale version, or,
     * when {@code insertsRace}, a record another writer inserted first) it runs again on the winner's result,
     * up to {@link StoreCalls#CROWD_RETRIES} times. Inside a transaction already open it cannot retry alone,
     * so it joins it and lets the outer operation decide.
     */
    public <T> T writeRetrying(boolean insertsRace, Supplier<T> work) {
        if (PENDING.get() != null) {
            return work.get();
        }
        if (!observed) {
            return retrying(insertsRace, work);
        }
        return timed(true, () -> retrying(insertsRace, work));
    }

    private <T> T retrying(boolean insertsRace, Supplier<T> work) {
        int[] runs = {0};
        T result = StoreCalls.retryingLostRaces(StoreCalls.CROWD_RETRIES, insertsRace, () -> {
            runs[0]++;
            return writeOnce(work);
        });
        if (runs[0] > 1) {
            LOG.debug("an operation lost {} race(s) to other writers before it went through", runs[0] - 1);
        }
        return result;
    }

    /**
     * Runs an outermost operation and tells the observer how long it took and how it ended, named after the library
     * method the host called (see {@link #caller()}, e.g. {@code CertificationService.defineGradingTable}).
     */
    private <T> T timed(boolean write, Supplier<T> work) {
        String operation = caller();
        long start = System.nanoTime();
        Throwable failure = null;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            OperationSample sample = new OperationSample(capability, operation, write,
                    Duration.ofNanos(System.nanoTime() - start), outcome(failure));
            tell(() -> observer.operation(sample));
            String rule = ruleOf(failure);
            if (rule != null) { // every refusal thrown out of an operation, however it was raised
                tell(() -> observer.refused(capability, rule));
            }
        }
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    /**
     * Whether a class is the library's own, cached per class: in lms-core's packages and loaded from lms-core's jar
     * (so neither a test class of the same package, nor a host's class shaded into one jar with lms-core).
     */
    private static final ClassValue<Boolean> IN_LIBRARY = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return type.getName().startsWith("org.lmskit.core.")
                    && type.getClassLoader() == Operations.class.getClassLoader()
                    && java.util.Objects.equals(codeSource(type), codeSource(Operations.class));
        }
    };

    private static java.net.URL codeSource(Class<?> type) {
        java.security.CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : source.getLocation();
    }

    /**
     * The library method the host called: the last frame of lms-core's own before the stack leaves it (so
     * {@code CertificationService.defineGradingTable}, not the helper or lambda it ran through).
     */
    private static String caller() {
        return WALKER.walk(frames -> frames
                .takeWhile(f -> IN_LIBRARY.get(f.getDeclaringClass()))
                .reduce((inner, outer) -> outer)
                .map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getMethodName())
                .orElse("unknown"));
    }

    /** The outcome of an operation that threw {@code failure} (null: it did not). */
    static OperationSample.Outcome outcome(Throwable failure) {
        if (failure == null) {
            return OperationSample.Outcome.OK;
        } else if (failure instanceof InvalidInputException) {
            return OperationSample.Outcome.INVALID;
        } else if (failure instanceof PermissionDeniedException) {
            return OperationSample.Outcome.DENIED;
        } else if (failure instanceof NotFoundException) {
            return OperationSample.Outcome.NOT_FOUND;
        } else if (failure instanceof ConflictException) {
            return OperationSample.Outcome.CONFLICT;
        } else if (failure instanceof RuleRefusedException) {
            return OperationSample.Outcome.REFUSED;
        }
        return OperationSample.Outcome.ERROR;
    }

    /** The rule a refusal names (the access rule of a 403, the business rule of a 422); null for anything else. */
    private static String ruleOf(Throwable failure) {
        if (failure instanceof PermissionDeniedException denied) {
            return denied.rule();
        } else if (failure instanceof RuleRefusedException refused) {
            return refused.code();
        }
        return null;
    }

    /** Tells the observer something; what it throws is logged and ignored, as the work is done. */
    private static void tell(Runnable report) {
        try {
            report.run();
        } catch (RuntimeException e) {
            LOG.warn("the observer failed; ignored", e);
        }
    }

    /** The observer of this capability's operations ({@link LmsObserver#NONE} when none is set). */
    public LmsObserver observer() {
        return observer;
    }

    /** Tells the observer, unless it is {@link LmsObserver#NONE}; what it throws is logged and ignored. */
    public void observe(java.util.function.Consumer<LmsObserver> report) {
        if (observed) {
            tell(() -> report.accept(observer));
        }
    }

    /**
     * Publishes a change's event after its transaction commits (at once outside one). With the outbox on, the event is
     * recorded in the transaction instead (in its own outside one) and the relay, woken after the commit, delivers
     * it; an event published by a view (which changes nothing) still goes to the publisher directly.
     */
    public void publish(LmsEvent event) {
        if (outbox == null || inView()) {
            afterCommit(() -> events.publish(event));
            return;
        }
        EventCodec.Encoded encoded = codec.encode(event);
        NewOutboxEvent entry = new NewOutboxEvent(UUID.randomUUID().toString(), encoded.aggregateType(),
                encoded.aggregateId(), encoded.type(), encoded.payload(), now());
        List<NewOutboxEvent> toRecord = RECORDED.get();
        if (toRecord == null) {
            StoreCalls.translating(() -> {
                outbox.append(List.of(entry));
                return null;
            });
            recorded.run();
        } else {
            toRecord.add(entry);
            afterCommit(recorded);
        }
    }

    /** Whether the thread is inside a view's read-only transaction, where nothing is recorded. */
    private static boolean inView() {
        List<Runnable> pending = PENDING.get();
        return pending != null && pending == AFTER_END.get();
    }

    /**
     * Runs {@code action} (sending a notification, say) once the transaction in progress commits, in order with
     * the events; never if it rolls back; at once outside a transaction.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> buffered = PENDING.get();
        if (buffered == null) {
            action.run();
        } else {
            buffered.add(action);
        }
    }

    /** An access policy's answer: a rejection is a permission refusal (403) naming its rule, published first. */
    public void permit(Actor actor, Decision decision) {
        // a rule that answers nothing is a defect of the rule (a host's policy included), never a permission
        java.util.Objects.requireNonNull(decision, "an access rule answered no decision");
        if (decision instanceof Decision.Rejected rejected) {
            throw refuse(actor, new PermissionDeniedException(rejected.rule(), rejected.reason()));
        }
    }

    /**
     * An access rule asked of a required actor: {@code rule} is applied only once the actor is known to be
     * there, e.g. {@code ops.permit(actor, access::defineCatalogue)} or {@code ops.permit(actor, a ->
     * access.enrol(a, learner, type))}.
     */
    public void permit(Actor actor, Function<Actor, Decision> rule) {
        permit(requireActor(actor), rule.apply(actor));
    }

    /**
     * Adds a catalogue record (version 0) or replaces it from the version read, in one transaction, audited as
     * "created" or "updated" field by field: {@code fields} names what a record of this kind holds (as text), and the
     * entry lists each field whose value differs between the stored record ({@code current}, read inside the
     * transaction before the update; nothing for a new record) and the one stored. {@code before} runs first, inside
     * the transaction (the checks that read other records).
     */
    public <T> T define(Actor actor, String recordType, long version, Runnable before, Supplier<T> insert,
                        Supplier<T> current, Supplier<T> update, Function<T, String> idOf,
                        Function<T, Map<String, String>> fields) {
        return write(() -> {
            before.run();
            Map<String, String> previous = version == 0 ? Map.of() : fields.apply(current.get());
            T stored = version == 0 ? insert.get() : update.get();
            audit.record(actor, recordType, idOf.apply(stored), version == 0 ? "created" : "updated",
                    fieldChanges(previous, fields.apply(stored)));
            return stored;
        });
    }

    /**
     * The fields whose text differs between two states of a record, in {@code after}'s order. Both states name the
     * same fields ({@link #fields}, a field without a value mapped to null); an empty {@code before} is a new record.
     */
    public static List<FieldChange> fieldChanges(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new java.util.ArrayList<>();
        after.forEach((field, value) -> {
            if (!java.util.Objects.equals(before.get(field), value)) {
                changes.add(new FieldChange(field, before.get(field), value));
            }
        });
        return changes;
    }

    /** An ordered map of a record's audited fields, for {@link #define}; a null value is a field without one. */
    public static Map<String, String> fields(Object... namesAndValues) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            fields.put((String) namesAndValues[i], value == null ? null : String.valueOf(value));
        }
        return fields;
    }

    /** A business rule's answer: a rejection is a rule refusal (422) naming its rule and field, published first. */
    public void enforce(Actor actor, Decision decision) {
        java.util.Objects.requireNonNull(decision, "a business rule answered no decision");
        if (decision instanceof Decision.Rejected rejected) {
            throw refuse(actor, new RuleRefusedException(rejected.rule(), rejected.field(), rejected.reason()));
        }
    }

    /**
     * Publishes the refusal event at once outside a transaction, else once the transaction is over whatever its
     * outcome (a refusal commits nothing, so it does not wait for a commit, but a publisher that writes in response
     * must not join a transaction that the refusal is about to roll back), and returns the refusal for the caller
     * to throw.
     */
    public <E extends LmsException> E refuse(Actor actor, E refused) {
        String rule = refused instanceof PermissionDeniedException denied ? denied.rule() : refused.code();
        LOG.debug("refused {} to {}: {}", rule, actor == null ? "nobody" : actor.id(), refused.getMessage());
        if (observed && PENDING.get() == null) { // inside an operation, it is heard as the operation ends
            tell(() -> observer.refused(capability, rule));
        }
        LmsEvent event = refusal.of(now(), actor == null ? null : actor.id(), rule, refused.getMessage());
        List<Runnable> afterEnd = AFTER_END.get();
        if (afterEnd == null) {
            events.publish(event);
        } else {
            afterEnd.add(() -> events.publish(event));
        }
        return refused;
    }

    /** The acting user, required by every operation. */
    public static Actor requireActor(Actor actor) {
        return required("actor", actor);
    }

    /** Refuses a missing argument as invalid input naming {@code field}. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw InvalidInputException.of(field, "is required");
        }
        return value;
    }
}
