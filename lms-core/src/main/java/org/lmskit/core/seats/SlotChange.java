package org.lmskit.core.seats;

import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** A slot given to or taken from a member, and why. */
public record SlotChange(SessionId session, int slot, UserId user, Reason reason) {

    /** Why a slot changed hands: by hand, by a rotation, or because a slot came free while someone waited. */
    public enum Reason {
        /** A session manager assigned or released the slot ("Attribuer un slot", "Libérer le slot"). */
        MANUAL,
        /** Natural rotation: the holder finished the path and the first waiting member took over. */
        NATURAL_ROTATION,
        /** Rhythmic rotation: the holder's turn was over and the first waiting member took over. */
        RHYTHMIC_ROTATION,
        /** A rotating session's slot was released, and went at once to the first waiting member. */
        SLOT_RELEASED,
        /** A rotating session's quota grew, and each new slot went at once to the next waiting member. */
        QUOTA_RAISED,
        /** Someone joined the waiting list of a rotating session that had a free slot. */
        WAITING_LIST_JOINED,
        /** A session started rotating with free slots and a waiting list. */
        ROTATION_STARTED
    }
}
