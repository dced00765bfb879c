package org.lmskit.core.id;

/** Identifies a workshop; 1 to 100 printable characters. */
public record WorkshopId(String value) {
    public WorkshopId {
        Identifiers.check("workshopId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static WorkshopId of(String value) {
        return new WorkshopId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
