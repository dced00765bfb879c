package org.lmskit.spi;

import java.util.function.Supplier;

/**
 * Makes the writes of one library operation atomic. Work run inside {@link #inTransaction} commits
 * when it returns and rolls back when it throws; the exception reaches the caller unchanged. A call
 * made while a transaction is already open on the same thread joins it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
