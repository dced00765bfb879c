package org.lmskit.core.seats;

import java.util.List;

/**
 * A member's path recorded as finished, and what it changed at once: under natural rotation their slot handed to
 * the first waiting member (seed 003, "Rotation naturelle"); nothing when nobody waits, and the member keeps access.
 */
public record PathCompletion(SessionMember member, List<HandOver> handOvers) {
    public PathCompletion {
        handOvers = List.copyOf(handOvers);
    }
}
