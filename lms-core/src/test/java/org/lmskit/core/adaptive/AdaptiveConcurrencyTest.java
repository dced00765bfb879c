package org.lmskit.core.adaptive;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;

/** Attempts reported at the same moment for the same learner and lesson are all kept. */
class AdaptiveConcurrencyTest {

    @RepeatedTest(5)
    void eight_attempts_racing_on_one_lesson_are_all_recorded() throws Exception {
        AdaptiveWorld world = new AdaptiveWorld();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            Future<?>[] results = new Future<?>[threads];
            for (int i = 0; i < threads; i++) {
                int score = 10 * (i + 1);
                results[i] = pool.submit((Callable<LessonProgress>) () -> {
                    start.await();
                    return world.adaptive.attempts().recordAttempt(AdaptiveWorld.SAM, AdaptiveWorld.SAM.id(), AdaptiveWorld.QUIZ,
                            new AttemptReport(LessonStatus.FAILED, Optional.of(new BigDecimal(score)),
                                    Duration.ofSeconds(10)));
                });
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        LessonProgress progress = world.adaptive.progress().progress(AdaptiveWorld.ADMIN, AdaptiveWorld.SAM.id(), AdaptiveWorld.QUIZ);
        assertThat(progress.attempts()).hasSize(threads);
        assertThat(progress.timeSpent()).isEqualTo(Duration.ofSeconds(10L * threads));
        assertThat(progress.score()).contains(new BigDecimal(80));
    }
}
