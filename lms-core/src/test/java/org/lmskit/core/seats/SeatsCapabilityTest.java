package org.lmskit.core.seats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lmskit.core.seats.SeatWorld.ADMIN;
import static org.lmskit.core.seats.SeatWorld.LEARNER;
import static org.lmskit.core.seats.SeatWorld.MANAGER;
import static org.lmskit.core.seats.SeatWorld.MANPOWER;
import static org.lmskit.core.seats.SeatWorld.OTHER_MANAGER;
import static org.lmskit.core.seats.SeatWorld.OTHER_PILOT;
import static org.lmskit.core.seats.SeatWorld.PILOT;
import static org.lmskit.core.seats.SeatWorld.m;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lmskit.core.error.ConflictException;
import org.lmskit.core.error.InvalidInputException;
import org.lmskit.core.error.PermissionDeniedException;
import org.lmskit.core.error.RuleRefusedException;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.spi.Page;
import org.lmskit.spi.PageRequest;

class SeatsCapabilityTest {
    private final SeatWorld world = new SeatWorld();
    private final SeatsCapability seats = world.seats;

    private SeatSession licences(int quota) {
        return seats.sessions().createSession(ADMIN, SeatSession.create(SessionId.of("lic"), "Manpower - Paris - Licences",
                MANPOWER, PathId.of("recrutement-et-sourcing"), SessionType.LICENCES, SeatWorld.START, SeatWorld.EXPIRY,
                quota, Rotation.none()));
    }

