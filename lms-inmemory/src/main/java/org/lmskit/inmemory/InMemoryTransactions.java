package org.lmskit.inmemory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.lmskit.spi.Transactions;

final class InMemoryTransactions implements Transactions {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<Deque<Runnable>> undoLog = new ThreadLocal<>();

    /** Set while a read-only transaction runs on the thread: its reads share one read lock, a write is refused. */
    private final ThreadLocal<Boolean> readOnly = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (undoLog.get() != null || readOnly.get() != null) {
            return work.get();
        }
        Deque<Runnable> undo = new ArrayDeque<>();
        lock.writeLock().lock();
        undoLog.set(undo);
        try {
            return work.get();
        } catch (RuntimeException | Error failure) {
            while (!undo.isEmpty()) {
                undo.pop().run();
            }
            throw failure;
        } finally {
            undoLog.remove();
            lock.writeLock().unlock();
        }
    }

    /** The view's reads under one read lock: no write lands between two of them, concurrent views still run. */
    @Override
    public <T> T inReadOnlyTransaction(Supplier<T> work) {
        if (undoLog.get() != null || readOnly.get() != null) {
            return work.get();
        }
        lock.readLock().lock();
        readOnly.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            readOnly.remove();
            lock.readLock().unlock();
        }
    }

    <T> T read(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T write(Supplier<T> work) {
        if (readOnly.get() != null) {
            throw new org.lmskit.spi.StoreException("a write inside a read-only transaction");
        }
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Registers how to take back a write just made, if it was made inside a transaction. */
    void onRollback(Runnable undo) {
        Deque<Runnable> log = undoLog.get();
        if (log != null) {
            log.push(undo);
        }
    }
}
