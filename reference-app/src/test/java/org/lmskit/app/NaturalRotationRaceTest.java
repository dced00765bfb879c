package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lmskit.core.Lms;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.seats.HandOver;
import org.lmskit.core.seats.PathCompletion;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionRole;
import org.lmskit.core.seats.SessionType;
import org.lmskit.spi.audit.AuditEntry;
import org.lmskit.spi.audit.AuditQuery;
import org.lmskit.spi.audit.FieldChange;

/**
 * Issue 20, "order is sacred": holders of one natural-rotation session finishing the path at the same moment hand
 * distinct slots to distinct waiting members, in the list's order, never two slots to one member and never skipping
 * anyone; on in-memory storage and on PostgreSQL, several rounds each.
 */
class NaturalRotationRaceTest {
    private static final int HOLDERS = 6;
    private static final int ROUNDS = 3;

    static List<LiveApp.Kind> kinds() {
        return LiveApp.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void racing_completions_hand_each_waiting_member_one_slot_in_list_order(LiveApp.Kind kind) throws Exception {
        try (LiveApp app = LiveApp.start(kind)) {
            for (int round = 1; round <= ROUNDS; round++) {
                String prefix = "race" + round + "-";
                SessionId id = session(app.lms, prefix, HOLDERS);
                List<UserId> waiting = users(prefix + "w", HOLDERS);

                List<PathCompletion> completions = race(app.lms, id, users(prefix + "h", HOLDERS));

                SeatSession after = app.lms.seats().sessions().session(DemoData.ADMIN, id);
                assertThat(after.waiting()).as("round %s on %s", round, kind).isEmpty();
                assertThat(after.holders()).containsExactlyInAnyOrderElementsOf(waiting);
                assertThat(completions.stream().flatMap(c -> c.handOvers().stream()).map(HandOver::assigned))
                        .containsExactlyInAnyOrderElementsOf(waiting.stream().map(Optional::of).toList());
                assertThat(assignedInCommitOrder(app.lms, id)).as("hand-overs in commit order, round %s on %s",
                        round, kind).isEqualTo(waiting.stream().map(UserId::value).toList());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void with_fewer_waiting_than_finishers_the_list_empties_in_order_and_the_rest_keep_their_slots(LiveApp.Kind kind)
            throws Exception {
        try (LiveApp app = LiveApp.start(kind)) {
            for (int round = 1; round <= ROUNDS; round++) {
                String prefix = "few" + round + "-";
                SessionId id = session(app.lms, prefix, 2);
                List<UserId> holders = users(prefix + "h", HOLDERS);

                race(app.lms, id, holders);

                SeatSession after = app.lms.seats().sessions().session(DemoData.ADMIN, id);
                assertThat(after.waiting()).isEmpty();
                assertThat(after.holders()).hasSize(HOLDERS).doesNotHaveDuplicates()
                        .containsAll(users(prefix + "w", 2));
                assertThat(assignedInCommitOrder(app.lms, id)).containsExactly(prefix + "w1", prefix + "w2");
            }
        }
    }

    /** A natural-rotation session of {@value #HOLDERS} slots held by h1.., with w1..w{waiting} waiting in order. */
    private static SessionId session(Lms lms, String prefix, int waiting) {
        SessionId id = SessionId.of(prefix + "session");
        LocalDate today = LocalDate.ofInstant(AppFixture.NOW, java.time.ZoneOffset.UTC);
        lms.seats().sessions().createSession(DemoData.ADMIN, SeatSession.create(id, "Race " + prefix,
                CompanyId.of("manpower"), DemoData.RECRUTEMENT_ET_SOURCING, SessionType.SLOTS, today.minusDays(5),
                today.plusYears(1), HOLDERS, Rotation.natural()));
        for (UserId holder : users(prefix + "h", HOLDERS)) {
            lms.seats().members().addMember(DemoData.ADMIN, id, holder, SessionRole.LEARNER);
            lms.seats().slots().assignSlot(DemoData.ADMIN, id, holder);
        }
        for (UserId next : users(prefix + "w", waiting)) {
            lms.seats().members().addMember(DemoData.ADMIN, id, next, SessionRole.LEARNER);
            lms.seats().slots().addWaiting(DemoData.ADMIN, id, next);
        }
        return id;
    }

    private static List<UserId> users(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> UserId.of(prefix + i)).toList();
    }

    /** Each holder's completion on its own thread, all released at once. */
    private static List<PathCompletion> race(Lms lms, SessionId id, List<UserId> holders) throws Exception {
        CyclicBarrier start = new CyclicBarrier(holders.size());
        ExecutorService pool = Executors.newFixedThreadPool(holders.size());
        try {
            List<Callable<PathCompletion>> runners = new ArrayList<>();
            for (UserId holder : holders) {
                runners.add(() -> {
                    start.await();
                    return lms.seats().members().pathCompleted(DemoData.ADMIN, id, holder);
                });
            }
            List<PathCompletion> completions = new ArrayList<>();
            for (Future<PathCompletion> done : pool.invokeAll(runners)) {
                completions.add(done.get());
            }
            return completions;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Who got a slot, read from the "rotated" audit entries in the order they were written. */
    private static List<String> assignedInCommitOrder(Lms lms, SessionId id) {
        List<String> assigned = new ArrayList<>();
        for (AuditEntry entry : lms.audit().find(DemoData.ADMIN, AuditQuery.byRecord("seat-session", id.value()))
                .items()) {
            if (entry.action().equals("rotated")) {
                entry.changes().stream().filter(c -> c.field().startsWith("slot ")).map(FieldChange::after)
                        .forEach(assigned::add);
            }
        }
        return assigned;
    }
}
