package org.lmskit.core.seats;

import org.lmskit.core.error.InvalidInputException;

/**
 * How a slot session rotates its slots (seed 003, "Rotations"): not at all, naturally (a holder who
 * finished the path hands over to the first waiting member), or every N days, weekends counted or not.
 */
public sealed interface Rotation permits Rotation.None, Rotation.Natural, Rotation.Rhythmic {

    /** NONE, NATURAL or RHYTHMIC, as stored. */
    String mode();

    /** No rotation: slots are assigned by hand. */
    static Rotation none() {
        return None.INSTANCE;
    }

    /**
     * Seed 003, "Rotation naturelle": a holder who finished the path hands over to the first waiting member, at once.
     */
    static Rotation natural() {
        return Natural.INSTANCE;
    }

    /** Seed 003, "Rotation rythmée": every {@code days} days (1 to 365), weekends counted or not. */
    static Rotation every(int days, boolean countWeekends) {
        return new Rhythmic(days, countWeekends);
    }

    /** No rotation. */
    enum None implements Rotation {
        INSTANCE;

        @Override
        public String mode() {
            return "NONE";
        }
    }

    /** Natural rotation. */
    enum Natural implements Rotation {
        INSTANCE;

        @Override
        public String mode() {
            return "NATURAL";
        }
    }

    /** Rhythmic rotation every {@code everyDays} days, weekends counted or not. */
    record Rhythmic(int everyDays, boolean countWeekends) implements Rotation {
        public Rhythmic {
            if (everyDays < 1 || everyDays > 365) {
                throw InvalidInputException.of("rotation.everyDays", "must be between 1 and 365, was " + everyDays);
            }
        }

        @Override
        public String mode() {
            return "RHYTHMIC";
        }
    }
}
