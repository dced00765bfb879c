package org.lmskit.core.seats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.NotFoundException;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.internal.AuditWriter;
import org.lmskit.core.internal.Operations;
import org.lmskit.core.security.Actor;
import org.lmskit.spi.StorageProvider;

/**
 * What the services of the seats capability share: the stores, the operation kernel, the directory, the clock
 * whose zone decides "today", the rotation planner, the access policy, and the reads they all make.
 */
final class SeatContext {
    static final String SESSION_TYPE = "seat-session";

    final StorageProvider storage;
    final Operations ops;
    final AuditWriter audit;
    final Directory directory;
    final Clock clock;
    final RotationPlanner planner;
    final SeatAccess access;

    SeatContext(StorageProvider storage, Operations ops, Directory directory, Clock clock, WorkingDayCalendar calendar) {
        this.storage = storage;
        this.ops = ops;
        this.audit = ops.audit();
        this.directory = directory;
        this.clock = clock;
        this.planner = new RotationPlanner(calendar);
        this.access = new SeatAccess(directory);
    }

    /** Whether a member may follow the path on a day: a learning member of a licence session, a slot holder of a slot session. */
    static boolean access(SeatSession session, SessionMember member, LocalDate day) {
        if (member == null || !session.isRunningOn(day)) {
            return false;
        }
        return session.type() == SessionType.LICENCES ? member.role().learns()
                : session.slotOf(member.user()).isPresent();
    }

    Optional<SessionMember> findMember(SeatSession session, UserId user) {
        return storage.sessionMembers().find(session.id().value(), user.value()).map(SeatRecords::member);
    }

    java.util.function.Predicate<UserId> managedBy(Actor manager) {
        return user -> directory.managersOf(user).contains(manager.id());
    }

    <T> T guard(Actor actor, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (org.lmskit.core.error.RuleRefusedException refused) {
            throw ops.refuse(actor, refused);
        }
    }

    SeatSession load(SessionId id) {
        if (id == null) {
            throw InvalidInputException.of("sessionId", "is required");
        }
        return storage.seatSessions().find(id.value()).map(SeatRecords::session)
                .orElseThrow(() -> new NotFoundException(SESSION_TYPE, id.value()));
    }

    /** The one "today" of the capability: the injected clock's date in its own zone. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

}
