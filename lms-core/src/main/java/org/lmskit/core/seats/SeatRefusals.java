package org.lmskit.core.seats;

/** The machine-readable codes of the seats capability's refusals. */
public final class SeatRefusals {
    public static final String NO_FREE_SLOT = "seats.slot.none-free";
    public static final String EXPIRED = "seats.session.expired";
    public static final String NOT_SLOTS = "seats.session.not-slots";
    public static final String NOT_MEMBER = "seats.member.unknown";
    public static final String ALREADY_HOLDS = "seats.member.already-holds";
    public static final String NOT_HOLDING = "seats.member.not-holding";
    public static final String ALREADY_WAITING = "seats.waiting.already";
    public static final String NOT_WAITING = "seats.waiting.not-waiting";
    /** Under natural rotation a member who finished the path has nothing left to wait for. */
    public static final String PATH_COMPLETED = "seats.waiting.path-completed";
    public static final String LICENCE_QUOTA = "seats.licence.quota-reached";
    public static final String QUOTA_BELOW_USE = "seats.quota.below-use";
    public static final String CONVERSION_QUOTA = "seats.conversion.quota";

    private SeatRefusals() {
    }
}
