package org.lmskit.core.seats;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.lmskit.core.domain.Instants;
import org.lmskit.core.domain.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;

/**
 * A licence or slot session (seed 003): a company's contract for a path between two dates, with a
 * quota ("forfait"). A slot session holds its slots and its waiting list; every change returns a
 * new session, and a refused change names the condition that failed. Sessions are immutable.
 */
public record SeatSession(SessionId id, String reference, CompanyId company, PathId pathId, SessionType type,
                          LocalDate startDate, LocalDate expiryDate, int quota, int learningMembers, Rotation rotation,
                          List<Slot> slots, List<UserId> waiting, Optional<LocalDate> lastRotatedOn, long version) {
    public static final int MAX_QUOTA = 10_000;

    public SeatSession {
        if (id == null) {
            throw InvalidInputException.of("sessionId", "is required");
        }
        Texts.line("reference", reference, Texts.LINE);
        if (company == null) {
            throw InvalidInputException.of("company", "is required");
        }
        if (pathId == null) {
            throw InvalidInputException.of("pathId", "is required");
        }
        if (type == null) {
            throw InvalidInputException.of("type", "is required");
        }
        Instants.check("startDate", startDate);
        Instants.check("expiryDate", expiryDate);
        if (expiryDate.isBefore(startDate)) {
            throw InvalidInputException.of("expiryDate", "must not be before the start date");
        }
        checkQuota(quota);
        if (rotation == null) {
            rotation = Rotation.none();
        }
        if (type == SessionType.LICENCES && rotation != Rotation.none()) {
            throw InvalidInputException.of("rotation", "only slot sessions rotate");
        }
        slots = List.copyOf(slots);
        waiting = List.copyOf(waiting);
        checkArgument(type != SessionType.SLOTS || slots.size() == quota,
                "a slot session holds exactly its quota of slots");
        // seed 003: a slot is one learner's, and a learner holding one does not wait for another
        Set<UserId> seen = new HashSet<>();
        slots.forEach(s -> s.holder().ifPresent(h -> checkArgument(seen.add(h), "%s holds two slots", h)));
        waiting.forEach(w -> checkArgument(seen.add(w), "%s waits twice, or waits while holding a slot", w));
    }

    /** The quota's domain, checked before anything is built from it: 0 to {@value #MAX_QUOTA}. */
    static void checkQuota(int quota) {
        if (quota < 0 || quota > MAX_QUOTA) {
            throw InvalidInputException.of("quota", "must be between 0 and " + MAX_QUOTA);
        }
    }

    /**
     * This session as someone who may see only some members sees it: slots of the others are
     * {@link Slot#hidden() hidden}, the others are left out of the waiting list. A read view, never stored.
     */
    public SeatSession seenBy(java.util.function.Predicate<UserId> visible) {
        List<Slot> shown = slots.stream()
                .map(s -> s.holder().filter(h -> !visible.test(h)).isPresent() ? s.concealed() : s).toList();
        return new SeatSession(id, reference, company, pathId, type, startDate, expiryDate, quota, learningMembers,
                rotation, shown, waiting.stream().filter(visible).toList(), lastRotatedOn, version);
    }

    /** A new session: a slot session gets {@code quota} free slots. */
    public static SeatSession create(SessionId id, String reference, CompanyId company, PathId pathId, SessionType type,
                                     LocalDate startDate, LocalDate expiryDate, int quota, Rotation rotation) {
        checkQuota(quota);
        List<Slot> slots = type == SessionType.SLOTS
                ? IntStream.rangeClosed(1, quota).mapToObj(Slot::free).toList() : List.of();
        return new SeatSession(id, reference, company, pathId, type, startDate, expiryDate, quota, 0, rotation, slots,
                List.of(), Optional.empty(), 0);
    }

    /** Whether {@code day} falls between the start and the expiry date, both included. */
    public boolean isRunningOn(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(expiryDate);
    }

    /** Whether the session expired before {@code day}: then nobody has access and nothing is assigned. */
    public boolean isExpiredOn(LocalDate day) {
        return day.isAfter(expiryDate);
    }

    /** Who holds a slot, in slot order. */
    public List<UserId> holders() {
        return slots.stream().flatMap(s -> s.holder().stream()).toList();
    }

    /** The slot {@code user} holds, if any. */
    public Optional<Slot> slotOf(UserId user) {
        return slots.stream().filter(s -> s.holder().filter(user::equals).isPresent()).findFirst();
    }

    /** Seed 003: "il faut qu'un slot soit effectivement libre" and "la session soit toujours en cours". */
    public SeatSession assign(UserId user, LocalDate day) {
        requireSlots();
        if (isExpiredOn(day)) {
            throw new RuleRefusedException(SeatRefusals.EXPIRED, "expiryDate",
                    "session '" + reference + "' expired on " + expiryDate + ": nothing can be assigned");
        }
        if (slotOf(user).isPresent()) {
            throw new RuleRefusedException(SeatRefusals.ALREADY_HOLDS, "userId", user + " already holds a slot");
        }
        Slot free = slots.stream().filter(Slot::isFree).findFirst().orElseThrow(() -> new RuleRefusedException(
                SeatRefusals.NO_FREE_SLOT, "slots", "all " + quota + " slots of '" + reference + "' are held"));
        List<UserId> stillWaiting = waiting.stream().filter(w -> !w.equals(user)).toList();
        return withSlots(replace(free, free.heldBy(user, day)), stillWaiting);
    }

    /** Seed 003, "Libérer le slot": the member's slot becomes free; refused when they hold none. */
    public SeatSession release(UserId user) {
        requireSlots();
        Slot held = slotOf(user).orElseThrow(() -> new RuleRefusedException(SeatRefusals.NOT_HOLDING, "userId",
                user + " holds no slot in '" + reference + "'"));
        return withSlots(replace(held, Slot.free(held.number())), waiting);
    }

    /** Puts a member at the end of the waiting list; a member holding a slot does not wait. */
    public SeatSession addWaiting(UserId user) {
        requireSlots();
        if (slotOf(user).isPresent()) {
            throw new RuleRefusedException(SeatRefusals.ALREADY_HOLDS, "userId", user + " holds a slot and does not wait");
        }
        if (waiting.contains(user)) {
            throw new RuleRefusedException(SeatRefusals.ALREADY_WAITING, "userId", user + " is already waiting");
        }
        List<UserId> longer = new ArrayList<>(waiting);
        longer.add(user);
        return withSlots(slots, longer);
    }

    /** Takes a member off the waiting list; the others keep their order. */
    public SeatSession removeWaiting(UserId user) {
        requireWaiting(user);
        return withSlots(slots, waiting.stream().filter(w -> !w.equals(user)).toList());
    }

    /** Moves a waiting member to a 1-based position. */
    public SeatSession moveWaiting(UserId user, int position) {
        requireWaiting(user);
        if (position < 1 || position > waiting.size()) {
            throw InvalidInputException.of("position", "must be between 1 and " + waiting.size() + ", was " + position);
        }
        List<UserId> reordered = new ArrayList<>(waiting);
        reordered.remove(user);
        reordered.add(position - 1, user);
        return withSlots(slots, reordered);
    }

    /**
     * The same slot session rotating as {@code newRotation} (seed 003, "Rotations"); a licence session does not rotate.
     */
    public SeatSession withRotation(Rotation newRotation) {
        requireSlots();
        return new SeatSession(id, reference, company, pathId, type, startDate, expiryDate, quota, learningMembers,
                newRotation, slots, waiting, lastRotatedOn, version);
    }

    /** Raises or lowers the quota: never below the learning members (licences) or the slots held (slots). */
    public SeatSession withQuota(int newQuota) {
        checkQuota(newQuota);
        int inUse = type == SessionType.LICENCES ? learningMembers : holders().size();
        if (newQuota < inUse) {
            throw new RuleRefusedException(SeatRefusals.QUOTA_BELOW_USE, "quota", "the quota cannot go below the "
                    + inUse + (type == SessionType.LICENCES ? " learning members" : " slots held"));
        }
        List<Slot> resized = slots;
        if (type == SessionType.SLOTS) {
            List<Slot> held = slots.stream().filter(s -> !s.isFree()).toList();
            resized = new ArrayList<>();
            for (int i = 0; i < newQuota; i++) {
                resized.add(i < held.size() ? new Slot(i + 1, held.get(i).holder(), held.get(i).assignedOn()) : Slot.free(i + 1));
            }
        }
        return new SeatSession(id, reference, company, pathId, type, startDate, expiryDate, newQuota, learningMembers,
                rotation, resized, waiting, lastRotatedOn, version);
    }

    /** Seed 003: a licence quota counts learning members; adding one beyond it is refused ("raise the quota first"). */
    SeatSession withLearningMemberAdded() {
        if (type == SessionType.LICENCES && learningMembers >= quota) {
            throw new RuleRefusedException(SeatRefusals.LICENCE_QUOTA, "quota", "the " + quota
                    + " licences of '" + reference + "' are all used: raise the quota first");
        }
        return new SeatSession(id, reference, company, pathId, type, startDate, expiryDate, quota, learningMembers + 1,
                rotation, slots, waiting, lastRotatedOn, version);
    }

    /**
     * The seed's manual workaround as one operation: a slot session becomes a licence session whose
     * quota covers every learning member; slots, waiting list and rotation go.
     */
    SeatSession convertedToLicences(int newQuota) {
        requireSlots();
        if (newQuota < learningMembers) {
            throw new RuleRefusedException(SeatRefusals.CONVERSION_QUOTA, "quota", "a licence session needs a quota of at "
                    + "least its " + learningMembers + " learning members, was " + newQuota);
        }
        return new SeatSession(id, reference, company, pathId, SessionType.LICENCES, startDate, expiryDate, newQuota,
                learningMembers, Rotation.none(), List.of(), List.of(), Optional.empty(), version);
    }

    SeatSession rotated(List<Slot> newSlots, List<UserId> newWaiting, LocalDate day) {
        return new SeatSession(id, reference, company, pathId, type, startDate, expiryDate, quota, learningMembers,
                rotation, newSlots, newWaiting, Optional.of(day), version);
    }

    /** Slots and list after hand-overs made at once: unlike {@link #rotated}, not the day's rotation. */
    SeatSession handedOver(List<Slot> newSlots, List<UserId> newWaiting) {
        return withSlots(newSlots, newWaiting);
    }

    private SeatSession withSlots(List<Slot> newSlots, List<UserId> newWaiting) {
        return new SeatSession(id, reference, company, pathId, type, startDate, expiryDate, quota, learningMembers,
                rotation, newSlots, newWaiting, lastRotatedOn, version);
    }

    private List<Slot> replace(Slot old, Slot replacement) {
        return slots.stream().map(s -> s.number() == old.number() ? replacement : s).toList();
    }

    private void requireWaiting(UserId user) {
        requireSlots();
        if (!waiting.contains(user)) {
            throw new RuleRefusedException(SeatRefusals.NOT_WAITING, "userId", user + " is not on the waiting list");
        }
    }

    private void requireSlots() {
        if (type != SessionType.SLOTS) {
            throw new RuleRefusedException(SeatRefusals.NOT_SLOTS, "type", Texts.quote(reference) + " is a licence session: it has no slots");
        }
    }
}
