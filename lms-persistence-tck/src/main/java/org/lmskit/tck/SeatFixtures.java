package org.lmskit.tck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.lmskit.spi.seats.SeatSessionRecord;
import org.lmskit.spi.seats.SessionMemberRecord;
import org.lmskit.spi.seats.SlotRecord;

/** Sessions and members shaped on the seed's "Manpower - Lyon - Septembre 2021". */
final class SeatFixtures {
    static final LocalDate START = LocalDate.of(2021, 9, 1);
    static final LocalDate EXPIRY = LocalDate.of(2022, 8, 31);

    private SeatFixtures() {
    }

    static SeatSessionRecord slots(String id, String company, int quota) {
        return new SeatSessionRecord(id, "Manpower - Lyon - " + id, company, "recrutement-et-sourcing", "SLOTS", START,
                EXPIRY, quota, 0, "RHYTHMIC", 10, false,
                IntStream.rangeClosed(1, quota).mapToObj(SlotRecord::free).toList(), List.of(), Optional.empty(), 0);
    }

    static SeatSessionRecord held(SeatSessionRecord session, List<String> holders, List<String> waiting,
                                  LocalDate rotatedOn) {
        List<SlotRecord> slots = IntStream.range(0, session.quota())
                .mapToObj(i -> i < holders.size()
                        ? new SlotRecord(i + 1, Optional.of(holders.get(i)), Optional.of(START))
                        : SlotRecord.free(i + 1))
                .toList();
        return new SeatSessionRecord(session.sessionId(), session.reference(), session.companyId(), session.pathId(),
                session.type(), session.startDate(), session.expiryDate(), session.quota(), holders.size() + waiting.size(),
                session.rotationMode(), session.rotationEveryDays(), session.rotationCountsWeekends(), slots, waiting,
                Optional.ofNullable(rotatedOn), session.version());
    }

    static SessionMemberRecord member(String session, String user, String role, Instant joinedAt,
                                      Instant lastConnection) {
        return new SessionMemberRecord(session, user, role, joinedAt, Optional.ofNullable(lastConnection),
                Optional.empty(), 0);
    }
}
