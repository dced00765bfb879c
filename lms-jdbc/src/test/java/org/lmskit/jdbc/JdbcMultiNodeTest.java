package org.lmskit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.lmskit.spi.StaleVersionException;
import org.lmskit.spi.certification.GradingTableRecord;
import org.lmskit.tck.Race;

/** Two application nodes, each with its own connection pool, sharing one database. */
class JdbcMultiNodeTest {
    private static final Instant T0 = Instant.parse("2026-11-24T06:00:00Z");
    private static DataSource database;

    private JdbcStorage nodeA;
    private JdbcStorage nodeB;

    @BeforeEach
    void startTwoNodes() {
        synchronized (JdbcMultiNodeTest.class) {
            if (database == null) {
                database = Postgres.freshDatabase();
            }
        }
        String url = Postgres.jdbcUrl(database);
        nodeA = JdbcStorage.builder().jdbcUrl(url).username("postgres").maximumPoolSize(3).migrate(true).build();
        nodeB = JdbcStorage.builder().jdbcUrl(url).username("postgres").maximumPoolSize(3).migrate(true).build();
        Postgres.execute(database, "TRUNCATE lmskit_job_run, lmskit_grading_table");
    }

    @AfterEach
    void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @RepeatedTest(10)
    void two_nodes_running_the_daily_job_at_once_claim_it_exactly_once() {
        AtomicInteger turn = new AtomicInteger();
        List<Boolean> claims = Race.run(4, () -> {
            JdbcStorage node = turn.incrementAndGet() % 2 == 0 ? nodeA : nodeB;
            return node.jobRuns().tryClaim("daily-rotation", "2026-11-24", "node-" + turn.get(), T0);
        });

        assertThat(claims.stream().filter(won -> won)).hasSize(1);
        assertThat(nodeA.jobRuns().find("daily-rotation", "2026-11-24")).isEqualTo(
                nodeB.jobRuns().find("daily-rotation", "2026-11-24"));
    }

    @RepeatedTest(5)
    void two_nodes_writing_the_same_version_one_wins_and_the_other_is_told_it_is_stale() {
        GradingTableRecord v1 = nodeA.gradingTables().insert(new GradingTableRecord("p", new BigDecimal("18.00"),
                new BigDecimal("15.00"), new BigDecimal("12.00"), 0));

        AtomicInteger turn = new AtomicInteger();
        List<Boolean> wins = Race.run(2, () -> {
            JdbcStorage node = turn.incrementAndGet() == 1 ? nodeA : nodeB;
            try {
                node.transactions().inTransaction(() -> node.gradingTables().update(v1));
                return true;
            } catch (StaleVersionException lost) {
                return false;
            }
        });

        assertThat(wins).containsExactlyInAnyOrder(true, false);
        assertThat(nodeB.gradingTables().find("p").orElseThrow().version()).isEqualTo(2);
    }
}
