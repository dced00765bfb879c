package org.lmskit.core.seats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.lmskit.core.Lms;
import org.lmskit.core.MovableClock;
import org.lmskit.core.directory.Directory;
import org.lmskit.core.event.LmsEvent;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.security.Actor;
import org.lmskit.core.security.Role;
import org.lmskit.inmemory.InMemoryStorage;
import org.lmskit.spi.StorageProvider;

/** The library on a storage (in memory unless given) with a clock the test moves day by day. */
final class SeatWorld {
    static final CompanyId MANPOWER = CompanyId.of("manpower");
    static final CompanyId ADECCO = CompanyId.of("adecco");
    static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);
    static final Actor PILOT = Actor.of("paula", Role.PILOT);
    static final Actor OTHER_PILOT = Actor.of("olga", Role.PILOT);
    static final Actor MANAGER = Actor.of("marc", Role.MANAGER);
    /** A manager of another company (Adecco). */
    static final Actor OTHER_MANAGER = Actor.of("oscar", Role.MANAGER);
    static final Actor LEARNER = Actor.of("m1", Role.LEARNER);
    /** Monday 6 September 2021: "Manpower - Lyon - Septembre 2021". */
    static final LocalDate START = LocalDate.of(2021, 9, 6);
    static final LocalDate EXPIRY = LocalDate.of(2022, 9, 5);

    final MovableClock clock = MovableClock.atDay(START);
    final StorageProvider storage;
    final List<LmsEvent> events = new java.util.concurrent.CopyOnWriteArrayList<>();
    final Lms lms;
    final SeatsCapability seats;

    SeatWorld() {
        this(InMemoryStorage.create());
    }

    SeatWorld(StorageProvider storage) {
        this(storage, org.lmskit.core.observation.LmsObserver.NONE);
    }

    SeatWorld(StorageProvider storage, org.lmskit.core.observation.LmsObserver observer) {
        this.storage = storage;
        lms = Lms.builder().storage(storage).clock(clock).eventPublisher(events::add).directory(directory())
                .observer(observer).build();
        seats = lms.seats();
    }

    private static Directory directory() {
        return new Directory() {
            @Override
            public Set<UserId> managersOf(UserId learner) {
                return Set.of("m1", "m2").contains(learner.value()) ? Set.of(MANAGER.id()) : Set.of();
            }

            @Override
            public Optional<CompanyId> companyOf(UserId user) {
                return Optional.ofNullable(Map.of("paula", MANPOWER, "olga", ADECCO, "marc", MANPOWER, "oscar", ADECCO)
                        .get(user.value()));
            }
        };
    }

    static UserId m(int i) {
        return UserId.of("m" + i);
    }

    SeatSession slotSession(String id, int slots, Rotation rotation, int members) {
        SeatSession session = seats.sessions().createSession(ADMIN, SeatSession.create(SessionId.of(id),
                "Manpower - Lyon - Septembre 2021 - " + id, MANPOWER, PathId.of("recrutement-et-sourcing"),
                SessionType.SLOTS, START, EXPIRY, slots, rotation));
        IntStream.rangeClosed(1, members).forEach(i -> seats.members().addMember(PILOT, session.id(), m(i), SessionRole.LEARNER));
        return seats.sessions().session(ADMIN, session.id());
    }

    /** m1..m{slots} hold the slots, the others wait in order. */
    SeatSession started(String id, int slots, Rotation rotation, int members) {
        SeatSession session = slotSession(id, slots, rotation, members);
        for (int i = 1; i <= members; i++) {
            if (i <= slots) {
                seats.slots().assignSlot(PILOT, session.id(), m(i));
            } else {
                seats.slots().addWaiting(PILOT, session.id(), m(i));
            }
        }
        return seats.sessions().session(ADMIN, session.id());
    }

    List<String> holders(SessionId id) {
        return seats.sessions().session(ADMIN, id).holders().stream().map(UserId::value).toList();
    }

    List<String> waiting(SessionId id) {
        return seats.sessions().session(ADMIN, id).waiting().stream().map(UserId::value).toList();
    }

    DailyRotationReport runOn(LocalDate day) {
        clock.setDay(day);
        return seats.rotation().runDailyRotation(ADMIN, day);
    }

    /** Runs the daily job each day from the clock's day (exclusive) to {@code last} (inclusive). */
    List<DailyRotationReport> runUntil(LocalDate last) {
        List<DailyRotationReport> reports = new ArrayList<>();
        for (LocalDate day = clock.day().plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            reports.add(runOn(day));
        }
        return reports;
    }
}
