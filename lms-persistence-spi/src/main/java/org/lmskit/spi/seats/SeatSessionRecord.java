package org.lmskit.spi.seats;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lmskit.spi.Required;

/**
 * A licence or slot session: one aggregate holding its slots and waiting list, so that a single
 * versioned write decides who holds what.
 *
 * @param type {@code LICENCES} or {@code SLOTS}
 * @param quota the "forfait": licences or slots bought
 * @param learningMembers members whose role learns (kept with the session so the licence quota is checked in the same write)
 * @param rotationMode {@code NONE}, {@code NATURAL} or {@code RHYTHMIC}
 * @param waiting member ids in waiting order
 * @param lastRotatedOn the last day the daily job handled this session
 */
public record SeatSessionRecord(String sessionId, String reference, String companyId, String pathId, String type,
                                LocalDate startDate, LocalDate expiryDate, int quota, int learningMembers,
                                String rotationMode, int rotationEveryDays, boolean rotationCountsWeekends,
                                List<SlotRecord> slots, List<String> waiting, Optional<LocalDate> lastRotatedOn,
                                long version) {
    public SeatSessionRecord {
        Required.fields("sessionId reference companyId pathId type startDate expiryDate rotationMode lastRotatedOn",
                sessionId, reference, companyId, pathId, type, startDate, expiryDate, rotationMode, lastRotatedOn);
        slots = List.copyOf(slots);
        waiting = List.copyOf(waiting);
    }

    public SeatSessionRecord withVersion(long newVersion) {
        return new SeatSessionRecord(sessionId, reference, companyId, pathId, type, startDate, expiryDate, quota,
                learningMembers, rotationMode, rotationEveryDays, rotationCountsWeekends, slots, waiting, lastRotatedOn,
                newVersion);
    }
}
