package org.lmskit.core.id;

/** Identifies a job; 1 to 100 printable characters. */
public record JobId(String value) {
    public JobId {
        Identifiers.check("jobId", value);
    }

    public static JobId of(String value) {
        return new JobId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
