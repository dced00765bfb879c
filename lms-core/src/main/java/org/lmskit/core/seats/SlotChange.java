package org.lmskit.core.seats;

import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/** A slot given to or taken from a member, and why. */
public record SlotChange(SessionId session, int slot, UserId user, Reason reason) {

    public enum Reason {
        MANUAL,
        NATURAL_ROTATION,
        RHYTHMIC_ROTATION
    }
}
