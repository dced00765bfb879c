package org.lmskit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12, observation 7: twenty attempts of one learner on one lesson at the same moment, over HTTP. The
 * request carries no version, so no contention it causes itself may fail it: twenty 201s and twenty
 * attempts kept, on both storages.
 */
class AttemptsUnderContentionTest {
    private static final int WRITERS = 20;

    static List<LiveApp.Kind> kinds() {
        return LiveApp.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void twenty_racing_attempts_are_all_created_and_all_kept(LiveApp.Kind kind) throws Exception {
        try (LiveApp app = LiveApp.start(kind)) {
            String progressPath = "/api/adaptive/lessons/c01-quiz/learners/agasse-sam/progress";
            int before = app.send("GET", progressPath, "demo-sam", null, null).json().path("attempts").size();
            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            try {
                for (int i = 0; i < WRITERS; i++) {
                    int score = i + 1;
                    statuses.add(pool.submit((Callable<Integer>) () -> {
                        start.await();
                        return app.json("POST", "/api/adaptive/lessons/c01-quiz/attempts", "demo-sam",
                                "{\"status\":\"FAILED\",\"score\":" + score + ",\"timeSpentSeconds\":10}").status();
                    }));
                }
                start.countDown();
                for (Future<Integer> status : statuses) {
                    assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(201);
                }
            } finally {
                pool.shutdownNow();
            }
            LiveApp.Answer progress = app.send("GET", progressPath, "demo-sam", null, null);
            assertThat(progress.status()).isEqualTo(200);
            // the demo already holds Sam's earlier attempts on this quiz: twenty more, none lost
            assertThat(progress.json().path("attempts").size()).isEqualTo(before + WRITERS);
            assertThat(progress.json().path("version").asLong()).isGreaterThanOrEqualTo(WRITERS);
        }
    }
}
