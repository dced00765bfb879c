package org.lmskit.spi.seats;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One slot of a slot session: free (empty holder) or held since a day. */
public record SlotRecord(int number, Optional<String> holderId, Optional<LocalDate> assignedOn) {
    public SlotRecord {
        Objects.requireNonNull(holderId, "holderId");
        Objects.requireNonNull(assignedOn, "assignedOn");
    }

    public static SlotRecord free(int number) {
        return new SlotRecord(number, Optional.empty(), Optional.empty());
    }
}
