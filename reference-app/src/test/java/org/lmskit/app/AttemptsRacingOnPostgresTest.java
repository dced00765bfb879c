package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.lmskit.core.Lms;
import org.lmskit.core.adaptive.AttemptReport;
import org.lmskit.core.adaptive.Lesson;
import org.lmskit.core.adaptive.LessonKind;
import org.lmskit.core.adaptive.LessonProgress;
import org.lmskit.core.adaptive.LessonStatus;
import org.lmskit.core.id.LessonId;
import org.lmskit.core.id.UserId;
import org.lmskit.jdbc.JdbcStorage;

/**
 * Two application nodes record a learner's attempts on one lesson at the same moment (two tabs open): every
 * attempt is kept, the losers of each optimistic write re-read and append to the winner's record.
 */
class AttemptsRacingOnPostgresTest {
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

    @RepeatedTest(3)
    void every_attempt_of_eight_racing_writers_is_kept() throws Exception {
        String url = postgres.getJdbcUrl("postgres", "postgres");
        try (JdbcStorage a = JdbcStorage.builder().jdbcUrl(url).username("postgres").maximumPoolSize(4).migrate(true).build();
             JdbcStorage b = JdbcStorage.builder().jdbcUrl(url).username("postgres").maximumPoolSize(4).migrate(true).build()) {
            Lms nodeA = DemoData.wire(Lms.builder().storage(a)).build();
            Lms nodeB = DemoData.wire(Lms.builder().storage(b)).build();
            LessonId lesson = LessonId.of("racing-" + (++round));
            nodeA.adaptive().catalogue().defineLesson(DemoData.ADMIN, new Lesson(lesson, "Quiz", LessonKind.QUIZ,
                    Duration.ofMinutes(5), false, List.of(), 0));
            UserId learner = DemoData.LEARNER.id();
            int writers = 8;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<LessonProgress>> results = new ArrayList<>();
            try {
                for (int i = 0; i < writers; i++) {
                    Lms node = i % 2 == 0 ? nodeA : nodeB;
                    int score = 10 * (i + 1);
                    results.add(pool.submit((Callable<LessonProgress>) () -> {
                        start.await();
                        return node.adaptive().attempts().recordAttempt(DemoData.LEARNER, learner, lesson, new AttemptReport(
                                LessonStatus.FAILED, Optional.of(new BigDecimal(score)), Duration.ofSeconds(10)));
                    }));
                }
                start.countDown();
                for (Future<LessonProgress> result : results) {
                    result.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            LessonProgress progress = nodeB.adaptive().progress().progress(DemoData.ADMIN, learner, lesson);
            assertThat(progress.attempts()).hasSize(writers);
            assertThat(progress.timeSpent()).isEqualTo(Duration.ofSeconds(10L * writers));
            assertThat(progress.score()).contains(new BigDecimal(80));
            assertThat(progress.version()).isEqualTo(writers);
        }
    }
}
