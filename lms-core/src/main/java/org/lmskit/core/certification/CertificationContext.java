package org.lmskit.core.certification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.lmskit.core.assembly.Ports;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.LmsException;
import org.lmskit.core.event.EventPublisher;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.IdGenerator;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.notification.Notifier;
import org.lmskit.core.policy.Decision;
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
    final Operations ops;
    final Clock clock;
    final PathCompletions pathCompletions;

    CertificationContext(Ports ports, CertificationSettings settings, PathCompletions pathCompletions) {
        this.storage = ports.storage();
        this.ops = Operations.of(ports, "certification", CertificationEvent.Refused::new);
        this.audit = ops.audit();
        this.events = ports.events();
        this.notifier = ports.notifier();
        this.directory = ports.directory();
        this.ids = new IdGenerator(ports.ids());
        this.settings = settings;
        this.access = new LearnerAccess(directory, ops);
        this.clock = ports.clock();
        this.pathCompletions = pathCompletions;
    }

    /** Today, in the injected clock's zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    Instant now() {
        return ops.now();
    }

    /** One transaction; events published meanwhile go out once it commits ({@link Operations#write}). */
    <T> T write(Supplier<T> work) {
        return ops.write(work);
    }

    /** A view's reads in one read-only transaction. */
    <T> T read(Supplier<T> work) {
        return ops.read(work);
    }

    /** Publishes a change's event after its transaction commits (at once outside one). */
    void publish(CertificationEvent event) {
        ops.publish(event);
    }

    /** Throws the rejection as a rule refusal (422) after publishing it; does nothing when allowed. */
    void enforce(Actor actor, Decision decision) {
        ops.enforce(actor, decision);
    }

    void refuse(Actor actor, LmsException refusal) {
        throw ops.refuse(actor, refusal);
    }
}
