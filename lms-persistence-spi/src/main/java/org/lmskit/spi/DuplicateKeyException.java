package org.lmskit.spi;

/** An insert named a key that is already stored. Nothing was written. */
public final class DuplicateKeyException extends StoreException {
    private final String recordType;
    private final String recordId;

    public DuplicateKeyException(String recordType, String recordId) {
        super(recordType + " '" + recordId + "' already exists");
        this.recordType = recordType;
        this.recordId = recordId;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }
}
