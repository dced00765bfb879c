package org.lmskit.core.seats;

import java.util.Optional;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SlotRecord;

/** Converts between the SPI's stored records and the capability's domain types. */
final class SeatRecords {
    private SeatRecords() {
    }

    static SeatSession session(SeatSessionRecord r) {
        Rotation rotation = switch (r.rotationMode()) {
            case "NATURAL" -> Rotation.natural();
            case "RHYTHMIC" -> Rotation.every(r.rotationEveryDays(), r.rotationCountsWeekends());
            default -> Rotation.none();
        };
        return new SeatSession(SessionId.of(r.sessionId()), r.reference(), CompanyId.of(r.companyId()),
                PathId.of(r.pathId()), SessionType.valueOf(r.type()), r.startDate(), r.expiryDate(), r.quota(),
                r.learningMembers(), rotation,
                r.slots().stream().map(s -> new Slot(s.number(), s.holderId().map(UserId::of), s.assignedOn())).toList(),
                r.waiting().stream().map(UserId::of).toList(), r.lastRotatedOn(), r.version());
    }

    static SeatSessionRecord record(SeatSession s) {
        int everyDays = s.rotation() instanceof Rotation.Rhythmic r ? r.everyDays() : 0;
        boolean weekends = s.rotation() instanceof Rotation.Rhythmic r && r.countWeekends();
        return new SeatSessionRecord(s.id().value(), s.reference(), s.company().value(), s.pathId().value(),
                s.type().name(), s.startDate(), s.expiryDate(), s.quota(), s.learningMembers(), s.rotation().mode(),
                everyDays, weekends,
                s.slots().stream().map(slot -> new SlotRecord(slot.number(), slot.holder().map(UserId::value),
                        slot.assignedOn())).toList(),
                s.waiting().stream().map(UserId::value).toList(), s.lastRotatedOn(), s.version());
    }

    static SessionMember member(SessionMemberRecord r) {
        return new SessionMember(SessionId.of(r.sessionId()), UserId.of(r.userId()), SessionRole.valueOf(r.role()),
                r.joinedAt(), r.lastConnectionAt(), r.pathCompletedOn(), r.version());
    }

    static SessionMemberRecord record(SessionMember m) {
        return new SessionMemberRecord(m.session().value(), m.user().value(), m.role().name(), m.joinedAt(),
                m.lastConnectionAt(), m.pathCompletedOn(), m.version());
    }

    static Optional<UserId> user(Optional<String> id) {
        return id.map(UserId::of);
    }
}
