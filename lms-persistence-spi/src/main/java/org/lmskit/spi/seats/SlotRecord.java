package org.lmskit.spi.seats;

import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.spi.Required;

/** One slot of a slot session: free (empty holder) or held since a day. */
public record SlotRecord(int number, Optional<String> holderId, Optional<LocalDate> assignedOn) {
    public SlotRecord {
        Required.fields("holderId assignedOn", holderId, assignedOn);
    }

    public static SlotRecord free(int number) {
        return new SlotRecord(number, Optional.empty(), Optional.empty());
    }
}
