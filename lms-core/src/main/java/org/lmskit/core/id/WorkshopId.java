package org.lmskit.core.id;

/** Identifies a workshop; 1 to 100 printable characters. */
public record WorkshopId(String value) {
    public WorkshopId {
        Identifiers.check("workshopId", value);
    }

    public static WorkshopId of(String value) {
        return new WorkshopId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
