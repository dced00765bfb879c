package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.lmskit.core.Lms;
import org.lmskit.core.id.CompanyId;
import org.lmskit.core.id.PathId;
import org.lmskit.core.id.SessionId;
import org.lmskit.core.id.UserId;
import org.lmskit.core.seats.DailyRotationReport;
import org.lmskit.core.seats.Rotation;
import org.lmskit.core.seats.SeatSession;
import org.lmskit.core.seats.SessionRole;
import org.lmskit.core.seats.SessionType;
import org.lmskit.jdbc.JdbcStorage;

/** Two application nodes, each with its own connection pool, run the daily job on one PostgreSQL at once. */
class DailyRotationOnTwoNodesTest {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);
    private static EmbeddedPostgres postgres;
    private static int round;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    private static Lms node(JdbcStorage storage) {
        return DemoData.wire(Lms.builder().storage(storage)
                .clock(Clock.fixed(START.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))).build();
    }

    @RepeatedTest(3)
    void each_slot_is_handed_over_once_whichever_node_gets_there_first() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        try (JdbcStorage a = JdbcStorage.builder().jdbcUrl(url).username("postgres").maximumPoolSize(4).migrate(true).build();
             JdbcStorage b = JdbcStorage.builder().jdbcUrl(url).username("postgres").maximumPoolSize(4).migrate(true).build()) {
            Lms nodeA = node(a);
            Lms nodeB = node(b);
            String prefix = "r" + (++round) + "-";
            for (int s = 0; s < 8; s++) {
                SessionId id = SessionId.of(prefix + s);
                nodeA.seats().sessions().createSession(DemoData.ADMIN, SeatSession.create(id, "Session " + id, CompanyId.of("manpower"),
                        PathId.of("p"), SessionType.SLOTS, START, START.plusYears(1), 2, Rotation.every(10, true)));
                for (int m = 1; m <= 4; m++) {
                    UserId user = UserId.of("m" + m);
                    nodeA.seats().members().addMember(DemoData.ADMIN, id, user, SessionRole.LEARNER);
                    if (m <= 2) {
                        nodeA.seats().slots().assignSlot(DemoData.ADMIN, id, user);
                    } else {
                        nodeA.seats().slots().addWaiting(DemoData.ADMIN, id, user);
                    }
                }
            }
            LocalDate day = START.plusDays(10);

            List<DailyRotationReport> reports = race(
                    () -> nodeA.seats().rotation().runDailyRotation(DemoData.ADMIN, day),
                    () -> nodeB.seats().rotation().runDailyRotation(DemoData.ADMIN, day));

            int handedOver = reports.stream().mapToInt(r -> (int) r.rotations().stream()
                    .filter(rotation -> rotation.session().value().startsWith(prefix))
                    .mapToLong(rotation -> rotation.assignments().size()).sum()).sum();
            assertThat(handedOver).isEqualTo(16);
            for (int s = 0; s < 8; s++) {
                SeatSession session = nodeB.seats().sessions().session(DemoData.ADMIN, SessionId.of(prefix + s));
                assertThat(session.holders()).extracting(UserId::value).containsExactly("m3", "m4");
                assertThat(session.waiting()).extracting(UserId::value).containsExactly("m1", "m2");
            }
        }
    }

    @SafeVarargs
    private static <T> List<T> race(Callable<T>... runners) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(runners.length);
        try {
            List<Future<T>> futures = pool.invokeAll(List.of(runners));
            List<T> results = new java.util.ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