    private static void refused(Runnable action, String rule) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleRefusedException.class,
                e -> assertThat(e.code()).isEqualTo(rule));
    }

    @Test
    void a_licence_quota_counts_learning_members_only() {
        SeatSession session = licences(2);
        seats.members().addMember(PILOT, session.id(), m(1), SessionRole.LEARNER);
        seats.members().addMember(PILOT, session.id(), UserId.of("pilot"), SessionRole.PILOT);
        seats.members().addMember(PILOT, session.id(), UserId.of("boss"), SessionRole.MANAGER);
        seats.members().addMember(PILOT, session.id(), m(2), SessionRole.PILOT_LEARNER);

        refused(() -> seats.members().addMember(PILOT, session.id(), m(3), SessionRole.STUDENT), SeatRefusals.LICENCE_QUOTA);
        assertThat(seats.members().members(PILOT, session.id())).hasSize(4);
        assertThat(seats.sessions().session(ADMIN, session.id()).learningMembers()).isEqualTo(2);
    }

    @Test
    void raising_the_quota_first_lets_the_member_in() {
        SeatSession session = licences(1);
        seats.members().addMember(PILOT, session.id(), m(1), SessionRole.LEARNER);

        SeatSession raised = seats.sessions().changeQuota(ADMIN, session.id(), 2, seats.sessions().session(ADMIN, session.id()).version());
        seats.members().addMember(PILOT, session.id(), m(2), SessionRole.MANAGER_LEARNER);

        assertThat(raised.quota()).isEqualTo(2);
        refused(() -> seats.sessions().changeQuota(ADMIN, session.id(), 1, seats.sessions().session(ADMIN, session.id()).version()),
                SeatRefusals.QUOTA_BELOW_USE);
    }

    @Test
    void licence_members_have_access_for_the_sessions_dates_and_managers_who_do_not_learn_do_not() {
        SeatSession session = licences(3);
        seats.members().addMember(PILOT, session.id(), m(1), SessionRole.LEARNER);
        seats.members().addMember(PILOT, session.id(), UserId.of("boss"), SessionRole.MANAGER);

        assertThat(seats.members().hasAccess(session.id(), m(1), SeatWorld.START)).isTrue();
        assertThat(seats.members().hasAccess(session.id(), m(1), SeatWorld.START.minusDays(1))).isFalse();
        assertThat(seats.members().hasAccess(session.id(), UserId.of("boss"), SeatWorld.START)).isFalse();
        assertThat(seats.members().hasAccess(session.id(), UserId.of("stranger"), SeatWorld.START)).isFalse();
    }

    @Test
    void a_slot_session_quota_is_the_slots_bought_whatever_the_members() {
        SeatSession session = world.slotSession("s", 3, Rotation.none(), 6);

        assertThat(session.slots()).hasSize(3);
        assertThat(seats.members().members(PILOT, session.id())).hasSize(6);
    }

    @Test
    void assigning_needs_a_free_slot_and_a_session_not_expired_and_says_which_failed() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 3);
        seats.slots().assignSlot(PILOT, session.id(), m(1));

        refused(() -> seats.slots().assignSlot(PILOT, session.id(), m(2)), SeatRefusals.NO_FREE_SLOT);
        refused(() -> seats.slots().assignSlot(PILOT, session.id(), m(1)), SeatRefusals.ALREADY_HOLDS);
        refused(() -> seats.slots().assignSlot(PILOT, session.id(), UserId.of("stranger")), SeatRefusals.NOT_MEMBER);
        seats.slots().releaseSlot(PILOT, session.id(), m(1));
        world.clock.setDay(SeatWorld.EXPIRY.plusDays(1));
        refused(() -> seats.slots().assignSlot(PILOT, session.id(), m(2)), SeatRefusals.EXPIRED);
    }

    @Test
    void releasing_frees_the_slot_and_only_a_holder_can_be_released() {
        SeatSession session = world.slotSession("s", 2, Rotation.none(), 2);
        seats.slots().assignSlot(PILOT, session.id(), m(1));

        SeatSession released = seats.slots().releaseSlot(PILOT, session.id(), m(1));

        assertThat(released.holders()).isEmpty();
        refused(() -> seats.slots().releaseSlot(PILOT, session.id(), m(2)), SeatRefusals.NOT_HOLDING);
        assertThat(world.events).filteredOn(SeatEvent.SlotReleased.class::isInstance).hasSize(1);
    }

    @Test
    void the_waiting_list_is_ordered_and_a_holder_does_not_wait() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 4);
        seats.slots().assignSlot(PILOT, session.id(), m(1));
        seats.slots().addWaiting(PILOT, session.id(), m(2));
        seats.slots().addWaiting(PILOT, session.id(), m(3));
        seats.slots().addWaiting(PILOT, session.id(), m(4));

        seats.slots().moveWaiting(PILOT, session.id(), m(4), 1);
        assertThat(world.waiting(session.id())).containsExactly("m4", "m2", "m3");
        seats.slots().removeWaiting(PILOT, session.id(), m(2));
        assertThat(world.waiting(session.id())).containsExactly("m4", "m3");

        refused(() -> seats.slots().addWaiting(PILOT, session.id(), m(1)), SeatRefusals.ALREADY_HOLDS);
        refused(() -> seats.slots().addWaiting(PILOT, session.id(), m(3)), SeatRefusals.ALREADY_WAITING);
        refused(() -> seats.slots().removeWaiting(PILOT, session.id(), m(2)), SeatRefusals.NOT_WAITING);
        assertThatThrownBy(() -> seats.slots().moveWaiting(PILOT, session.id(), m(3), 3)).isInstanceOf(InvalidInputException.class);

        seats.slots().releaseSlot(PILOT, session.id(), m(1));
        seats.slots().assignSlot(PILOT, session.id(), m(3));
        assertThat(world.waiting(session.id())).containsExactly("m4");
    }

    @Test
    void converting_a_slot_session_checks_the_quota_against_the_learning_members() {
        SeatSession session = world.slotSession("s", 2, Rotation.every(10, false), 5);
        seats.members().addMember(PILOT, session.id(), UserId.of("pilot"), SessionRole.PILOT);
        long version = seats.sessions().session(ADMIN, session.id()).version();

        refused(() -> seats.sessions().convertToLicences(ADMIN, session.id(), 4, version), SeatRefusals.CONVERSION_QUOTA);
        SeatSession converted = seats.sessions().convertToLicences(ADMIN, session.id(), 5, version);

        assertThat(converted.type()).isEqualTo(SessionType.LICENCES);
        assertThat(converted.slots()).isEmpty();
        assertThat(converted.rotation()).isEqualTo(Rotation.none());
        assertThat(seats.members().hasAccess(session.id(), m(5), SeatWorld.START)).isTrue();
    }

    @Test
    void a_stale_version_is_a_conflict_for_quota_and_rotation_changes() {
        SeatSession session = world.slotSession("s", 2, Rotation.none(), 0);
        seats.sessions().setRotation(PILOT, session.id(), Rotation.natural(), session.version());

        assertThatThrownBy(() -> seats.sessions().setRotation(PILOT, session.id(), Rotation.every(3, true), session.version()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void a_pilot_manages_their_own_company_only_and_others_are_refused() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 2);

        assertThatThrownBy(() -> seats.slots().assignSlot(OTHER_PILOT, session.id(), m(1)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.slots().assignSlot(LEARNER, session.id(), m(1)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.slots().assignSlot(MANAGER, session.id(), m(1)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.sessions().sessionsOf(OTHER_PILOT, MANPOWER, PageRequest.first(10)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.rotation().runDailyRotation(PILOT, SeatWorld.START))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(seats.sessions().sessionsOf(PILOT, MANPOWER, PageRequest.first(10)).items()).hasSize(1);
        assertThat(world.events).filteredOn(SeatEvent.Refused.class::isInstance).hasSize(5);
    }

    /**
     * Adding members, reporting a completion for someone else and the company's inactive learners are a pilot's (or
     * an administrator's) of the session's company; another company's pilot is refused each.
     */
    @Test
    void another_company_s_pilot_neither_adds_members_nor_completes_for_them_nor_lists_the_inactive() {
        SeatSession session = world.started("s", 1, Rotation.none(), 2);

        assertThatThrownBy(() -> seats.members().addMember(OTHER_PILOT, session.id(), m(9), SessionRole.LEARNER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.members().pathCompleted(OTHER_PILOT, session.id(), m(1), SeatWorld.START))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.members().inactiveInCompany(OTHER_PILOT, MANPOWER, PageRequest.first(10)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(seats.members().members(PILOT, session.id())).extracting(SessionMember::user)
                .containsExactly(m(1), m(2));

        SessionMember added = seats.members().addMember(PILOT, session.id(), m(9), SessionRole.LEARNER);
        assertThat(added.user()).isEqualTo(m(9));
        assertThat(added.role()).isEqualTo(SessionRole.LEARNER);
        assertThat(seats.members().members(PILOT, session.id())).contains(added);
        assertThat(seats.members().pathCompleted(PILOT, session.id(), m(1), SeatWorld.START).member().user())
                .isEqualTo(m(1));
        assertThat(seats.members().inactiveInCompany(PILOT, MANPOWER, PageRequest.first(10)).items())
                .extracting(SessionMember::user).doesNotContain(m(1));
    }

    /** A pilot's hand changes return the session as stored and are published as manual changes, slot by slot. */
    @Test
    void manual_slot_changes_return_the_session_and_are_published_as_manual() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 3);

        SeatSession assigned = seats.slots().assignSlot(PILOT, session.id(), m(1));
        seats.slots().addWaiting(PILOT, session.id(), m(2));
        seats.slots().addWaiting(PILOT, session.id(), m(3));
        SeatSession moved = seats.slots().moveWaiting(PILOT, session.id(), m(3), 1);
        SeatSession removed = seats.slots().removeWaiting(PILOT, session.id(), m(2));
        SeatSession released = seats.slots().releaseSlot(PILOT, session.id(), m(1));

        assertThat(assigned.holders()).containsExactly(m(1));
        assertThat(moved.waiting()).containsExactly(m(3), m(2));
        assertThat(removed.waiting()).containsExactly(m(3));
        assertThat(released).isEqualTo(seats.sessions().session(PILOT, session.id()));
        assertThat(world.events).filteredOn(e -> e instanceof SeatEvent.SlotAssigned || e instanceof SeatEvent.SlotReleased)
                .extracting(e -> e instanceof SeatEvent.SlotAssigned a ? "assigned " + a.user() + " " + a.reason()
                        : "released " + ((SeatEvent.SlotReleased) e).user() + " " + ((SeatEvent.SlotReleased) e).reason())
                .startsWith("assigned m1 MANUAL", "released m1 MANUAL");
    }

    /** The daily job tells the observer what it examined and how long it took, and publishes its completion. */
    @Test
    void the_daily_rotation_is_observed_and_published() {
        java.util.List<String> heard = new java.util.ArrayList<>();
        SeatWorld observed = new SeatWorld(org.lmskit.inmemory.InMemoryStorage.create(),
                new org.lmskit.core.observation.LmsObserver() {
                    @Override
                    public void dailyRotation(LocalDate day, java.time.Duration took, int examined, int slots) {
                        assertThat(took).isPositive().isLessThan(java.time.Duration.ofMinutes(1));
                        heard.add(day + " " + examined + " " + slots);
                    }
                });
        observed.started("s", 1, Rotation.every(1, true), 2);

        DailyRotationReport report = observed.seats.rotation().runDailyRotation(ADMIN, SeatWorld.START.plusDays(1));

        assertThat(heard).containsExactly(SeatWorld.START.plusDays(1) + " 1 " + report.assignments());
        assertThat(observed.events).filteredOn(SeatEvent.DailyRotationCompleted.class::isInstance).singleElement()
                .extracting(e -> ((SeatEvent.DailyRotationCompleted) e).sessionsExamined()).isEqualTo(1);
    }

    /** Creating a session and changing its quota are the platform's; its rotation is for those who manage it. */
    @Test
    void who_creates_a_session_changes_its_quota_or_its_rotation() {
        SeatSession session = world.slotSession("s", 2, Rotation.none(), 1);
        SeatSession another = SeatSession.create(org.lmskit.core.id.SessionId.of("t"), "Autre", MANPOWER,
                org.lmskit.core.id.PathId.of("p"), SessionType.LICENCES, SeatWorld.START, SeatWorld.EXPIRY, 3,
                Rotation.none());

        assertThatThrownBy(() -> seats.sessions().createSession(PILOT, another))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.sessions().changeQuota(PILOT, session.id(), 3, session.version()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.sessions().setRotation(OTHER_PILOT, session.id(), Rotation.natural(),
                session.version())).isInstanceOf(PermissionDeniedException.class);

        assertThat(seats.sessions().createSession(ADMIN, another)).isEqualTo(seats.sessions().session(ADMIN, another.id()));
        SeatSession rotating = seats.sessions().setRotation(PILOT, session.id(), Rotation.natural(), session.version());
        assertThat(rotating.rotation()).isEqualTo(Rotation.natural());
        assertThat(rotating).isEqualTo(seats.sessions().session(ADMIN, session.id()));
    }

    @Test
    void a_manager_sees_only_the_members_of_their_team() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 4);

        assertThat(seats.members().members(MANAGER, session.id())).extracting(SessionMember::user).containsExactly(m(1), m(2));
        assertThat(seats.members().members(PILOT, session.id())).hasSize(4);
    }

    @Test
    void a_manager_of_another_company_reads_nothing_of_a_session() {
        SeatSession session = world.started("s", 2, Rotation.none(), 4);

        assertThatThrownBy(() -> seats.sessions().session(OTHER_MANAGER, session.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.members().members(OTHER_MANAGER, session.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.members().withAccess(OTHER_MANAGER, session.id(), SeatWorld.START))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> seats.members().inactive(OTHER_MANAGER, session.id(), PageRequest.first(10)))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_manager_sees_a_session_of_their_company_through_their_own_learners_only() {
        // m1 and m3 hold the slots, m4 and m2 wait; the manager manages m1 and m2 only
        SeatSession started = world.started("s", 2, Rotation.none(), 4);
        seats.slots().releaseSlot(PILOT, started.id(), m(2));
        seats.slots().assignSlot(PILOT, started.id(), m(3));
        seats.slots().addWaiting(PILOT, started.id(), m(2));

        SeatSession seen = seats.sessions().session(MANAGER, started.id());

        assertThat(seen.holders()).containsExactly(m(1));
        assertThat(seen.slots()).filteredOn(Slot::hidden).hasSize(1);
        assertThat(seen.slots()).noneMatch(Slot::isFree);
        assertThat(seen.waiting()).containsExactly(m(2));
        assertThat(seats.sessions().session(PILOT, started.id()).waiting()).containsExactly(m(4), m(2));
        assertThat(seats.members().withAccess(MANAGER, started.id(), SeatWorld.START)).containsExactly(m(1));
    }

    @Test
    void a_manager_lists_only_their_own_inactive_learners() {
        SeatSession session = world.started("s", 2, Rotation.none(), 4);
        world.clock.advance(Duration.ofDays(22));

        Page<SessionMember> theirs = seats.members().inactive(MANAGER, session.id(), PageRequest.first(10));

        assertThat(theirs.items()).extracting(SessionMember::user).containsExactlyInAnyOrder(m(1), m(2));
        assertThat(theirs.total()).isEqualTo(2);
        assertThat(seats.members().inactive(PILOT, session.id(), PageRequest.first(10)).total()).isEqualTo(4);
    }

    @Test
    void a_quota_outside_its_domain_is_refused_before_any_slot_is_built() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 0);

        assertThatThrownBy(() -> seats.sessions().changeQuota(PILOT, session.id(), Integer.MAX_VALUE, session.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quota");
        assertThatThrownBy(() -> seats.sessions().convertToLicences(PILOT, session.id(), -1, session.version()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quota");
        assertThatThrownBy(() -> SeatSession.create(SessionId.of("big"), "Big", SeatWorld.MANPOWER,
                PathId.of("p"), SessionType.SLOTS, SeatWorld.START, SeatWorld.EXPIRY, Integer.MAX_VALUE, Rotation.none()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("quota");
        assertThat(seats.sessions().session(ADMIN, session.id()).quota()).isEqualTo(1);
    }

    @Test
    void inactive_learners_have_not_connected_for_three_weeks_and_their_session_has_not_expired() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 3);
        seats.members().addMember(PILOT, session.id(), UserId.of("pilot"), SessionRole.PILOT);
        world.clock.advance(Duration.ofDays(2));
        seats.members().connected(org.lmskit.core.security.Actor.of("m2", org.lmskit.core.security.Role.LEARNER));
        world.clock.advance(Duration.ofDays(20));

        assertThat(seats.members().inactive(PILOT, session.id(), PageRequest.first(10)).items()).extracting(SessionMember::user)
                .containsExactly(m(1), m(3));
        world.clock.advance(Duration.ofDays(2));
        assertThat(seats.members().inactiveInCompany(PILOT, MANPOWER, PageRequest.first(10)).items())
                .extracting(SessionMember::user).containsExactly(m(1), m(2), m(3));
        world.clock.setDay(SeatWorld.EXPIRY.plusDays(1));
        assertThat(seats.members().inactive(PILOT, session.id(), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void invalid_session_data_is_refused_naming_the_field() {
        assertThatThrownBy(() -> SeatSession.create(SessionId.of("x"), " ", MANPOWER, PathId.of("p"), SessionType.SLOTS,
                SeatWorld.START, SeatWorld.EXPIRY, 1, Rotation.none())).hasMessageContaining("reference");
        assertThatThrownBy(() -> SeatSession.create(SessionId.of("x"), "r", MANPOWER, PathId.of("p"), SessionType.SLOTS,
                SeatWorld.START, SeatWorld.START.minusDays(1), 1, Rotation.none())).hasMessageContaining("expiryDate");
        assertThatThrownBy(() -> SeatSession.create(SessionId.of("x"), "r", MANPOWER, PathId.of("p"), SessionType.SLOTS,
                SeatWorld.START, SeatWorld.EXPIRY, -1, Rotation.none())).hasMessageContaining("quota");
        assertThatThrownBy(() -> SeatSession.create(SessionId.of("x"), "r", MANPOWER, PathId.of("p"),
                SessionType.LICENCES, SeatWorld.START, SeatWorld.EXPIRY, 1, Rotation.natural()))
                .hasMessageContaining("rotation");
        assertThatThrownBy(() -> Rotation.every(0, true)).hasMessageContaining("everyDays");
        world.slotSession("dup", 1, Rotation.none(), 0);
        assertThatThrownBy(() -> world.slotSession("dup", 1, Rotation.none(), 0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void a_licence_session_has_no_slots_waiting_list_or_rotation() {
        SeatSession session = licences(3);
        seats.members().addMember(PILOT, session.id(), m(1), SessionRole.LEARNER);

        refused(() -> seats.slots().assignSlot(PILOT, session.id(), m(1)), SeatRefusals.NOT_SLOTS);
        refused(() -> seats.slots().addWaiting(PILOT, session.id(), m(1)), SeatRefusals.NOT_SLOTS);
        refused(() -> seats.sessions().setRotation(PILOT, session.id(), Rotation.natural(), seats.sessions().session(ADMIN, session.id()).version()),
                SeatRefusals.NOT_SLOTS);
        refused(() -> seats.sessions().convertToLicences(ADMIN, session.id(), 3, seats.sessions().session(ADMIN, session.id()).version()),
                SeatRefusals.NOT_SLOTS);
    }

    @Test
    void a_slot_quota_never_drops_below_the_slots_held_and_shrinking_keeps_the_holders() {
        SeatSession session = world.slotSession("s", 3, Rotation.none(), 3);
        seats.slots().assignSlot(PILOT, session.id(), m(1));
        seats.slots().assignSlot(PILOT, session.id(), m(2));

        refused(() -> seats.sessions().changeQuota(ADMIN, session.id(), 1, seats.sessions().session(ADMIN, session.id()).version()),
                SeatRefusals.QUOTA_BELOW_USE);
        SeatSession shrunk = seats.sessions().changeQuota(ADMIN, session.id(), 2, seats.sessions().session(ADMIN, session.id()).version());
        assertThat(shrunk.slots()).hasSize(2);
        assertThat(shrunk.holders()).containsExactly(m(1), m(2));
        SeatSession grown = seats.sessions().changeQuota(ADMIN, session.id(), 4, shrunk.version());
        assertThat(grown.slots()).hasSize(4);
        assertThat(grown.slots().get(3).isFree()).isTrue();
        assertThatThrownBy(() -> seats.sessions().changeQuota(PILOT, session.id(), 5, grown.version()))
                .isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_new_member_cannot_join_an_expired_session() {
        SeatSession session = world.slotSession("s", 1, Rotation.none(), 0);
        world.clock.setDay(LocalDate.of(2023, 1, 1));

        refused(() -> seats.members().addMember(PILOT, session.id(), m(1), SessionRole.LEARNER), SeatRefusals.EXPIRED);
    }
}
