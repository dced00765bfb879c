package org.lmskit.spi;

/**
 * A write named a version that is no longer the stored one (or the record is gone): somebody else
 * wrote first. Nothing was written; the caller re-reads and decides.
 */
public final class StaleVersionException extends StoreException {
    private final String recordType;
    private final String recordId;
    private final long expectedVersion;

    public StaleVersionException(String recordType, String recordId, long expectedVersion) {
        super(recordType + " '" + recordId + "' is no longer at version " + expectedVersion);
        this.recordType = recordType;
        this.recordId = recordId;
        this.expectedVersion = expectedVersion;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public long expectedVersion() {
        return expectedVersion;
    }
}
