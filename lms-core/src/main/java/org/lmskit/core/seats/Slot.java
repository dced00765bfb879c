package org.lmskit.core.seats;

import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.core.id.UserId;

/**
 * A slot of a slot session: free, or held by one member since a day. In a view scoped to some members
 * (a manager's), a slot held by someone else is {@link #isHidden() hidden}: held, without its holder.
 */
public record Slot(int number, Optional<UserId> holder, Optional<LocalDate> assignedOn) {

    public static Slot free(int number) {
        return new Slot(number, Optional.empty(), Optional.empty());
    }

    public boolean isFree() {
        return holder.isEmpty() && assignedOn.isEmpty();
    }

    /** Held by a member the reader may not see. */
    public boolean isHidden() {
        return holder.isEmpty() && assignedOn.isPresent();
    }

    Slot hidden() {
        return new Slot(number, Optional.empty(), assignedOn.or(() -> Optional.of(LocalDate.MIN)));
    }

    Slot heldBy(UserId user, LocalDate day) {
        return new Slot(number, Optional.of(user), Optional.of(day));
    }
}
