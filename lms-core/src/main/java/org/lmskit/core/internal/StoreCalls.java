package org.lmskit.core.internal;

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
}
