package org.lmskit.core.seats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/**
 * One slot changing hands in a rotating session: who released it (empty when it was free) and who got it, the
 * first member of the waiting list at that moment.
 *
 * @param assigned who took the slot; empty only in a view whose reader may not see that member
 */
public record HandOver(SessionId session, int slot, Optional<UserId> released, Optional<UserId> assigned,
                       SlotChange.Reason reason) {

    /** The hand-overs of a plan, slot by slot, pairing each assignment with the release of the same slot. */
    static List<HandOver> of(RotationPlanner.Plan plan) {
        List<HandOver> handOvers = new ArrayList<>(plan.assignments().size());
        for (SlotChange given : plan.assignments()) {
            Optional<UserId> released = plan.releases().stream().filter(r -> r.slot() == given.slot())
                    .map(SlotChange::user).findFirst();
            handOvers.add(new HandOver(given.session(), given.slot(), released, Optional.of(given.user()),
                    given.reason()));
        }
        return List.copyOf(handOvers);
    }

    /** This hand-over as someone who may see only some members sees it: the others are left out. */
    HandOver seenBy(Predicate<UserId> visible) {
        return new HandOver(session, slot, released.filter(visible), assigned.filter(visible), reason);
    }
}
