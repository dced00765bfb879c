package org.lmskit.spi;

import java.util.function.Supplier;

/**
 * Makes the writes of one library operation atomic. Work run inside {@link #inTransaction} commits
 * when it returns and rolls back when it throws; the exception reaches the caller unchanged. A call
 * made while a transaction is already open on the same thread joins it.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs the reads of one library view on one state of the store: on a database, one connection and one
     * read-only transaction, so a view costs one connection however many stores it reads. A write inside it is
     * refused ({@link StoreException}). Inside a transaction already open on the thread it joins it (and sees its
     * writes). The default runs {@link #inTransaction}.
     */
    default <T> T inReadOnlyTransaction(Supplier<T> work) {
        return inTransaction(work);
    }

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
