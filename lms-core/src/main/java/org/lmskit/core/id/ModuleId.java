package org.lmskit.core.id;

/** Identifies a module of a path's theme; 1 to 100 printable characters. */
public record ModuleId(String value) {
    public ModuleId {
        Identifiers.check("moduleId", value);
    }

    /**
     * The id {@code value}; refused as invalid input naming the id field when blank, over 100 characters or holding a
     * control character or a lone surrogate.
     */
    public static ModuleId of(String value) {
        return new ModuleId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
