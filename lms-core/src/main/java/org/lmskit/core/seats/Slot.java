package org.lmskit.core.seats;

import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.core.id.UserId;

/** A slot of a slot session: free, or held by one member since a day. */
public record Slot(int number, Optional<UserId> holder, Optional<LocalDate> assignedOn) {

    public static Slot free(int number) {
        return new Slot(number, Optional.empty(), Optional.empty());
    }

    public boolean isFree() {
        return holder.isEmpty();
    }

    Slot heldBy(UserId user, LocalDate day) {
        return new Slot(number, Optional.of(user), Optional.of(day));
    }
}
