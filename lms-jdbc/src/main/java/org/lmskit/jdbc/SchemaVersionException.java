package org.lmskit.jdbc;

import org.lmskit.spi.StoreException;

/** The database schema is not the one this lms-jdbc was built for; the message says what to do. */
public final class SchemaVersionException extends StoreException {
    public SchemaVersionException(String message) {
        super(message);
    }
}
