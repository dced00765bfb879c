package org.lmskit.core.certification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.LmsException;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.IdGenerator;
import org.lmskit.core.internal.StoreCalls;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.policy.Decision;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.StorageProvider;

/** What every service of the capability shares: stores, transaction, audit, events, notifications, access. */
final class CertificationContext {
    final StorageProvider storage;
    final AuditWriter audit;
    final EventPublisher events;
    final Notifier notifier;
    final Directory directory;
    final IdGenerator ids;
    final CertificationSettings settings;
    final LearnerAccess access;
    private final ThreadLocal<List<CertificationEvent>> pending = new ThreadLocal<>();

    CertificationContext(StorageProvider storage, AuditWriter audit, EventPublisher events, Notifier notifier,
                         Directory directory, IdGenerator ids, CertificationSettings settings) {
        this.storage = storage;
        this.audit = audit;
        this.events = events;
        this.notifier = notifier;
        this.directory = directory;
        this.ids = ids;
        this.settings = settings;
        this.access = new LearnerAccess(directory,
                (actor, denied) -> events.publish(new CertificationEvent.Refused(now(), actor.id(), denied.rule(),
                        denied.getMessage())));
    }

    Instant now() {
        return audit.now();
    }

    /**
     * Runs writes in one transaction, translating the SPI's failures into the library's. Events
     * published meanwhile go out once it commits, and are dropped if it rolls back.
     */
    <T> T write(Supplier<T> work) {
        if (pending.get() != null) {
            return work.get();
        }
        List<CertificationEvent> buffered = new ArrayList<>();
        pending.set(buffered);
        T result;
        try {
            result = StoreCalls.inTransaction(storage.transactions(), work);
        } finally {
            pending.remove();
        }
        buffered.forEach(events::publish);
        return result;
    }

    /** Publishes a change's event after its transaction commits (at once outside one). */
    void publish(CertificationEvent event) {
        List<CertificationEvent> buffered = pending.get();
        if (buffered == null) {
            events.publish(event);
        } else {
            buffered.add(event);
        }
    }

    /** Throws the rejection as a rule refusal (422) after publishing it; does nothing when allowed. */
    void enforce(Actor actor, Decision decision) {
        if (decision instanceof Decision.Rejected rejected) {
            refuse(actor, new RuleRefusedException(rejected.rule(), rejected.field(), rejected.reason()));
        }
    }

    void refuse(Actor actor, LmsException refusal) {
        events.publish(new CertificationEvent.Refused(now(), actor == null ? null : actor.id(), refusal.code(),
                refusal.getMessage()));
        throw refusal;
    }
}
