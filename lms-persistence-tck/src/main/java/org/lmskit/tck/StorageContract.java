package org.lmskit.tck;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.lmskit.spi.StorageProvider;

/** Base of every contract class: hands each test empty storage of the adapter under test. */
public abstract class StorageContract {

    /** Text that would change the meaning of a query built by concatenation: stores treat it as data. */
    protected static final String[] HOSTILE_TEXT = {
        "' OR '1'='1",
        "x'; DROP TABLE lmskit_audit_entry; --",
        "%",
        "_",
        "back\\slash",
        "\"quoted\"",
        "Conseiller Carrière Retraite — ÉÀ",
    };

    protected static final Instant T0 = Instant.parse("2026-11-24T09:00:00Z");

    protected StorageProvider storage;

    /** Returns storage holding no data: a new instance, or a shared one emptied. */
    protected abstract StorageProvider newStorage();

    @BeforeEach
    void openStorage() {
        storage = newStorage();
    }

    protected static Instant at(long secondsAfterT0) {
        return T0.plus(secondsAfterT0, ChronoUnit.SECONDS);
    }
}
