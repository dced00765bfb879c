package org.lmskit.core.id;

/** Identifies a job; 1 to 100 printable characters. */
public record JobId(String value) {
    public JobId {
        Identifiers.check("jobId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static JobId of(String value) {
        return new JobId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
