package org.lmskit.core.seats;

import java.time.LocalDate;
import java.util.Optional;
import org.lmskit.core.id.UserId;

/**
 * A slot of a slot session: free, or held by one member since a day. In a view scoped to some members
 * (a manager's), a slot held by someone else is {@code hidden}: held, without its holder.
 *
 * @param hidden held by a member the reader may not see (only in a scoped view, never stored)
 */
public record Slot(int number, Optional<UserId> holder, Optional<LocalDate> assignedOn, boolean hidden) {

    /** A slot as stored: free, or held. */
    public Slot(int number, Optional<UserId> holder, Optional<LocalDate> assignedOn) {
        this(number, holder, assignedOn, false);
    }

    /** Slot {@code number}, held by nobody. */
    public static Slot free(int number) {
        return new Slot(number, Optional.empty(), Optional.empty());
    }

    /** Whether nobody holds the slot (a hidden slot is held, by someone the reader may not see). */
    public boolean isFree() {
        return holder.isEmpty() && !hidden;
    }

    /** The same slot in a view whose reader may not see its holder. */
    Slot concealed() {
        return new Slot(number, Optional.empty(), assignedOn, true);
    }

    Slot heldBy(UserId user, LocalDate day) {
        return new Slot(number, Optional.of(user), Optional.of(day));
    }
}
