package org.lmskit.core.internal;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.lmskit.core.error.ConflictException;
import org.lmskit.spi.DuplicateKeyException;
import org.lmskit.spi.StaleVersionException;

/** Turns the SPI's storage failures into the library's own errors, so callers map one hierarchy. */
public final class StoreCalls {
    private StoreCalls() {
    }

    /** Runs {@code work} in one transaction of {@code transactions}, translating the SPI's failures. */
    public static <T> T inTransaction(org.lmskit.spi.Transactions transactions, Supplier<T> work) {
        return translating(() -> transactions.inTransaction(work));
    }

    public static <T> T inReadOnlyTransaction(org.lmskit.spi.Transactions transactions, Supplier<T> work) {
        return translating(() -> transactions.inReadOnlyTransaction(work));
    }

    public static <T> T translating(Supplier<T> storeWork) {
        try {
            return storeWork.get();
        } catch (StaleVersionException e) {
            throw new ConflictException(ConflictException.STALE_VERSION, e.getMessage()
                    + "; read it again and retry", e);
        } catch (DuplicateKeyException e) {
            throw new ConflictException(ConflictException.ALREADY_EXISTS, e.getMessage(), e);
        }
    }

    /**
     * Runs {@code work} again, up to {@code times} in all, while it loses a race: a stale version, or, when
     * {@code insertsRace}, a record another writer inserted first. Work that re-reads the stored state on
     * each run then applies its change to the winner's result instead of failing.
     */
    public static <T> T retryingLostRaces(int times, boolean insertsRace, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConflictException lost) {
                boolean race = ConflictException.STALE_VERSION.equals(lost.code())
                        || insertsRace && ConflictException.ALREADY_EXISTS.equals(lost.code());
                if (attempt >= times || !race) {
                    throw lost;
                }
                backOff(attempt);
            }
        }
    }

    /** Retries enough for a crowd: twenty writers on one record all get through (each round has a winner). */
    public static final int CROWD_RETRIES = 64;

    /**
     * Waits a random time that grows with the attempts (full jitter, capped at {@value #MAX_BACK_OFF_MS} ms), so
     * writers that lost together do not collide again on the next try.
     */
    private static void backOff(int attempt) {
        long ceiling = Math.min(MAX_BACK_OFF_MS, 1L << Math.min(attempt, 6));
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(ceiling + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a lost race", e);
        }
    }

    private static final long MAX_BACK_OFF_MS = 50;
}
