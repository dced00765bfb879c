package org.lmskit.tck;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Starts several threads on the same task at the same moment and collects what each returned. */
public final class Race {
    private Race() {
    }

    /** Runs {@code write} on several threads at once and returns how many succeeded without a stale-version refusal. */
    public static long successfulWrites(int threads, Runnable write) {
        return run(threads, () -> {
            try {
                write.run();
                return true;
            } catch (org.lmskit.spi.StaleVersionException | org.lmskit.spi.DuplicateKeyException lost) {
                return false;
            }
        }).stream().filter(won -> won).count();
    }

    public static <T> List<T> run(int threads, Callable<T> task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException("a racing thread failed", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
